import { describe, expect, it } from 'vitest';
import { mailboxUnavailable } from '../../src/imap/imap-errors.models.js';
import { classifyJobFailure, jobMailboxId } from '../../src/jobs/jobs.models.js';
import { AppError } from '../../src/shared/errors.js';
import { storeFault } from '../../src/store/store-health.models.js';
import { reconnectDelay } from '../../src/sync/sync.models.js';

const sqliteError = (code: string) => Object.assign(new Error('sqlite says no'), { code });

describe('failure classification', () => {
  it('a full disk and a locked database are store faults, also when wrapped as a cause', () => {
    expect(storeFault(sqliteError('SQLITE_FULL'))).toBe('store.disk_full');
    expect(storeFault(Object.assign(new Error('write'), { code: 'ENOSPC' }))).toBe('store.disk_full');
    expect(storeFault(sqliteError('SQLITE_BUSY'))).toBe('store.busy');
    expect(storeFault(new AppError('x.y', 'wrapped', { cause: sqliteError('SQLITE_FULL') }))).toBe(
      'store.disk_full',
    );
    expect(storeFault(sqliteError('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storeFault(new Error('plain'))).toBeNull();
  });

  it('a mailbox that cannot be reached or logged into is told apart from a problem with one message', () => {
    expect(mailboxUnavailable(new AppError('mail.tcp_refused', 'refused'))).toBe('mail.tcp_refused');
    expect(mailboxUnavailable(new AppError('mail.auth_failed', 'no'))).toBe('mail.auth_failed');
    expect(mailboxUnavailable(Object.assign(new Error('gone'), { code: 'NoConnection' }))).toBe(
      'mail.connection_lost',
    );
    expect(mailboxUnavailable(new AppError('mail.message_gone', 'moved', { permanent: true }))).toBeNull();
  });

  it('store and mailbox faults make a job wait; permanent errors make it dead; the rest retry', () => {
    expect(classifyJobFailure(sqliteError('SQLITE_FULL'))).toEqual({
      kind: 'wait',
      code: 'store.disk_full',
      on: 'store',
    });
    expect(classifyJobFailure(new AppError('mail.tcp_refused', 'down'))).toEqual({
      kind: 'wait',
      code: 'mail.tcp_refused',
      on: 'mailbox',
    });
    expect(classifyJobFailure(new AppError('mail.message_gone', 'moved', { permanent: true }))).toEqual({
      kind: 'dead',
      code: 'mail.message_gone',
    });
    expect(classifyJobFailure(new AppError('llm.timeout', 'slow'))).toEqual({
      kind: 'retry',
      code: 'llm.timeout',
    });
    expect(jobMailboxId({ mailboxId: 3, messageRowId: 9 })).toBe(3);
    expect(jobMailboxId({ key: 'x' })).toBeNull();
  });

  it('the reconnect delay never exceeds the one-minute cap, and is jittered', () => {
    const opts = { baseMs: 1_000, capMs: 60_000, authBaseMs: 600_000, authCapMs: 21_600_000 };
    const delays = Array.from({ length: 30 }, (_, i) => reconnectDelay(i + 1, false, opts));
    expect(Math.max(...delays)).toBeLessThanOrEqual(60_000);
    expect(reconnectDelay(20, false, { ...opts, random: () => 0 })).toBe(30_000);
    expect(reconnectDelay(20, false, { ...opts, random: () => 1 })).toBe(60_000);
  });
});

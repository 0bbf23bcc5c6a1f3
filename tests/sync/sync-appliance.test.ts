import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMailboxById } from '../../src/mailboxes/mailboxes.repository.js';
import { updateMailboxPassword } from '../../src/mailboxes/mailboxes.usecases.js';
import { systemClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';
import { type Appliance, startAppliance } from '../../src/start.js';
import { freePorts, TestDovecot } from '../support/dovecot.js';
import { tempAppliance } from '../support/temp-appliance.js';
import { backfillFinished, count, jobCount, mail, until } from './sync-fixtures.js';

describe('the appliance syncs its mailboxes', () => {
  let dovecot: TestDovecot;
  let temp: ReturnType<typeof tempAppliance>;
  let app: Appliance | undefined;
  let mailboxId: number;

  beforeAll(async () => {
    dovecot = await TestDovecot.start({ users: [{ user: 'agent1', password: 'secret1' }] });
    const [port] = await freePorts(1);
    temp = tempAppliance({ VEILDRAFT_PORT: String(port), VEILDRAFT_SYNC_POLL_SECONDS: '1' });
    mailboxId = temp.addMailbox(dovecot, 'agent1');
    dovecot.deliver(
      'agent1',
      'INBOX',
      Array.from({ length: 20 }, () => ({ raw: mail({}).raw })),
    );
    await new Promise((r) => setTimeout(r, 1_100));
  });

  afterAll(async () => {
    await app?.stop();
    temp?.cleanup();
    await dovecot?.stop();
  });

  it('backfills a mailbox added with the CLI use case, then drafts for new mail, and stops cleanly', async () => {
    app = await startAppliance({ config: temp.config(), logger: createLogger('silent'), clock: systemClock });
    const store = app.store;
    await until(() => backfillFinished(store, mailboxId, ['inbox', 'sent']), 30_000, 'backfill');
    expect(count(store, 'messages', mailboxId)).toBe(20);
    await until(() => findMailboxById(store.db, mailboxId)?.state === 'active', 5_000, 'state active');
    dovecot.deliver('agent1', 'INBOX', [{ raw: mail({}).raw }]);
    await until(() => jobCount(store, 'draft', mailboxId) === 1, 5_000, 'a draft job');
  });

  it('marks the mailbox auth_failed when the server password changes, and recovers as soon as the password is updated', async () => {
    const store = app!.store;
    await dovecot.setPassword('agent1', 'changed2');
    // Live sessions stay logged in: a crash forces the reconnect that meets the new password.
    dovecot.kill();
    await dovecot.restart();
    await until(() => findMailboxById(store.db, mailboxId)?.state === 'auth_failed', 20_000, 'auth_failed');
    expect(findMailboxById(store.db, mailboxId)?.lastErrorCode).toBe('mail.auth_failed');
    updateMailboxPassword(
      { db: store.db, keys: app!.keys, clock: systemClock, allowPlaintextLoopback: false },
      mailboxId,
      'changed2',
      { kind: 'cli' },
    );
    // No wake() call: the CLI updates the password from another process; the service notices
    // the changed record on its next refresh and retries without waiting out the backoff.
    dovecot.deliver('agent1', 'INBOX', [{ raw: mail({}).raw }]);
    await until(() => jobCount(store, 'draft', mailboxId) === 2, 30_000, 'sync after the password update');
    expect(findMailboxById(store.db, mailboxId)?.state).toBe('active');
  });
});

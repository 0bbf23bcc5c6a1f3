import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataKeys } from '../../src/keys/subkeys.js';
import { parseFromOption } from '../../src/mailboxes/mailboxes.models.js';
import { findMailboxByName } from '../../src/mailboxes/mailboxes.repository.js';
import {
  addMailbox,
  type MailboxDeps,
  mailboxConnection,
  pauseMailbox,
  recordDiscoveredFolders,
  recordMailboxState,
  requireMailbox,
  setMailboxFolders,
} from '../../src/mailboxes/mailboxes.usecases.js';
import { systemClock } from '../../src/shared/clock.js';
import type { Store } from '../../src/store/store.js';
import { tempAppliance } from '../support/temp-appliance.js';

describe('mailboxes', () => {
  let app: ReturnType<typeof tempAppliance>;
  let store: Store;
  let keys: DataKeys;
  let deps: MailboxDeps;
  const input = {
    host: 'imap.example.org',
    port: 993,
    security: 'tls' as const,
    username: 'support',
    password: 'pw-α',
  };

  beforeAll(() => {
    app = tempAppliance();
    ({ store, keys } = app.open());
    deps = { db: store.db, keys, clock: systemClock, allowPlaintextLoopback: false };
  });
  afterAll(() => {
    store?.close();
    app?.cleanup();
  });

  it('seals the password to its row: it unseals in place and fails when moved to another mailbox', () => {
    const a = addMailbox(deps, { ...input, name: 'A' }, { kind: 'cli' });
    const b = addMailbox(deps, { ...input, name: 'B', password: 'other' }, { kind: 'cli' });
    expect(mailboxConnection(requireMailbox(store.db, 'A'), keys).password).toBe('pw-α');
    store.sqlite
      .prepare(
        'UPDATE mailboxes SET password_sealed = (SELECT password_sealed FROM mailboxes WHERE id = ?) WHERE id = ?',
      )
      .run(a.id, b.id);
    expect(() => mailboxConnection(requireMailbox(store.db, 'B'), keys)).toThrow(/failed authentication/);
  });

  it('rejects a duplicate name and invalid input with stable codes', () => {
    expect(() => addMailbox(deps, { ...input, name: 'A' }, { kind: 'cli' })).toThrow(
      expect.objectContaining({ code: 'mailbox.name_taken' }),
    );
    expect(() => addMailbox(deps, { ...input, name: 'C', port: 70000 }, { kind: 'cli' })).toThrow(
      expect.objectContaining({ code: 'mailbox.invalid_input' }),
    );
    expect(() => addMailbox(deps, { ...input, name: 'D', host: 'bad host' }, { kind: 'cli' })).toThrow(
      expect.objectContaining({ code: 'mailbox.invalid_input' }),
    );
  });

  it('sync state changes never override an operator pause', () => {
    const row = requireMailbox(store.db, 'A');
    recordMailboxState(store.db, row.id, 'auth_failed', 'mail.auth_failed', 1000);
    expect(findMailboxByName(store.db, 'A')).toMatchObject({
      state: 'auth_failed',
      lastErrorCode: 'mail.auth_failed',
      lastErrorAt: 1000,
    });
    pauseMailbox(deps, 'A', { kind: 'cli' });
    recordMailboxState(store.db, row.id, 'active', null, 2000);
    expect(findMailboxByName(store.db, 'A')?.state).toBe('paused');
  });

  it('discovered folders do not replace folders an operator set by hand', () => {
    const row = requireMailbox(store.db, 'A');
    recordDiscoveredFolders(store.db, row, { sent: 'Sent', drafts: 'Drafts' }, 1);
    expect(findMailboxByName(store.db, 'A')).toMatchObject({
      sentFolder: 'Sent',
      draftsFolder: 'Drafts',
      foldersManual: false,
    });
    setMailboxFolders(deps, 'A', { sent: 'Gesendet', drafts: 'Entwürfe' }, true, { kind: 'cli' });
    recordDiscoveredFolders(store.db, requireMailbox(store.db, 'A'), { sent: 'Sent', drafts: 'Drafts' }, 2);
    expect(findMailboxByName(store.db, 'A')).toMatchObject({
      sentFolder: 'Gesendet',
      draftsFolder: 'Entwürfe',
      foldersManual: true,
    });
  });

  it('parses the agent From option', () => {
    expect(parseFromOption('Support Team <support@example.org>')).toEqual({
      address: 'support@example.org',
      name: 'Support Team',
    });
    expect(parseFromOption('"Kundenservice, Süd" <ks@example.org>')).toEqual({
      address: 'ks@example.org',
      name: 'Kundenservice, Süd',
    });
    expect(parseFromOption('support@example.org')).toEqual({ address: 'support@example.org' });
    expect(() => parseFromOption('Support')).toThrow(
      expect.objectContaining({ code: 'mailbox.invalid_from' }),
    );
  });
});

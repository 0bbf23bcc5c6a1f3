import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drafts } from '../../src/draft/drafts.table.js';
import { mailboxStatuses } from '../../src/mailboxes/mailbox-console.usecases.js';
import { findMailboxById } from '../../src/mailboxes/mailboxes.repository.js';
import { addMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import { systemClock } from '../../src/shared/clock.js';
import { type Appliance, startAppliance } from '../../src/start.js';
import { applianceWithDovecot } from '../support/appliance-with-dovecot.js';
import type { TestDovecot } from '../support/dovecot.js';
import { draftsInFolder } from '../support/drafts-folder.js';
import { captureLogs } from '../support/logs.js';
import type { tempAppliance } from '../support/temp-appliance.js';
import { TokenService } from '../support/token-service.js';
import { backfillFinished, count, mail, until } from '../sync/sync-fixtures.js';

/**
 * An OAuth2 mailbox in the whole appliance, against Dovecot's oauth2 passdb (XOAUTH2 and
 * OAUTHBEARER, introspection in `get` mode) and a token service on loopback whose tokens live
 * 4 seconds: sync and the draft APPEND sign in with tokens, an expired token is replaced
 * without a failed sign-in, and a revoked client backs off like a wrong password.
 */
describe('an OAuth2 mailbox in the running appliance', () => {
  let ts: TokenService;
  let dovecot: TestDovecot;
  let temp: ReturnType<typeof tempAppliance>;
  let app: Appliance | undefined;
  let mailboxId: number;
  const logs = captureLogs('debug');

  beforeAll(async () => {
    ts = await TokenService.start({
      clients: [{ id: 'veildraft', secret: 's3cret', user: 'agent1' }],
      lifetimeSeconds: 4,
    });
    ({ dovecot, temp } = await applianceWithDovecot(
      { VEILDRAFT_IMAP_ALLOW_PLAINTEXT_LOOPBACK: 'true' },
      { oauth2: { introspectionUrl: ts.introspectionUrl('get'), mode: 'get' } },
    ));
    const { store, keys } = temp.open();
    try {
      mailboxId = addMailbox(
        { db: store.db, keys, clock: systemClock, allowPlaintextLoopback: true },
        {
          name: 'Support',
          ...dovecot.connection('agent1'),
          password: undefined,
          fromAddress: 'support@acme.example',
          authMethod: 'oauth2',
          oauthProvider: 'custom',
          oauthTokenUrl: ts.tokenUrl,
          oauthClientId: 'veildraft',
          oauthSecret: 's3cret',
        },
        { kind: 'cli' },
      ).id;
    } finally {
      store.close();
    }
  }, 120_000);

  afterAll(async () => {
    await app?.stop().catch(() => {});
    temp?.cleanup();
    await dovecot?.stop();
    await ts?.close();
  });

  const state = () => findMailboxById(app!.store.db, mailboxId)!;
  const refusedLogins = () => (dovecot.log().match(/auth failed/g) ?? []).length;

  it('syncs and appends a draft to Drafts, signing in with OAUTHBEARER tokens', async () => {
    app = await startAppliance({ config: temp.config(), logger: logs.logger, clock: systemClock });
    const store = app.store;
    await until(() => backfillFinished(store, mailboxId, ['inbox', 'sent']), 30_000, 'backfill');
    dovecot.deliver('agent1', 'INBOX', [
      {
        raw: mail({
          from: 'Peter Hale <peter.hale@customer.example>',
          subject: 'New address',
          body: 'Hello,\n\nmy invoice still shows my old address. Can you update it?\n\nBest regards,\nPeter Hale',
        }).raw,
      },
    ]);
    await until(
      () =>
        store.db
          .select()
          .from(drafts)
          .all()
          .some((d) => d.status === 'stored'),
      180_000,
      'a stored draft',
    );
    expect(await draftsInFolder(dovecot, 'agent1')).toHaveLength(1);
    expect(dovecot.log()).toMatch(/Login: user=<agent1>, method=OAUTHBEARER/);
    expect(refusedLogins()).toBe(0);
    expect(state().state).toBe('active');
    // Tokens never reach the log (the draft job and sync both logged at debug level).
    expect(logs.lines.join('\n')).not.toMatch(/Bearer|access_token|s3cret/);
  }, 240_000);

  it('replaces an expired token when the server ends the session, without a refused sign-in', async () => {
    const issued = ts.issued;
    const before = count(app!.store, 'messages', mailboxId);
    // Every token issued so far has expired; the session lives on, as IMAP sessions do…
    await new Promise((r) => setTimeout(r, 4_500));
    // …until the server ends it (Exchange Online does when the token expires).
    await dovecot.doveadm(['kick', 'agent1']);
    dovecot.deliver('agent1', 'INBOX', [{ raw: mail({}).raw }]);
    await until(() => count(app!.store, 'messages', mailboxId) === before + 1, 30_000, 'the next sync');
    expect(ts.issued).toBeGreaterThan(issued);
    expect(refusedLogins()).toBe(0);
    expect(state().lastErrorCode ?? '').not.toMatch(/auth|oauth/);
  }, 60_000);

  it('marks a revoked client auth_failed with its code, backs off like a wrong password, and lists it', async () => {
    ts.revoke('veildraft');
    await dovecot.doveadm(['kick', 'agent1']);
    await until(() => state().state === 'auth_failed', 30_000, 'auth_failed');
    expect(state().lastErrorCode).toBe('oauth.client_secret_invalid');
    const requests = ts.requests;
    await new Promise((r) => setTimeout(r, 3_000));
    // The next attempt waits the sign-in backoff (minutes), not the seconds of a network error.
    expect(ts.requests).toBe(requests);
    const [status] = mailboxStatuses(app!.store.db);
    expect(status?.mailbox).toMatchObject({
      state: 'auth_failed',
      lastError: { code: 'oauth.client_secret_invalid' },
      auth: { method: 'oauth2', provider: 'custom', clientId: 'veildraft' },
    });
  }, 60_000);
});

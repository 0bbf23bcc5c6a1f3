import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeImapClient } from '../../src/imap/imap-client.js';
import type { DataKeys } from '../../src/keys/subkeys.js';
import { testConnection } from '../../src/mailboxes/connection-test.js';
import { connectMailbox } from '../../src/mailboxes/mailbox-connect.js';
import { findMailboxById } from '../../src/mailboxes/mailboxes.repository.js';
import { addMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import type { OAuthSettings } from '../../src/mailboxes/oauth.models.js';
import { createMailboxTokens, requestToken } from '../../src/mailboxes/oauth-tokens.js';
import { systemClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';
import type { Store } from '../../src/store/store.js';
import { freePorts, TestDovecot } from '../support/dovecot.js';
import { tempAppliance } from '../support/temp-appliance.js';
import { TokenService } from '../support/token-service.js';

/**
 * OAuth2 sign-in against a real Dovecot whose oauth2 passdb checks every token by introspection
 * at a token service on loopback: what the connection test says, and how tokens are renewed.
 */
const logger = createLogger('silent');
const timeouts = { connectionTimeoutMs: 10_000, commandTimeoutMs: 10_000 };

let ts: TokenService;
let dovecot: TestDovecot;

const custom = (clientId = 'veildraft'): OAuthSettings => ({
  provider: 'custom',
  tenant: null,
  clientId,
  tokenUrl: ts.tokenUrl,
  scope: 'imap',
  certificatePem: null,
});

beforeAll(async () => {
  ts = await TokenService.start({
    clients: [
      { id: 'veildraft', secret: 's3cret', user: 'agent1' },
      { id: 'other-app', secret: 'other', user: 'agent2' },
    ],
  });
  dovecot = await TestDovecot.start({
    users: [
      { user: 'agent1', password: 'secret1' },
      { user: 'agent2', password: 'secret2' },
    ],
    oauth2: { introspectionUrl: ts.introspectionUrl('post'), mode: 'post', mechanisms: ['xoauth2'] },
  });
}, 120_000);

afterAll(async () => {
  await dovecot?.stop();
  await ts?.close();
});

/** A mailbox for agent1 that signs in with the `veildraft` client of the token service. */
function addOAuthMailbox(store: Store, keys: DataKeys): number {
  return addMailbox(
    { db: store.db, keys, clock: systemClock, allowPlaintextLoopback: true },
    {
      name: 'OAuth',
      ...dovecot.connection('agent1'),
      password: undefined,
      authMethod: 'oauth2',
      oauthProvider: 'custom',
      oauthTokenUrl: ts.tokenUrl,
      oauthClientId: 'veildraft',
      oauthSecret: 's3cret',
    },
    { kind: 'cli' },
  ).id;
}

function diagnose(settings: OAuthSettings, secret: string) {
  const conn = { ...dovecot.connection('agent1'), password: '' };
  return testConnection(conn, {
    timeoutMs: 10_000,
    token: async () =>
      (await requestToken(settings, secret, 'agent1', { now: Date.now, timeoutMs: 5_000 })).accessToken,
  });
}

// Dovecot delays the next login from an address after a failed one (its auth penalty), longer
// than a 2-second token lives: the tests without refused logins run first.
describe('tokens of a stored OAuth2 mailbox', () => {
  let temp: ReturnType<typeof tempAppliance>;
  beforeAll(() => {
    temp = tempAppliance({ VEILDRAFT_IMAP_ALLOW_PLAINTEXT_LOOPBACK: 'true' });
  });
  afterAll(() => temp?.cleanup());

  it('stores the secret sealed, reuses a token while it is fresh, and fetches a new one before it expires', async () => {
    const { store, keys } = temp.open();
    try {
      const id = addOAuthMailbox(store, keys);
      const row = findMailboxById(store.db, id)!;
      expect(row.oauthSecretSealed?.includes(Buffer.from('s3cret'))).toBe(false);
      expect(row.passwordSealed.length).toBe(0);

      ts.lifetimeSeconds = 2;
      const tokens = createMailboxTokens({ clock: systemClock, timeoutMs: 5_000 });
      const issued = ts.issued;
      const open = async () =>
        closeImapClient(await connectMailbox(row, keys, { logger, ...timeouts, tokens }));
      await open();
      await open();
      expect(ts.issued - issued).toBe(1);
      // Past half of the 2-second life: replaced before the server would see it expire.
      await new Promise((r) => setTimeout(r, 1_100));
      await open();
      expect(ts.issued - issued).toBe(2);
      await new Promise((r) => setTimeout(r, 2_100));
      await open();
      expect(ts.issued - issued).toBe(3);
      // Every login succeeded with the token it was given: none was refused and retried.
      expect(dovecot.log()).not.toMatch(/auth failed/i);
    } finally {
      ts.lifetimeSeconds = 3600;
      store.close();
    }
  });
});

describe('the connection test of an OAuth2 mailbox', () => {
  it('gets a token and logs in with XOAUTH2 when that is what the server offers', async () => {
    const d = await diagnose(custom(), 's3cret');
    expect(d.code, d.message).toBe('mail.ok');
    expect(d.steps.map((s) => s.step)).toEqual(['tcp', 'tls', 'token', 'auth', 'capabilities', 'folders']);
    expect(dovecot.log()).toMatch(/Login: user=<agent1>, method=XOAUTH2/);
  });

  it('names a wrong client secret at the token step, before the mail server is asked', async () => {
    const before = ts.introspections;
    const d = await diagnose(custom(), 'wrong');
    expect(d.code).toBe('oauth.client_secret_invalid');
    expect(d.steps.at(-1)).toMatchObject({ step: 'token', ok: false });
    expect(d.message).toContain('invalid_client');
    expect(d.message).not.toContain('wrong');
    expect(ts.introspections).toBe(before);
  });

  it('names a token the mail server refuses (issued for another mailbox user) as oauth.token_rejected', async () => {
    const d = await diagnose(custom('other-app'), 'other');
    expect(d.code).toBe('oauth.token_rejected');
    expect(d.steps.at(-1)).toMatchObject({ step: 'auth', ok: false });
  });

  it('names a token endpoint that does not answer as oauth.endpoint_unreachable', async () => {
    const [closed] = await freePorts(1);
    const d = await diagnose({ ...custom(), tokenUrl: `http://127.0.0.1:${closed}/token` }, 's3cret');
    expect(d.code).toBe('oauth.endpoint_unreachable');
    expect(d.message).toContain('ECONNREFUSED');
  });
});

describe('a stored OAuth2 mailbox whose token the server refuses', () => {
  let temp: ReturnType<typeof tempAppliance>;
  beforeAll(() => {
    temp = tempAppliance({ VEILDRAFT_IMAP_ALLOW_PLAINTEXT_LOOPBACK: 'true' });
  });
  afterAll(() => temp?.cleanup());

  it('replaces a cached token the server refuses (expired early) instead of failing the connection', async () => {
    const { store, keys } = temp.open();
    try {
      const row = findMailboxById(store.db, addOAuthMailbox(store, keys))!;
      const tokens = createMailboxTokens({ clock: systemClock, timeoutMs: 5_000 });
      await closeImapClient(await connectMailbox(row, keys, { logger, ...timeouts, tokens }));
      ts.expireAll();
      const issued = ts.issued;
      await closeImapClient(await connectMailbox(row, keys, { logger, ...timeouts, tokens }));
      expect(ts.issued - issued).toBe(1);
    } finally {
      store.close();
    }
  });
});

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, runCli } from '../support/cli.js';
import { TestDovecot } from '../support/dovecot.js';
import { TokenService } from '../support/token-service.js';

describe('veildraft mailbox with OAuth2 (CLI, against Dovecot and a token service)', () => {
  let ts: TokenService;
  let dovecot: TestDovecot;
  let dir: string;
  let env: Record<string, string>;

  const cli = (args: string[], stdin?: string): Promise<CliResult> =>
    runCli(args, { env, input: stdin, timeoutMs: 120_000 });

  beforeAll(async () => {
    ts = await TokenService.start({ clients: [{ id: 'veildraft', secret: 'first-secret', user: 'agent1' }] });
    dovecot = await TestDovecot.start({
      users: [{ user: 'agent1', password: 'secret-one' }],
      oauth2: { introspectionUrl: ts.introspectionUrl('post'), mode: 'post' },
    });
    dir = mkdtempSync(join(tmpdir(), 'veildraft-oauth-cli-'));
    writeFileSync(join(dir, 'ca.pem'), dovecot.caPem);
    env = {
      VEILDRAFT_DATA_DIR: join(dir, 'data'),
      VEILDRAFT_MASTER_KEY: randomBytes(32).toString('hex'),
      VEILDRAFT_LOG_LEVEL: 'silent',
      VEILDRAFT_IMAP_ALLOW_PLAINTEXT_LOOPBACK: 'true',
    };
  }, 120_000);
  afterAll(async () => {
    await dovecot?.stop();
    await ts?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('adds an OAuth2 mailbox with the secret on stdin, tests it, and changes the secret from a file', async () => {
    const added = await cli(
      [
        'mailbox',
        'add',
        '--name',
        'Support',
        '--host',
        '127.0.0.1',
        '--port',
        String(dovecot.tlsPort),
        '--security',
        'tls',
        '--user',
        'agent1',
        '--ca-file',
        join(dir, 'ca.pem'),
        '--auth',
        'oauth2',
        '--oauth-provider',
        'custom',
        '--oauth-token-url',
        ts.tokenUrl,
        '--oauth-client-id',
        'veildraft',
        '--oauth-secret-stdin',
      ],
      'first-secret\n',
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).not.toContain('first-secret');
    expect(JSON.parse(added.stdout)).toMatchObject({
      auth: { method: 'oauth2', provider: 'custom', clientId: 'veildraft', tokenUrl: ts.tokenUrl },
    });

    const test = await cli(['mailbox', 'test', 'Support']);
    expect(test.stdout).toContain('[ ok ] token: The token endpoint issued a token.');
    expect(test.code).toBe(0);

    // The client's secret is rotated at the provider: the test names it, then the new one is set.
    ts.revoke('veildraft');
    const refused = await cli(['mailbox', 'test', 'Support']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('[oauth.client_secret_invalid]');
    ts.restore('veildraft');
    writeFileSync(join(dir, 'secret'), 'first-secret\n');
    const changed = await cli([
      'mailbox',
      'oauth',
      'Support',
      '--oauth-provider',
      'custom',
      '--oauth-token-url',
      ts.tokenUrl,
      '--oauth-client-id',
      'veildraft',
      '--oauth-secret-file',
      join(dir, 'secret'),
    ]);
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stdout).toMatch(/\toauth2:custom\t/);
    expect((await cli(['mailbox', 'test', 'Support'])).code).toBe(0);
  });

  it('refuses a plain-http token endpoint on another host, naming the option', async () => {
    const res = await cli([
      'mailbox',
      'oauth',
      'Support',
      '--oauth-provider',
      'custom',
      '--oauth-token-url',
      'http://login.example.org/token',
      '--oauth-client-id',
      'veildraft',
    ]);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain('--oauth-token-url');
    expect(res.stderr).toContain('https');
  });
});

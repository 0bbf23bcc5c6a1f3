import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { systemClock } from '../../src/shared/clock.js';
import { openAppliance } from '../../src/start.js';
import { type CliResult, runCli } from '../support/cli.js';
import { TestDovecot } from '../support/dovecot.js';

describe('veildraft mailbox (CLI, against a real Dovecot)', () => {
  let dovecot: TestDovecot;
  let dir: string;
  let env: Record<string, string>;

  function cli(args: string[], stdin?: string, extraEnv: Record<string, string> = {}): Promise<CliResult> {
    return runCli(args, { env: { ...env, ...extraEnv }, input: stdin, timeoutMs: 120_000 });
  }

  function addArgs(name: string, port: number, security: string, extra: string[] = []): string[] {
    return [
      'mailbox',
      'add',
      '--name',
      name,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--security',
      security,
      '--user',
      'agent1',
      '--password-stdin',
      ...extra,
    ];
  }

  beforeAll(async () => {
    dovecot = await TestDovecot.start({ users: [{ user: 'agent1', password: 'secret-one' }] });
    dir = mkdtempSync(join(tmpdir(), 'veildraft-cli-'));
    writeFileSync(join(dir, 'ca.pem'), dovecot.caPem);
    writeFileSync(join(dir, 'signature.txt'), 'Ihr Kundenservice\n');
    env = {
      VEILDRAFT_DATA_DIR: join(dir, 'data'),
      VEILDRAFT_MASTER_KEY: randomBytes(32).toString('hex'),
      VEILDRAFT_LOG_LEVEL: 'silent',
    };
  });
  afterAll(async () => {
    await dovecot?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('adds a mailbox with a pinned CA, prints it without the password, and its test passes', async () => {
    const added = await cli(
      addArgs('Support', dovecot.tlsPort, 'tls', [
        '--ca-file',
        join(dir, 'ca.pem'),
        '--from',
        'Support Team <support@example.org>',
        '--signature-file',
        join(dir, 'signature.txt'),
        '--no-drafting',
      ]),
      'secret-one\n',
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).not.toContain('secret-one');
    const view = JSON.parse(added.stdout);
    expect(view).toMatchObject({
      name: 'Support',
      security: 'tls',
      state: 'active',
      caPinned: true,
      from: { address: 'support@example.org', name: 'Support Team' },
      signature: 'Ihr Kundenservice\n',
      draftingEnabled: false,
    });

    const test = await cli(['mailbox', 'test', 'Support']);
    expect(test.stdout).toContain('OK: The mailbox is reachable and usable.');
    expect(test.code).toBe(0);

    const list = await cli(['mailbox', 'list', '--json']);
    const [listed] = JSON.parse(list.stdout);
    expect(listed.folders).toEqual({ inbox: 'INBOX', sent: 'Sent', drafts: 'Drafts', manual: false });
  });

  it('refuses a self-signed certificate that is not pinned, with a readable diagnosis', async () => {
    const added = await cli(addArgs('Unpinned', dovecot.tlsPort, 'tls'), 'secret-one');
    expect(added.code).toBe(0);
    const test = await cli(['mailbox', 'test', 'Unpinned']);
    expect(test.code).toBe(1);
    expect(test.stdout).toMatch(/\[FAIL\] tls: The TLS certificate of 127\.0\.0\.1:\d+ is not trusted/);
    expect(test.stdout).toContain('[mail.tls_untrusted]');
    expect(test.stdout).toContain('--ca-file');
  });

  it('allows security none only for loopback hosts and only when the setting allows it', async () => {
    const refused = await cli(addArgs('Plain', dovecot.port, 'none'), 'secret-one');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[mailbox.plaintext_disabled]');

    const remote = await cli(
      [
        'mailbox',
        'add',
        '--name',
        'Remote',
        '--host',
        'imap.example.org',
        '--port',
        '143',
        '--security',
        'none',
        '--user',
        'u',
        '--password-stdin',
      ],
      'pw',
      { VEILDRAFT_IMAP_ALLOW_PLAINTEXT_LOOPBACK: 'true' },
    );
    expect(remote.code).toBe(1);
    expect(remote.stderr).toContain('[mailbox.plaintext_remote]');

    const allowed = await cli(addArgs('Plain', dovecot.port, 'none'), 'secret-one', {
      VEILDRAFT_IMAP_ALLOW_PLAINTEXT_LOOPBACK: 'true',
    });
    expect(allowed.code).toBe(0);
    expect((await cli(['mailbox', 'test', 'Plain'])).code).toBe(0);
  });

  it('reports failed authentication after the password changed on the server, and recovers with a new password', async () => {
    await dovecot.setPassword('agent1', 'secret-two');
    const test = await cli(['mailbox', 'test', 'Support', '--json']);
    expect(test.code).toBe(1);
    const diagnosis = JSON.parse(test.stdout);
    expect(diagnosis.code).toBe('mail.auth_failed');
    expect(diagnosis.steps.map((s: { step: string; ok: boolean }) => `${s.step}:${s.ok}`)).toEqual([
      'tcp:true',
      'tls:true',
      'auth:false',
    ]);

    const updated = await cli(['mailbox', 'password', 'Support', '--password-stdin'], 'secret-two\n');
    expect(updated.code).toBe(0);
    expect((await cli(['mailbox', 'test', 'Support'])).code).toBe(0);
  });

  it('pauses, resumes and removes a mailbox, auditing every change', async () => {
    expect((await cli(['mailbox', 'pause', 'Support'])).stdout).toContain('paused');
    expect((await cli(['mailbox', 'resume', 'Support'])).stdout).toContain('active');
    expect((await cli(['mailbox', 'remove', 'Unpinned'])).code).toBe(0);
    const missing = await cli(['mailbox', 'pause', 'Unpinned']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('[mailbox.not_found]');

    const names = JSON.parse((await cli(['mailbox', 'list', '--json'])).stdout).map(
      (m: { name: string }) => m.name,
    );
    expect(names).toEqual(['Support', 'Plain']);

    const { store } = openAppliance(loadConfig(env), systemClock);
    try {
      const actions = store.sqlite
        .prepare("SELECT action FROM audit_log WHERE action LIKE 'mailbox.%' ORDER BY id")
        .pluck()
        .all();
      expect(actions).toEqual([
        'mailbox.add',
        'mailbox.add',
        'mailbox.add',
        'mailbox.password_change',
        'mailbox.pause',
        'mailbox.resume',
        'mailbox.remove',
      ]);
      const sealed = store.sqlite
        .prepare("SELECT password_sealed FROM mailboxes WHERE name = 'Support'")
        .pluck()
        .get();
      expect(Buffer.isBuffer(sealed) && !sealed.includes('secret-two')).toBe(true);
    } finally {
      store.close();
    }
  });
});

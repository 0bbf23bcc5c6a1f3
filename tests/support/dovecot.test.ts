import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestDovecot } from './dovecot.js';
import { TcpProxy } from './tcp-proxy.js';

function message(i: number): string {
  return [
    `Message-ID: <smoke-${i}@test.local>`,
    'From: Customer <customer@example.com>',
    'To: support@example.org',
    `Subject: smoke ${i}`,
    'Date: Mon, 02 Nov 2026 10:00:00 +0000',
    '',
    `body ${i}`,
    '',
  ].join('\r\n');
}

async function client(target: ConstructorParameters<typeof ImapFlow>[0]): Promise<ImapFlow> {
  const c = new ImapFlow({ ...target, logger: false });
  await c.connect();
  return c;
}

describe('test Dovecot', () => {
  let dovecot: TestDovecot;
  beforeAll(async () => {
    dovecot = await TestDovecot.start({ users: [{ user: 'agent1', password: 'secret1' }] });
  });
  afterAll(async () => {
    await dovecot?.stop();
  });

  it('serves delivered mail over TLS with a pinned CA, in delivery order, with flags and special-use folders', async () => {
    dovecot.deliver('agent1', 'INBOX', [
      { raw: message(1) },
      { raw: message(2), flags: ['\\Seen'] },
      { raw: message(3) },
    ]);
    const c = await client(dovecot.target('agent1', 'tls'));
    try {
      const folders = await c.list();
      expect(folders.find((f) => f.specialUse === '\\Drafts')?.path).toBe('Drafts');
      expect(folders.find((f) => f.specialUse === '\\Sent')?.path).toBe('Sent');
      const lock = await c.getMailboxLock('INBOX');
      try {
        const seen: Array<{ uid: number; id: string | undefined; flags: string[] }> = [];
        for await (const m of c.fetch('1:*', { uid: true, envelope: true, flags: true })) {
          seen.push({
            uid: m.uid,
            id: m.envelope?.messageId,
            flags: [...(m.flags ?? [])].filter((f) => f !== '\\Recent'),
          });
        }
        expect(seen.map((s) => s.id)).toEqual([
          '<smoke-1@test.local>',
          '<smoke-2@test.local>',
          '<smoke-3@test.local>',
        ]);
        expect(seen[1]?.flags).toEqual(['\\Seen']);
      } finally {
        lock.release();
      }
    } finally {
      await c.logout();
    }
    const flags = await dovecot.flags('agent1', 'INBOX');
    expect([...flags.values()]).toEqual(['', '\\Seen', '']);
  });

  it('changes UIDVALIDITY and renames folders with doveadm', async () => {
    dovecot.deliver('agent1', 'Archive', [{ raw: message(10) }]);
    await dovecot.setUidValidity('agent1', 'INBOX', 424242);
    expect((await dovecot.folderStatus('agent1', 'INBOX')).uidvalidity).toBe(424242);
    await dovecot.renameFolder('agent1', 'Archive', 'Archive2');
    expect((await dovecot.folderStatus('agent1', 'Archive2')).messages).toBe(1);
    await dovecot.deleteFolder('agent1', 'Archive2');
    await expect(dovecot.folderStatus('agent1', 'Archive2')).rejects.toThrow();
  });

  it('survives a SIGKILL of master and imap processes and serves again after restart', async () => {
    const c = await client(dovecot.target('agent1', 'starttls'));
    const closed = new Promise<void>((resolve) => c.once('close', () => resolve()));
    dovecot.kill();
    await closed;
    await dovecot.restart();
    const again = await client(dovecot.target('agent1', 'tls'));
    const status = await again.status('INBOX', { messages: true });
    expect(status ? status.messages : -1).toBe(3);
    await again.logout();
  });

  it('refuses the old password after a password change', async () => {
    await dovecot.addUser('agent2', 'old');
    const ok = await client(dovecot.target('agent2'));
    await ok.logout();
    await dovecot.setPassword('agent2', 'new');
    const stale = new ImapFlow({
      ...dovecot.target('agent2'),
      auth: { user: 'agent2', pass: 'old' },
      logger: false,
    });
    await expect(stale.connect()).rejects.toMatchObject({ authenticationFailed: true });
    const fresh = await client(dovecot.target('agent2'));
    await fresh.logout();
  });

  it('the proxy cuts a connection after the server stored an APPEND, before the client saw OK', async () => {
    const proxy = await TcpProxy.start({ host: dovecot.host, port: dovecot.port });
    try {
      const c = new ImapFlow({ ...dovecot.target('agent1', 'none'), port: proxy.port, logger: false });
      c.on('error', () => {});
      await c.connect();
      const cut = proxy.cutOnServerData(/^\S+ OK \[APPENDUID /m);
      await expect(c.append('Drafts', message(99), ['\\Draft'])).rejects.toBeDefined();
      await cut;
      expect(proxy.cuts).toBe(1);
      expect((await dovecot.folderStatus('agent1', 'Drafts')).messages).toBe(1);
    } finally {
      await proxy.close();
    }
  });
});

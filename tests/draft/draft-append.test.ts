import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraftAppender } from '../../src/draft/draft-append.js';
import { type DraftOriginal, draftMessageId } from '../../src/draft/draft-compose.models.js';
import { findDraftByKey } from '../../src/draft/drafts.repository.js';
import { createImapClient } from '../../src/imap/imap-client.js';
import type { DataKeys } from '../../src/keys/subkeys.js';
import { addMailbox, mailboxConnection, requireMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import { systemClock } from '../../src/shared/clock.js';
import type { Store } from '../../src/store/store.js';
import { TestDovecot } from '../support/dovecot.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { tempAppliance } from '../support/temp-appliance.js';

const original: DraftOriginal = {
  messageId: '<q-42@customer.example>',
  references: ['<root-1@customer.example>', '<q-41@org.example>'],
  subject: 'AW: Re: Frage zur Rechnung',
  from: [{ name: 'Erika Muster', address: 'erika@customer.example' }],
  replyTo: [{ address: 'erika.replies@customer.example' }],
  to: [{ address: 'support@org.example' }],
  cc: [{ name: 'Max', address: 'max@customer.example' }],
  date: new Date('2026-11-02T10:00:00Z'),
  text: 'Hallo,\nwo ist meine Rechnung?\n> alt\nErika',
};

// One appender for the file, as the composition root makes one for the process.
const appendDraft = createDraftAppender();

describe('appendDraft against a real Dovecot', () => {
  let dovecot: TestDovecot;
  let app: ReturnType<typeof tempAppliance>;
  let store: Store;
  let keys: DataKeys;

  beforeAll(async () => {
    dovecot = await TestDovecot.start({ users: [{ user: 'agent1', password: 'pw-1' }] });
    app = tempAppliance({ VEILDRAFT_IMAP_ALLOW_PLAINTEXT_LOOPBACK: 'true' });
    ({ store, keys } = app.open());
    const deps = { db: store.db, keys, clock: systemClock, allowPlaintextLoopback: true };
    const common = {
      host: '127.0.0.1',
      username: 'agent1',
      password: 'pw-1',
      fromAddress: 'support@org.example',
    };
    addMailbox(
      deps,
      {
        ...common,
        name: 'Support',
        port: dovecot.tlsPort,
        security: 'tls',
        caPem: dovecot.caPem,
        fromName: 'Support Team',
      },
      { kind: 'cli' },
    );
    addMailbox(deps, { ...common, name: 'Plain', port: dovecot.port, security: 'none' }, { kind: 'cli' });
  });
  afterAll(async () => {
    store?.close();
    await dovecot?.stop();
    app?.cleanup();
  });

  async function connect(name: string, port?: number): Promise<ImapFlow> {
    const conn = mailboxConnection(requireMailbox(store.db, name), keys);
    const client = createImapClient({ ...conn, ...(port ? { port } : {}) });
    client.on('error', () => {});
    await client.connect();
    return client;
  }

  async function draftsWithKey(
    key: string,
  ): Promise<Array<{ uid: number; flags: string[]; source: Buffer }>> {
    const client = await connect('Support');
    try {
      const lock = await client.getMailboxLock('Drafts');
      try {
        const uids = (await client.search({ header: { 'X-Veildraft-Draft-Key': key } }, { uid: true })) || [];
        if (uids.length === 0) return [];
        const out = [];
        for await (const m of client.fetch(uids, { uid: true, flags: true, source: true }, { uid: true })) {
          out.push({
            uid: m.uid,
            flags: [...(m.flags ?? [])].filter((f) => f !== '\\Recent').sort(),
            source: m.source!,
          });
        }
        return out;
      } finally {
        lock.release();
      }
    } finally {
      await client.logout();
    }
  }

  const args = (key: string, client: ImapFlow, name = 'Support') => ({
    db: store.db,
    clock: systemClock,
    client,
    mailbox: requireMailbox(store.db, name),
    draftKey: key,
    original,
    content: {
      text: 'Guten Tag Frau Muster,\nanbei die Rechnung.',
      html: '<p>Guten Tag Frau Muster,</p><p>anbei die Rechnung.</p>',
    },
    policy: { replyAll: 'sender' as const, quoteStyle: 'top' as const },
  });

  it('stores a threaded reply draft flagged \\Draft \\Seen, and records its UIDVALIDITY and UID', async () => {
    const client = await connect('Support');
    const result = await appendDraft(args('key-normal-0001', client));
    await client.logout();
    expect(result.outcome).toBe('appended');

    const [stored, ...more] = await draftsWithKey('key-normal-0001');
    expect(more).toHaveLength(0);
    expect(stored!.uid).toBe(result.uid);
    expect(stored!.flags).toEqual(['\\Draft', '\\Seen']);
    const mail = await simpleParser(stored!.source);
    expect(mail.subject).toBe('Re: Frage zur Rechnung');
    expect(mail.from?.value).toEqual([{ address: 'support@org.example', name: 'Support Team' }]);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : []).toEqual([
      'erika.replies@customer.example',
    ]);
    expect(mail.cc).toBeUndefined();
    expect(mail.inReplyTo).toBe('<q-42@customer.example>');
    expect(mail.references).toEqual([
      '<root-1@customer.example>',
      '<q-41@org.example>',
      '<q-42@customer.example>',
    ]);
    expect(mail.messageId).toBe(draftMessageId('key-normal-0001', 'support@org.example'));
    expect(mail.headers.get('x-veildraft-draft-key')).toBe('key-normal-0001');
    expect(mail.text).toContain(
      'anbei die Rechnung.\n\nOn Mon, 02 Nov 2026 10:00:00 GMT, Erika Muster <erika@customer.example> wrote:\n> Hallo,\n> wo ist meine Rechnung?\n>> alt',
    );
    expect(mail.html).toContain('<blockquote type="cite"');

    const row = findDraftByKey(store.db, 'key-normal-0001');
    expect(row).toMatchObject({
      uid: result.uid,
      uidValidity: result.uidValidity,
      folder: 'Drafts',
      outcome: 'appended',
    });
    expect(result.uidValidity).toBe((await dovecot.folderStatus('agent1', 'Drafts')).uidvalidity);
  });

  it('does not append again for a key it already stored', async () => {
    const client = await connect('Support');
    const again = await appendDraft(args('key-normal-0001', client));
    await client.logout();
    expect(again.outcome).toBe('recorded');
    expect(await draftsWithKey('key-normal-0001')).toHaveLength(1);
  });

  it('two concurrent attempts for one key in one process write one draft', async () => {
    const [a, b] = [await connect('Support'), await connect('Support')];
    const results = await Promise.allSettled([
      appendDraft(args('key-concurrent-1', a)),
      appendDraft(args('key-concurrent-1', b)),
    ]);
    await Promise.all([a.logout(), b.logout()]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: 'draft.in_progress' });
    expect(await draftsWithKey('key-concurrent-1')).toHaveLength(1);
  });

  it('a draft is not appended twice when the connection drops after the server stored it, before the client read OK', async () => {
    const proxy = await TcpProxy.start({ host: dovecot.host, port: dovecot.port });
    try {
      const viaProxy = await connect('Plain', proxy.port);
      const cut = proxy.cutOnServerData(/^\S+ OK \[APPENDUID /m);
      await expect(appendDraft(args('key-proxy-0001', viaProxy, 'Plain'))).rejects.toBeDefined();
      await cut;
      viaProxy.close();
      // The server has the draft, the database does not know its UID.
      expect(await draftsWithKey('key-proxy-0001')).toHaveLength(1);
      expect(findDraftByKey(store.db, 'key-proxy-0001')?.uid).toBeNull();

      const retryClient = await connect('Plain', proxy.port);
      const retry = await appendDraft(args('key-proxy-0001', retryClient, 'Plain'));
      await retryClient.logout();
      expect(retry.outcome).toBe('found');
      const stored = await draftsWithKey('key-proxy-0001');
      expect(stored.map((s) => s.uid)).toEqual([retry.uid]);
      expect(findDraftByKey(store.db, 'key-proxy-0001')).toMatchObject({ uid: retry.uid, outcome: 'found' });
    } finally {
      await proxy.close();
    }
  });

  it('a draft cut off before the server saw the APPEND is appended by the retry', async () => {
    const proxy = await TcpProxy.start({ host: dovecot.host, port: dovecot.port });
    try {
      const viaProxy = await connect('Plain', proxy.port);
      const cut = proxy.cutOnClientData(/ APPEND /);
      await expect(appendDraft(args('key-proxy-0002', viaProxy, 'Plain'))).rejects.toBeDefined();
      await cut;
      viaProxy.close();
      expect(await draftsWithKey('key-proxy-0002')).toHaveLength(0);

      const retryClient = await connect('Plain', proxy.port);
      const retry = await appendDraft(args('key-proxy-0002', retryClient, 'Plain'));
      await retryClient.logout();
      expect(retry.outcome).toBe('appended');
      expect((await draftsWithKey('key-proxy-0002')).map((s) => s.uid)).toEqual([retry.uid]);
    } finally {
      await proxy.close();
    }
  });

  it('a draft is not appended twice when the appliance is killed between APPEND and its database update', async () => {
    const originalFile = join(app.dir, 'original.json');
    writeFileSync(originalFile, JSON.stringify(original));
    const run = (mode: 'hang' | 'run') =>
      spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'tests/draft/fixtures/draft-append-child.ts',
          'Support',
          'key-crash-0001',
          mode,
          originalFile,
        ],
        { env: { PATH: process.env.PATH ?? '', ...app.env }, stdio: ['ignore', 'pipe', 'pipe'] },
      );

    const first = run('hang');
    let out = '';
    let err = '';
    first.stderr.on('data', (d) => {
      err += d;
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      first.on('close', (_code, signal) => resolve(signal)),
    );
    await new Promise<void>((resolve, reject) => {
      first.stdout.on('data', (d) => {
        out += d;
        if (out.includes('APPENDED')) resolve();
      });
      first.on('close', () => reject(new Error(`child ended before APPEND: ${err}`)));
    });
    first.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(await draftsWithKey('key-crash-0001')).toHaveLength(1);
    expect(findDraftByKey(store.db, 'key-crash-0001')?.uid).toBeNull();

    const second = run('run');
    let secondOut = '';
    second.stdout.on('data', (d) => {
      secondOut += d;
    });
    const code = await new Promise<number | null>((resolve) => second.on('close', (c) => resolve(c)));
    expect(code).toBe(0);
    const result = JSON.parse(secondOut.trim().split('\n').pop()!);
    expect(result.outcome).toBe('found');
    const stored = await draftsWithKey('key-crash-0001');
    expect(stored.map((s) => s.uid)).toEqual([result.uid]);
    expect(findDraftByKey(store.db, 'key-crash-0001')).toMatchObject({ uid: result.uid, outcome: 'found' });
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../src/jobs/jobs.repository.js';
import { addMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import {
  type Agent,
  addUser,
  type ConsoleHarness,
  completeSetup,
  openConsole,
  pageText,
} from '../support/console-harness.js';
import { addConversations } from '../support/conversations.js';
import { testJob } from '../support/test-jobs.js';

/** Settings and states are shown in words; the stored code stays beside them where it is searched for. */

let h: ConsoleHarness;
let admin: Agent;
let mailboxId = 0;

beforeAll(async () => {
  h = openConsole();
  admin = (await completeSetup(h)).agent;
  await addUser(h, admin, 'rev', 'reviewer');
  // One model file damaged, one absent: the dashboard names both features and results in words.
  const models = path.join(h.dir, 'models');
  mkdirSync(models, { recursive: true });
  writeFileSync(path.join(models, 'tagger.bin'), 'not the listed bytes');
  writeFileSync(
    path.join(models, 'manifest.json'),
    JSON.stringify({
      files: [
        { feature: 'ner', path: 'tagger.bin', sha256: '0'.repeat(64) },
        { feature: 'llm', path: 'model.gguf', sha256: '1'.repeat(64) },
      ],
    }),
  );
  mailboxId = addMailbox(
    { db: h.store.db, keys: h.keys, clock: h.clock, allowPlaintextLoopback: false },
    {
      name: 'Support',
      host: 'imap.example.org',
      port: 993,
      security: 'starttls',
      username: 'u',
      password: 'p',
    },
    { kind: 'cli' },
  ).id;
});
afterAll(() => h.close());

describe('readable labels', () => {
  it('offers mailbox security as TLS (port 993) and STARTTLS (port 143), keeping the stored values', async () => {
    const page = await admin.get('/mailboxes');
    expect(page.html).toContain('<option value="tls" selected="">TLS (port 993)</option>');
    expect(page.html).toContain('<option value="starttls">STARTTLS (port 143)</option>');
    const mailbox = pageText((await admin.get(`/mailboxes/${mailboxId}`)).html);
    expect(mailbox).toContain('Security STARTTLS');
    expect(mailbox).toContain('State Active');
  });

  it('names roles with capitals in the user list, the role choice and the signed-in header', async () => {
    const page = await admin.get('/users');
    expect(page.html).toMatch(/>rev<\/a><\/th><td[^>]*>Reviewer<\/td>/);
    expect(page.html).toContain('<option value="auditor" selected="">Auditor</option>');
    expect(page.html).toContain('admin (Admin)');
  });

  it('names model files by feature and their check result in words', async () => {
    const dash = pageText((await admin.get('/')).html);
    expect(dash).toContain('Name recognition (anonymizer) tagger.bin does not match the manifest');
    expect(dash).toContain('Language model (drafting) model.gguf missing');
  });

  it('names job queues and quarantine reasons in words', async () => {
    h.store.db.transaction((tx) =>
      enqueueJob(
        tx,
        testJob('draft'),
        { payload: { ref: 'x' }, idempotencyKey: 'k1', maxAttempts: 3 },
        h.clock.now(),
      ),
    );
    expect((await admin.get('/')).html).toContain('<th scope="row">Drafting replies</th>');
    h.store.sqlite
      .prepare(
        `INSERT INTO quarantine (mailbox_id, folder, uid_validity, uid, reason, header_hash, size, at)
         VALUES (?, 'INBOX', 7, 42, 'too_large', 'h1', 100, ?)`,
      )
      .run(mailboxId, h.clock.now());
    expect(pageText((await admin.get('/quarantine')).html)).toContain('Larger than the size limit too_large');
  });

  it('names the language of a conversation waiting for review', async () => {
    addConversations(h.store, [{ mailboxId, lang: 'de', risk: 0.7, status: 'review' }]);
    expect((await admin.get('/review')).html).toContain('<td data-label="Language">German</td>');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOfLocalDay } from '../../src/dashboard/dashboard.models.js';
import { ensureDraftRow, recordDraftOutcome, recordDraftStored } from '../../src/draft/drafts.repository.js';
import { addMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import { createLogger } from '../../src/shared/logger.js';
import { assignMailboxes } from '../../src/users/user-mailboxes.usecases.js';
import {
  type Agent,
  addUser,
  type ConsoleHarness,
  completeSetup,
  openConsole,
} from '../support/console-harness.js';
import { addConversations } from '../support/conversations.js';

/** Review and drafts over HTTP: assignment limits, CSRF, the no-JavaScript path, dashboard counts. */
let h: ConsoleHarness;
let admin: Agent;
let reviewer: Agent;
const ids = { own: 0, other: 0, mine: 0, theirs: 0 };

function conversationIn(mailboxId: number, reply: number): number {
  const [id] = addConversations(h.store, [
    {
      mailboxId,
      replyMessageRowId: reply,
      customerMessageRowId: reply - 1,
      customerText: 'My neighbour Wetherby asked me to write.',
      replyText: 'Dear [PERSON_1], thank you.',
      customerAt: 1,
      replyAt: reply,
      risk: 0.6,
      status: 'review',
      createdAt: 3,
      participants: [],
    },
  ]);
  return id!;
}

beforeAll(async () => {
  h = openConsole();
  admin = (await completeSetup(h)).agent;
  reviewer = (await addUser(h, admin, 'rev', 'reviewer')).agent;
  const deps = { db: h.store.db, keys: h.keys, clock: h.clock, logger: createLogger('silent') };
  const mailbox = (name: string) =>
    addMailbox(
      { ...deps, allowPlaintextLoopback: false },
      { name, host: 'imap.example.org', port: 993, security: 'tls', username: name, password: 'p' },
      { kind: 'cli' },
    ).id;
  ids.mine = mailbox('Mine');
  ids.theirs = mailbox('Theirs');
  const revId = (
    h.store.sqlite.prepare("SELECT id FROM users WHERE username = 'rev'").get() as { id: number }
  ).id;
  assignMailboxes(deps, 1, revId, [String(ids.mine)]);
  ids.own = conversationIn(ids.mine, 10);
  ids.other = conversationIn(ids.theirs, 20);
}, 120_000);
afterAll(() => h.close());

const text = (id: number) =>
  (
    h.store.sqlite.prepare('SELECT customer_text AS c FROM conversations WHERE id = ?').get(id) as {
      c: string;
    }
  ).c;

describe('review and drafts over HTTP', () => {
  it('shows a reviewer only the conversations and drafts of their assigned mailboxes', async () => {
    const queue = await reviewer.get('/review');
    expect(queue.html).toContain(`/review/${ids.own}"`);
    expect(queue.html).not.toContain(`/review/${ids.other}"`);
    expect((await reviewer.get(`/review?mailbox=${ids.theirs}`)).html).not.toContain(`/review/${ids.other}"`);
    expect((await reviewer.get(`/review/${ids.other}`)).status).toBe(404);
    expect(
      (await reviewer.post(`/review/${ids.other}/mark`, { term: 'Wetherby', type: 'PERSON' })).status,
    ).toBe(404);
    expect((await reviewer.post(`/review/${ids.other}/approve`)).status).toBe(404);
    expect(text(ids.other)).toContain('Wetherby');
    const drafts = await reviewer.get(`/drafts?mailbox=${ids.theirs}`);
    expect(drafts.html).toContain('Mine');
    expect(drafts.html).not.toContain('Theirs');
    // The admin sees every mailbox.
    const all = await admin.get('/review');
    expect(all.html).toContain(`/review/${ids.other}"`);
  });

  it('refuses a correction without the CSRF token and changes nothing', async () => {
    await reviewer.get(`/review/${ids.own}`);
    const res = await reviewer.post(`/review/${ids.own}/mark`, {
      _csrf: 'forged',
      term: 'Wetherby',
      type: 'PERSON',
    });
    expect(res.status).toBe(403);
    expect(text(ids.own)).toContain('Wetherby');
  });

  it('marks typed text without offsets (no JavaScript), and explains bad input with a 400', async () => {
    await reviewer.get(`/review/${ids.own}`);
    const bad = await reviewer.post(`/review/${ids.own}/mark`, {
      field: 'customer',
      start: '0',
      end: '8',
      term: 'Wetherby',
      type: 'PERSON',
    });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('not at that place');
    const ok = await reviewer.post(`/review/${ids.own}/mark`, { term: 'Wetherby', type: 'PERSON' });
    expect(ok.status).toBe(200);
    expect(ok.html).toContain('Replaced 1 occurrence with [PERSON_2].');
    expect(text(ids.own)).toBe('My neighbour [PERSON_2] asked me to write.');
  });

  it('counts drafts stored since local midnight and the conversations waiting, with links', async () => {
    // The harness clock is 2026-01-05 09:00 UTC; midnight in Europe/Berlin (the default business
    // hours' zone) was 2026-01-04 23:00 UTC.
    const midnight = Date.UTC(2026, 0, 4, 23, 0, 0);
    expect(startOfLocalDay(h.clock.now(), 'Europe/Berlin')).toBe(midnight);
    expect(startOfLocalDay(h.clock.now(), 'UTC')).toBe(Date.UTC(2026, 0, 5));
    const store = (key: string, at: number, mailboxId: number) => {
      ensureDraftRow(h.store.db, { mailboxId, draftKey: key, messageId: `<${key}@x>`, at });
      recordDraftStored(
        h.store.db,
        key,
        { folder: 'Drafts', uidValidity: 1, uid: at % 1000, outcome: 'appended' },
        at,
      );
      recordDraftOutcome(h.store.db, key, { status: 'stored' });
    };
    store('before-midnight', midnight - 60_000, ids.mine);
    store('after-midnight', midnight + 60_000, ids.mine);
    store('other-mailbox', midnight + 120_000, ids.theirs);
    const forReviewer = await reviewer.get('/');
    expect(forReviewer.html).toMatch(/Drafts today<\/h2><p[^>]*><strong>1<\/strong>/);
    // A correction alone does not decide: her conversation still waits.
    expect(forReviewer.html).toMatch(/Review queue<\/h2><p[^>]*><strong>1<\/strong> waiting/);
    expect(forReviewer.html).toContain('href="/review"');
    const forAdmin = await admin.get('/');
    expect(forAdmin.html).toMatch(/Drafts today<\/h2><p[^>]*><strong>2<\/strong>/);
    expect(forAdmin.html).toMatch(/Review queue<\/h2><p[^>]*><strong>2<\/strong> waiting/);
  });

  it("pages the drafts 50 at a time, newest first, and explains a pending draft's last failure", async () => {
    const base = Date.UTC(2025, 11, 1);
    for (let i = 0; i < 55; i++)
      ensureDraftRow(h.store.db, {
        mailboxId: ids.mine,
        draftKey: `old-${i}`,
        messageId: `<old-${i}@x>`,
        at: base + i,
      });
    recordDraftOutcome(h.store.db, 'old-54', { failureCode: 'mail.auth_failed' });
    recordDraftOutcome(h.store.db, 'old-0', { status: 'failed', failureCode: 'draft.future_code' });
    const first = await reviewer.get(`/drafts?mailbox=${ids.mine}`);
    expect(first.html).toContain('Page 1 of 2');
    expect(first.html).toContain('57 messages, newest first');
    expect(first.html).toContain('Last attempt: The mail server could not be used');
    expect(first.html.match(/<tr>/g)).toHaveLength(51);
    const second = await reviewer.get(`/drafts?mailbox=${ids.mine}&page=2`);
    expect(second.html).toContain('Page 2 of 2');
    expect(second.html.match(/<tr>/g)).toHaveLength(8);
    expect(second.html).toContain('Failed with code draft.future_code.');
    // A page beyond the end shows the last page rather than an error.
    expect((await reviewer.get(`/drafts?mailbox=${ids.mine}&page=999`)).html).toContain('Page 2 of 2');
  });

  it('shows mail that waits for a language model as waiting, not as a draft that passed its checks', async () => {
    ensureDraftRow(h.store.db, {
      mailboxId: ids.theirs,
      draftKey: 'no-model',
      messageId: '<no-model@x>',
      at: 1,
    });
    recordDraftOutcome(h.store.db, 'no-model', { status: 'waiting', failureCode: 'llm.model_missing' });
    const page = await admin.get(`/drafts?mailbox=${ids.theirs}`);
    expect(page.html).toContain('waiting for a model');
    expect(page.html).toContain('Drafting is off: The model file is missing.');
    expect(page.html).toContain('1 message waits for a language model');
    expect(page.html).toContain('data-label="Checks"><div></div>');
    expect((await admin.get('/')).html).toContain('; 1 waiting for a language model');
  });
});

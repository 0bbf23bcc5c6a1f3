import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertConversation, putEmbedding } from '../../src/knowledge/knowledge.repository.js';
import {
  allowTerm,
  decideConversation,
  type MarkForm,
  markMissedText,
} from '../../src/knowledge/review.usecases.js';
import { reviewDetailView } from '../../src/knowledge/review-view.usecases.js';
import { loadSettings } from '../../src/settings/settings.usecases.js';
import { createLogger } from '../../src/shared/logger.js';
import { type ConsoleHarness, openConsole } from '../support/console-harness.js';
import { conversation } from './knowledge-fixtures.js';

/** The review queue's corrections on the real encrypted store, each with its audit row. */
let h: ConsoleHarness;
let deps: Parameters<typeof markMissedText>[0];
const customer = 'Hello, my colleague Wetherby said I should write. Wetherby is away.';
const reply = 'Dear [PERSON_1],\nWetherby will call you. [PERSON_2] sends regards.\n[AGENT]';

beforeEach(() => {
  h = openConsole();
  deps = { db: h.store.db, keys: h.keys, clock: h.clock, logger: createLogger('silent') };
});
afterEach(() => h.close());

function seed(over: Parameters<typeof conversation>[0] = {}): number {
  return h.store.db.transaction((tx) => {
    const { id } = insertConversation(
      tx,
      conversation({ customerText: customer, replyText: reply, status: 'review', risk: 0.7, ...over }),
    );
    putEmbedding(tx, id, 'tiny@abc', new Float32Array([1, 0, 0]));
    return id;
  });
}

const row = (id: number) =>
  h.store.sqlite
    .prepare('SELECT customer_text AS c, reply_text AS r, status FROM conversations WHERE id = ?')
    .get(id) as { c: string; r: string; status: string };
const audits = () =>
  h.store.sqlite.prepare('SELECT action, target, metadata FROM audit_log ORDER BY id').all() as {
    action: string;
    target: string;
    metadata: string;
  }[];
const embeddings = (id: number) =>
  (
    h.store.sqlite
      .prepare('SELECT count(*) AS n FROM conversation_embeddings WHERE conversation_id = ?')
      .get(id) as { n: number }
  ).n;
const form = (over: Partial<MarkForm>): MarkForm => ({
  field: '',
  start: '',
  end: '',
  term: '',
  type: 'PERSON',
  deny: '',
  ...over,
});

describe('marking missed text', () => {
  it('replaces every occurrence in both texts with the next placeholder number, drops embeddings, audits', () => {
    const id = seed();
    const start = customer.indexOf('Wetherby');
    const res = markMissedText(
      deps,
      1,
      id,
      null,
      form({ field: 'customer', start: String(start), end: String(start + 8), term: 'Wetherby' }),
    );
    expect(res).toMatchObject({ ok: true });
    expect(res.message).toContain('Replaced 3 occurrences with [PERSON_3]');
    expect(row(id).c).toBe('Hello, my colleague [PERSON_3] said I should write. [PERSON_3] is away.');
    expect(row(id).r).toBe('Dear [PERSON_1],\n[PERSON_3] will call you. [PERSON_2] sends regards.\n[AGENT]');
    expect(embeddings(id)).toBe(0);
    const audit = audits().at(-1)!;
    expect(audit).toMatchObject({ action: 'conversation.redact', target: `conversation:${id}` });
    expect(JSON.parse(audit.metadata)).toEqual({
      mailboxId: 1,
      type: 'PERSON',
      placeholder: 'PERSON_3',
      replaced: 3,
      embeddingsDeleted: 1,
      denyListed: false,
    });
    expect(audit.metadata).not.toContain('Wetherby');
    // The full-text index follows the new text (update trigger).
    const fts = h.store.sqlite
      .prepare("SELECT count(*) AS n FROM conversations_fts WHERE conversations_fts MATCH 'wetherby'")
      .get() as { n: number };
    expect(fts.n).toBe(0);
  });

  it('numbers a type from one, and special categories stay unnumbered', () => {
    const id = seed({
      customerText: 'I work at Sunrise Clinic after my Migraine.',
      replyText: 'Sunrise Clinic is fine.',
    });
    expect(markMissedText(deps, 1, id, null, form({ term: 'Sunrise Clinic', type: 'ORG' })).ok).toBe(true);
    expect(markMissedText(deps, 1, id, null, form({ term: 'Migraine', type: 'HEALTH' })).ok).toBe(true);
    expect(row(id)).toMatchObject({ c: 'I work at [ORG_1] after my [HEALTH].', r: '[ORG_1] is fine.' });
  });

  it('adds the term to the deny list, typed, once', () => {
    const id = seed({
      customerText: 'Sunrise Clinic called. Sunrise Clinic again.',
      replyText: 'Noted, Anna Kovacs.',
    });
    expect(
      markMissedText(deps, 1, id, null, form({ term: 'Sunrise Clinic', type: 'ORG', deny: 'on' })).message,
    ).toContain('added to the deny list');
    markMissedText(deps, 1, id, null, form({ term: 'Anna Kovacs', deny: 'on' }));
    expect(loadSettings(deps).lists.deny).toEqual(['ORG:Sunrise Clinic', 'Anna Kovacs']);
    expect(JSON.parse(audits().at(-1)!.metadata)).toMatchObject({ denyListed: true });
  });

  it('refuses offsets that do not point at the term, and changes nothing', () => {
    const id = seed();
    const before = audits().length;
    const res = markMissedText(
      deps,
      1,
      id,
      null,
      form({ field: 'customer', start: '0', end: '8', term: 'Wetherby' }),
    );
    expect(res).toMatchObject({ ok: false });
    expect(res.message).toContain('not at that place');
    const inside = markMissedText(
      deps,
      1,
      id,
      null,
      form({ field: 'reply', start: '5', end: '11', term: 'PERSON' }),
    );
    expect(inside.ok).toBe(false);
    const absent = markMissedText(deps, 1, id, null, form({ term: 'Nobody' }));
    expect(absent.message).toContain('does not occur');
    const badType = markMissedText(deps, 1, id, null, form({ term: 'Wetherby', type: 'BOGUS' }));
    expect(badType.ok).toBe(false);
    const badOffset = markMissedText(
      deps,
      1,
      id,
      null,
      form({ field: 'customer', start: '-1', end: 'x', term: 'Wetherby' }),
    );
    expect(badOffset.ok).toBe(false);
    expect(row(id).c).toBe(customer);
    expect(embeddings(id)).toBe(1);
    expect(audits().length).toBe(before);
  });

  it('does not match inside a longer word', () => {
    const id = seed({ customerText: 'Anna and Annabel wrote.', replyText: 'Thanks Anna.' });
    markMissedText(deps, 1, id, null, form({ term: 'Anna' }));
    expect(row(id)).toMatchObject({ c: '[PERSON_1] and Annabel wrote.', r: 'Thanks [PERSON_1].' });
  });

  it('writes nothing when the audit row cannot be written (same transaction)', () => {
    const id = seed();
    h.store.sqlite.exec(
      "CREATE TRIGGER no_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'no'); END",
    );
    expect(() => markMissedText(deps, 1, id, null, form({ term: 'Wetherby', deny: 'on' }))).toThrow();
    expect(row(id).c).toBe(customer);
    expect(embeddings(id)).toBe(1);
    expect(loadSettings(deps).lists.deny).toEqual([]);
  });

  it('treats a conversation of a mailbox the reviewer is not assigned as not found', () => {
    const id = seed({ mailboxId: 7 });
    expect(markMissedText(deps, 1, id, [1, 2], form({ term: 'Wetherby' }))).toMatchObject({
      ok: false,
      notFound: true,
    });
    expect(reviewDetailView(deps, id, [1])).toBeNull();
    expect(decideConversation(deps, 1, id, [], 'approve')).toMatchObject({ notFound: true });
    expect(row(id).status).toBe('review');
  });
});

describe('allow list, approve and exclude', () => {
  it('adds a wrongly redacted term to the allow list and says the conversation keeps its placeholder', () => {
    const id = seed();
    const res = allowTerm(deps, 1, id, null, '  Veildraft Cloud ');
    expect(res.ok).toBe(true);
    expect(res.message).toContain('keeps its placeholder');
    expect(loadSettings(deps).lists.allow).toEqual(['Veildraft Cloud']);
    expect(row(id).r).toBe(reply);
    expect(audits().at(-1)).toMatchObject({ action: 'conversation.allow_term' });
    expect(allowTerm(deps, 1, id, null, 'veildraft cloud').message).toContain('already');
    expect(allowTerm(deps, 1, id, null, 'x').ok).toBe(false);
    expect(loadSettings(deps).lists.allow).toHaveLength(1);
  });

  it('approves to ready and excludes to rejected, each audited with the status change', () => {
    const a = seed();
    const b = seed();
    expect(decideConversation(deps, 1, a, null, 'approve').ok).toBe(true);
    expect(decideConversation(deps, 1, b, [1], 'exclude').ok).toBe(true);
    expect(row(a).status).toBe('ready');
    expect(row(b).status).toBe('rejected');
    const [approve, exclude] = audits().slice(-2);
    expect(approve).toMatchObject({ action: 'conversation.approve', target: `conversation:${a}` });
    expect(JSON.parse(approve!.metadata)).toEqual({ mailboxId: 1, from: 'review', to: 'ready' });
    expect(exclude).toMatchObject({ action: 'conversation.exclude', target: `conversation:${b}` });
  });

  it('shows placeholders and residual-risk spots of the stored text, with the text intact', () => {
    const id = seed();
    const view = reviewDetailView(deps, id, null)!;
    expect(view.customer.map((s) => s.text).join('')).toBe(customer);
    expect(view.reply.map((s) => s.text).join('')).toBe(reply);
    expect(view.reply.filter((s) => s.kind === 'placeholder').map((s) => s.text)).toEqual([
      '[PERSON_1]',
      '[PERSON_2]',
      '[AGENT]',
    ]);
    expect(view.customer.filter((s) => s.kind === 'risk').map((s) => s.text)).toContain('Wetherby');
  });
});

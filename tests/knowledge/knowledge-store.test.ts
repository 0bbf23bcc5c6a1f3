import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  countConversations,
  deleteConversationsOfPseudonym,
  getConversations,
  insertConversation,
  mailboxEmbeddings,
  recentReplies,
  searchFts,
  setConversationStatus,
} from '../../src/knowledge/knowledge.repository.js';
import type { Store } from '../../src/store/store.js';
import { addConversations, conversation, knowledgeStore } from './knowledge-fixtures.js';

function ftsIds(store: Store, term: string): number[] {
  return searchFts(store.db, {
    mailboxId: 1,
    match: `"${term}"`,
    limit: 10,
    statuses: ['ready', 'review'],
  }).map((h) => h.id);
}

/** FTS5's own consistency check of an external-content index against its table. */
function ftsIntegrityOk(store: Store): boolean {
  store.db.run(sql`INSERT INTO conversations_fts(conversations_fts, rank) VALUES ('integrity-check', 1)`);
  return true;
}

describe('knowledge store', () => {
  it('stores a conversation once per reply and returns the existing id on a retried learn', () => {
    const store = knowledgeStore();
    const c = conversation({
      customerText: 'parcel damaged',
      embedding: { model: 'm', vector: new Float32Array([1, 0]) },
    });
    const first = store.db.transaction((tx) => insertConversation(tx, c));
    const again = store.db.transaction((tx) => insertConversation(tx, { ...c, customerText: 'changed' }));
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    expect(getConversations(store.db, [first.id])[0]!.customerText).toBe('parcel damaged');
    expect(countConversations(store.db)).toEqual({ ready: 1, review: 0, rejected: 0 });
    expect(mailboxEmbeddings(store.db, 1, 'm').map((e) => e.id)).toEqual([first.id]);
  });

  it('keeps the full-text index in step on insert, text update and delete', () => {
    const store = knowledgeStore();
    const [id] = addConversations(store, [{ customerText: 'my parcel arrived damaged' }]);
    expect(ftsIds(store, 'parcel')).toEqual([id]);
    store.db.run(sql`UPDATE conversations SET customer_text = 'wrong invoice amount' WHERE id = ${id}`);
    expect(ftsIds(store, 'parcel')).toEqual([]);
    expect(ftsIds(store, 'invoice')).toEqual([id]);
    store.db.run(sql`DELETE FROM conversations WHERE id = ${id}`);
    expect(ftsIds(store, 'invoice')).toEqual([]);
    expect(ftsIntegrityOk(store)).toBe(true);
  });

  it('searches only the given mailbox and statuses, best match first', () => {
    const store = knowledgeStore();
    const [weak, strong, other, rejected] = addConversations(store, [
      { customerText: 'question about my invoice and a delivery' },
      { customerText: 'invoice invoice wrong invoice total' },
      { mailboxId: 2, customerText: 'invoice invoice invoice' },
      { customerText: 'invoice invoice invoice invoice', status: 'rejected' },
    ]);
    const hits = searchFts(store.db, { mailboxId: 1, match: '"invoice"', limit: 10, statuses: ['ready'] });
    expect(hits.map((h) => h.id)).toEqual([strong, weak]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits.map((h) => h.id)).not.toContain(other);
    expect(hits.map((h) => h.id)).not.toContain(rejected);
    expect(searchFts(store.db, { mailboxId: 1, match: '"invoice"', limit: 10, statuses: [] })).toEqual([]);
  });

  it('changes a status without touching the index, and counts per status', () => {
    const store = knowledgeStore();
    const [id] = addConversations(store, [{ customerText: 'refund please', status: 'review' }]);
    expect(setConversationStatus(store.db, id!, 'ready', 9_000)).toBe(true);
    expect(getConversations(store.db, [id!])[0]).toMatchObject({ status: 'ready', reviewedAt: 9_000 });
    expect(ftsIds(store, 'refund')).toEqual([id]);
    expect(setConversationStatus(store.db, 999, 'ready', 9_000)).toBe(false);
    expect(countConversations(store.db, 1)).toEqual({ ready: 1, review: 0, rejected: 0 });
  });

  it('erases every conversation of one person, with participants, embeddings and index rows', () => {
    const store = knowledgeStore();
    const [mine, alsoMine, theirs] = addConversations(store, [
      {
        customerText: 'alpha complaint',
        participants: [{ pseudonym: 'p-anna', role: 'customer' }],
        embedding: { model: 'm', vector: new Float32Array([1, 0]) },
      },
      {
        mailboxId: 2,
        customerText: 'alpha second',
        participants: [
          { pseudonym: 'p-anna', role: 'other' },
          { pseudonym: 'p-bob', role: 'customer' },
        ],
      },
      { customerText: 'alpha unrelated', participants: [{ pseudonym: 'p-carl', role: 'customer' }] },
    ]);
    const deleted = store.db.transaction((tx) => deleteConversationsOfPseudonym(tx, 'p-anna'));
    expect(deleted.map((d) => d.id).sort()).toEqual([mine, alsoMine].sort());
    expect(getConversations(store.db, [mine!, alsoMine!, theirs!]).map((c) => c.id)).toEqual([theirs]);
    expect(ftsIds(store, 'alpha')).toEqual([theirs]);
    expect(
      store.db.all(sql`SELECT * FROM conversation_participants WHERE pseudonym IN ('p-anna', 'p-bob')`),
    ).toEqual([]);
    expect(store.db.all(sql`SELECT * FROM conversation_embeddings`)).toEqual([]);
    // The external-content index holds no trace of the erased texts.
    expect(
      store.db.all(sql`SELECT rowid FROM conversations_fts WHERE conversations_fts MATCH '"complaint"'`),
    ).toEqual([]);
    expect(ftsIntegrityOk(store)).toBe(true);
  });

  it('lists recent replies of a mailbox for the style profile, newest first, never rejected ones', () => {
    const store = knowledgeStore();
    addConversations(store, [
      { replyText: 'old', replyAt: 1 },
      { replyText: 'new', replyAt: 3, lang: 'de' },
      { replyText: 'bad', replyAt: 2, status: 'rejected' },
      { replyText: 'elsewhere', replyAt: 4, mailboxId: 2 },
    ]);
    expect(recentReplies(store.db, 1, 10)).toEqual([
      { text: 'new', lang: 'de' },
      { text: 'old', lang: 'en' },
    ]);
  });
});

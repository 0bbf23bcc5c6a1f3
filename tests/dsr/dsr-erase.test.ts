import { readFileSync, writeFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/audit/audit.repository.js';
import { certificateText } from '../../src/dsr/dsr.models.js';
import {
  certificateOf,
  exportRequest,
  findByEmail,
  receiveRequest,
  requestErasure,
} from '../../src/dsr/dsr.usecases.js';
import { runErasure } from '../../src/dsr/erase.usecases.js';
import {
  erasureJournalFile,
  readErasureJournal,
  replayErasureJournal,
} from '../../src/dsr/erasure-journal.js';
import { personTables } from '../../src/dsr/subject.usecases.js';
import { normalizeAddress, pseudonym } from '../../src/ingest/message.models.js';
import { searchFts } from '../../src/knowledge/knowledge.repository.js';
import { createVectorIndex } from '../../src/knowledge/vector-index.js';
import { systemClock } from '../../src/shared/clock.js';
import type { Store } from '../../src/store/store.js';
import { seedPerson, unitVector } from '../support/dsr-people.js';
import { dsrAppliance } from './dsr-fixtures.js';

const anna = { email: 'Anna.Berg@example.org', name: 'Anna Berg', mailboxId: 1, threads: 3, account: true };
const bob = { email: 'bob@example.net', name: 'Bob Stone', mailboxId: 1, threads: 2 };

function total(store: Store, table: string): number {
  return store.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${sql.identifier(table)}`)!.n;
}

describe('data-subject requests against the real encrypted store', () => {
  it('finds a person by address with rows in every table the registry relates to a person', () => {
    const { store, keys } = dsrAppliance();
    seedPerson(store, keys, anna);
    seedPerson(store, keys, bob);
    const found = findByEmail({ db: store.db, keys, clock: systemClock }, 'anna.berg@EXAMPLE.org');
    expect(found.counts).toMatchObject({
      messages: 6,
      threads: 3,
      conversations: 3,
      conversation_participants: 6,
      conversation_embeddings: 3,
      conversations_fts: 3,
      drafts: 3,
      jobs: 3,
      audit_log: 3,
      signin_attempts: 1,
      users: 1,
    });
    // Every table that can relate to a person is counted (dsr_requests: none received yet).
    for (const t of personTables()) expect(found.counts, t).toHaveProperty(t);
  });

  it('finds an agent by the Sender of their replies and by the e-mail address on their console account', () => {
    const { store, keys } = dsrAppliance();
    seedPerson(store, keys, anna);
    const rita = pseudonym(keys.pseudonym, normalizeAddress('rita.lund@example.org'));
    // A reply sent from the shared address, with Rita as its Sender; her account is named otherwise.
    store.db.run(sql`UPDATE messages SET sender_pseudonym = ${rita} WHERE id = (
      SELECT min(id) FROM messages WHERE direction = 'outbound')`);
    store.db.run(sql`INSERT INTO users (username, role, password_hash, email_pseudonym, created_at, updated_at)
      VALUES ('rlund', 'reviewer', 'x', ${rita}, 0, 0)`);
    const found = findByEmail({ db: store.db, keys, clock: systemClock }, 'Rita.Lund@example.org');
    expect(found.counts).toMatchObject({ messages: 1, users: 1 });
  });

  it('exports JSON and a plain-language summary, audited, and marks the access request done', () => {
    const { store, keys } = dsrAppliance();
    seedPerson(store, keys, anna);
    seedPerson(store, keys, bob);
    const deps = { db: store.db, keys, clock: systemClock };
    const r = receiveRequest(deps, { kind: 'access', email: anna.email, reference: 'T-1' }, { kind: 'cli' });
    const out = exportRequest(deps, r.id, { kind: 'cli' });
    const data = JSON.parse(out.json);
    expect(data.messages).toHaveLength(6);
    expect(data.conversations).toHaveLength(3);
    expect(data.conversations[0].customerText).toContain('Anna Berg');
    expect(out.json).not.toContain('Bob Stone');
    expect(out.summary).toContain('Since: 2025-01-10');
    expect(out.summary).toMatch(/anonymized conversations: 730 days/);
    expect(
      store.db.get<{ status: string }>(sql`SELECT status FROM dsr_requests WHERE id = ${r.id}`)!.status,
    ).toBe('done');
    const actions = store.db.all<{ action: string }>(
      sql`SELECT action FROM audit_log WHERE target = ${`dsr:${r.id}`}`,
    );
    expect(actions.map((a) => a.action)).toEqual(['dsr.receive', 'dsr.export']);
  });

  it('erases every row of the person, keeps FTS and vector search in step, and leaves others untouched', () => {
    const { store, keys, dataDir } = dsrAppliance();
    const a = seedPerson(store, keys, anna);
    const b = seedPerson(store, keys, bob);
    const deps = { db: store.db, keys, clock: systemClock };
    const index = createVectorIndex({ db: store.db });
    expect(index.size(1, 'test-model')).toBe(5);
    const bobBefore = findByEmail(deps, bob.email).counts;

    const r = receiveRequest(deps, { kind: 'erasure', email: anna.email }, { kind: 'user', id: 7 });
    requestErasure(deps, r.id, { kind: 'user', id: 7 }, 3);
    expect(total(store, 'jobs')).toBe(5 + 1);
    const cert = runErasure(
      {
        ...deps,
        journal: erasureJournalFile(dataDir, keys),
        forgetConversations: (ids) => index.remove(ids),
      },
      r.id,
    );

    expect(cert.deleted).toEqual({
      messages: 6,
      threads: 3,
      conversations: 3,
      conversation_participants: 6,
      conversation_embeddings: 3,
      conversations_fts: 3,
      drafts: 3,
      jobs: 3,
      signin_attempts: 1,
    });
    const after = findByEmail(deps, anna.email).counts;
    for (const t of [
      'messages',
      'threads',
      'conversations',
      'conversation_embeddings',
      'conversations_fts',
      'drafts',
      'jobs',
      'signin_attempts',
    ])
      expect(after[t], t).toBe(0);
    // Kept, and said so: the review decisions in the audit log (ids only) and the request itself.
    expect(cert.kept.find((k) => k.table === 'audit_log')!.rows).toBe(3);
    expect(cert.kept.find((k) => k.table === 'dsr_requests')!.rows).toBe(1);
    expect(cert.kept.find((k) => k.table === 'users')!.rows).toBe(1);
    expect(cert.actor).toBe('user:7');
    const auditRow = store.db.get<{ action: string }>(
      sql`SELECT action FROM audit_log WHERE id = ${cert.auditId}`,
    )!;
    expect(auditRow.action).toBe('dsr.erase');
    expect(verifyAuditChain(store.db, keys.audit).ok).toBe(true);
    expect(certificateText(cert)).toContain('conversation_embeddings');
    expect(certificateOf(deps, r.id)).toEqual(cert);

    // Search does not find them any more; the other person still is found.
    const fts = (term: string) =>
      searchFts(store.db, { mailboxId: 1, match: `"${term}"`, limit: 10, statuses: ['ready'] }).map(
        (h) => h.id,
      );
    expect(fts('anna')).toEqual([]);
    expect(fts('bob').sort()).toEqual([...b.conversationIds].sort());
    for (let i = 0; i < 3; i++) {
      const hits = index.search(1, 'test-model', unitVector(a.pseudonym, i), 10).map((h) => h.id);
      expect(hits.some((id) => a.conversationIds.includes(id))).toBe(false);
    }
    expect(index.size(1, 'test-model')).toBe(2);
    expect(findByEmail(deps, bob.email).counts).toEqual(bobBefore);
    store.db.run(sql`INSERT INTO conversations_fts(conversations_fts, rank) VALUES ('integrity-check', 1)`);

    // A retried job erases nothing twice and returns the same certificate.
    expect(
      runErasure(
        { ...deps, journal: erasureJournalFile(dataDir, keys), forgetConversations: () => {} },
        r.id,
      ),
    ).toEqual(cert);
    expect(readErasureJournal(erasureJournalFile(dataDir, keys))).toHaveLength(1);
  });

  it('replays the journal so a person whose rows came back (an older backup) is erased again', () => {
    const { store, keys, dataDir } = dsrAppliance();
    seedPerson(store, keys, anna);
    const deps = { db: store.db, keys, clock: systemClock };
    const r = receiveRequest(deps, { kind: 'erasure', email: anna.email }, { kind: 'cli' });
    requestErasure(deps, r.id, { kind: 'cli' }, 3);
    runErasure({ ...deps, journal: erasureJournalFile(dataDir, keys), forgetConversations: () => {} }, r.id);
    expect(replayErasureJournal({ ...deps, dataDir })).toEqual({ entries: 1, erasedRows: 0, people: 0 });
    // As a restored backup would: the person's rows are there again.
    seedPerson(store, keys, { ...anna, account: false });
    const replay = replayErasureJournal({ ...deps, dataDir });
    expect(replay).toMatchObject({ entries: 1, people: 1 });
    expect(replay.erasedRows).toBeGreaterThan(20);
    expect(findByEmail(deps, anna.email).counts.messages).toBe(0);
    const last = store.db.get<{ action: string }>(
      sql`SELECT action FROM audit_log ORDER BY id DESC LIMIT 1`,
    )!;
    expect(last.action).toBe('dsr.journal_replay');
  });

  it('detects a changed, removed or reordered journal line and replays nothing from it', () => {
    const { store, keys, dataDir } = dsrAppliance();
    const deps = { db: store.db, keys, clock: systemClock };
    const journal = erasureJournalFile(dataDir, keys);
    for (const p of [anna, bob]) {
      seedPerson(store, keys, p);
      const r = receiveRequest(deps, { kind: 'erasure', email: p.email }, { kind: 'cli' });
      requestErasure(deps, r.id, { kind: 'cli' }, 3);
      runErasure({ ...deps, journal, forgetConversations: () => {} }, r.id);
    }
    const good = readFileSync(journal.file, 'utf8');
    const [l1, l2] = good.trimEnd().split('\n') as [string, string];
    expect(good).not.toContain(anna.email);
    const flip = (s: string) => `${s.slice(0, 20)}${s[20] === 'A' ? 'B' : 'A'}${s.slice(21)}`;
    for (const bad of [`${flip(l1)}\n${l2}\n`, `${l2}\n`, `${l2}\n${l1}\n`]) {
      writeFileSync(journal.file, bad);
      expect(() => readErasureJournal(journal)).toThrow(
        expect.objectContaining({ code: 'dsr.journal_tampered' }),
      );
      expect(() => replayErasureJournal({ ...deps, dataDir })).toThrow(/erasure journal fails verification/);
    }
    // A torn last line (a crash mid-append) is not tampering: the complete lines stand.
    writeFileSync(journal.file, `${good}${l1.slice(0, 30)}`);
    expect(readErasureJournal(journal)).toHaveLength(2);
  });
});

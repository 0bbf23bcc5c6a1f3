import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/audit/audit.repository.js';
import { searchFts } from '../../src/knowledge/knowledge.repository.js';
import { createVectorIndex } from '../../src/knowledge/vector-index.js';
import { retentionCategories } from '../../src/retention/retention.models.js';
import {
  loadPeriods,
  previewRetention,
  purgeRetention,
  savePeriods,
} from '../../src/retention/retention.usecases.js';
import { count, DAY, openRetentionStore, seedAges } from './retention-fixtures.js';

const open = openRetentionStore;

/** Every category's period, as the form sends it, with some changed. */
const form = (over: Record<string, string> = {}) => ({
  ...Object.fromEntries(retentionCategories.map((c) => [c.key, String(c.defaultDays)])),
  ...over,
});

describe('retention purge', () => {
  it('deletes rows past each period and keeps younger ones, in every category', async () => {
    const { store, keys, clock, deps } = open();
    // Just past and just inside each default period (7, 30, 90, 180, 365, 730 days).
    seedAges(store, keys, clock.now(), [6, 8, 29, 31, 89, 91, 179, 181, 364, 366, 729, 731]);
    const preview = previewRetention(deps);
    const tonight = Object.fromEntries(preview.map((r) => [r.category, r.count]));
    expect(tonight).toEqual({
      messages: 1,
      conversations: 1,
      draftRecords: 5,
      quarantine: 7,
      analytics: null,
      audit: 3,
      sessions: 11,
      signinAttempts: 9,
      finishedJobs: 9,
    });

    const result = await purgeRetention(deps, { actor: { kind: 'system' }, batchSize: 2 });
    const { threads, ...perCategory } = result.deleted;
    expect(perCategory).toEqual({
      messages: 1,
      conversations: 1,
      draftRecords: 5,
      quarantine: 7,
      audit: 3,
      sessions: 11,
      signinAttempts: 9,
      finishedJobs: 9,
    });
    expect(threads).toBe(1);
    expect(count(store, 'messages')).toBe(11);
    expect(count(store, 'threads')).toBe(11);
    expect(count(store, 'drafts')).toBe(7);
    expect(count(store, 'quarantine')).toBe(5);
    expect(count(store, 'sessions')).toBe(1);
    expect(count(store, 'signin_attempts')).toBe(3);
    expect(count(store, 'jobs')).toBe(3);
    // Batches of 2: the 7 quarantine rows alone take 4 transactions.
    expect(result.batches).toBeGreaterThanOrEqual(20);
    expect(result.maxTxMs).toBeGreaterThan(0);
    // Nothing left for tonight, and the purge is one audit row with the counts.
    expect(previewRetention(deps).every((r) => !r.count)).toBe(true);
    const last = store.sqlite
      .prepare('SELECT action, metadata FROM audit_log ORDER BY id DESC LIMIT 1')
      .get() as { action: string; metadata: string };
    expect(last.action).toBe('retention.purge');
    expect(JSON.parse(last.metadata)).toMatchObject({ ...perCategory, threads: 1 });
  });

  it('keeps full-text rows, embeddings and the in-memory vector index in step with conversations', async () => {
    const { store, keys, clock, deps } = open();
    seedAges(store, keys, clock.now(), [10, 800, 900]);
    const index = createVectorIndex({ db: store.db });
    expect(index.search(1, 'm', new Float32Array([1, 0]), 10)).toHaveLength(3);
    const removed: number[] = [];
    const result = await purgeRetention(deps, {
      actor: { kind: 'system' },
      batchSize: 1,
      onConversationsDeleted: (ids) => {
        removed.push(...ids);
        index.remove(ids);
      },
    });
    expect(result.deleted.conversations).toBe(2);
    expect(removed).toHaveLength(2);
    expect(index.size(1, 'm')).toBe(1);
    expect(index.search(1, 'm', new Float32Array([1, 0]), 10).map((h) => h.id)).toEqual([3]);
    expect(count(store, 'conversation_embeddings')).toBe(1);
    expect(count(store, 'conversation_participants')).toBe(1);
    // FTS5's own check of the external-content index against its table, then a search.
    store.db.run(sql`INSERT INTO conversations_fts(conversations_fts, rank) VALUES ('integrity-check', 1)`);
    const hits = (term: string) =>
      searchFts(store.db, { mailboxId: 1, match: `"${term}"`, limit: 10, statuses: ['ready'] });
    expect(hits('parcel')).toHaveLength(1);
    expect(hits('2')).toEqual([]);
  });

  it('cuts the audit log in batches through the anchor, and the chain still verifies', async () => {
    const { store, keys, clock, deps } = open({ backfillMonths: 12, auditDays: 120 });
    const ages = Array.from({ length: 25 }, (_, i) => 100 + i * 2);
    seedAges(store, keys, clock.now(), ages);
    expect(loadPeriods(deps).find((p) => p.category === 'audit')).toEqual({
      category: 'audit',
      days: 120,
      source: 'environment',
    });
    const result = await purgeRetention(deps, { actor: { kind: 'system' }, batchSize: 4 });
    // Every row older than 120 days: the 15 at 122..148 days.
    expect(result.deleted.audit).toBe(15);
    const chain = verifyAuditChain(store.db, keys.audit);
    expect(chain).toMatchObject({ ok: true });
    expect(count(store, 'audit_log')).toBe(25 - 15 + 1);
  });

  it('takes console values over the environment, validates them, and audits the change with it', () => {
    const { store, deps } = open({ backfillMonths: 12, auditDays: 400 });
    const bad = savePeriods(deps, { kind: 'user', id: 1 }, form({ audit: '30', quarantine: 'x' }));
    expect(bad).toEqual({
      ok: false,
      errors: {
        audit: 'Audit log: at least 90 days.',
        quarantine: 'Quarantine entries: enter a whole number of days.',
      },
    });
    expect(count(store, 'audit_log')).toBe(0);
    const ok = savePeriods(deps, { kind: 'user', id: 1 }, form({ audit: '200' }));
    expect(ok.ok).toBe(true);
    expect(loadPeriods(deps).find((p) => p.category === 'audit')).toEqual({
      category: 'audit',
      days: 200,
      source: 'console',
    });
    const row = store.sqlite.prepare('SELECT action, actor, metadata FROM audit_log').get() as {
      action: string;
      actor: string;
      metadata: string;
    };
    expect(row).toMatchObject({ action: 'retention.update', actor: 'user:1' });
    expect(JSON.parse(row.metadata).audit).toBe(200);
  });

  it('reads the periods the Settings page saved before the retention page existed', () => {
    const { store, deps } = open();
    store.sqlite
      .prepare("INSERT INTO settings (key, value, updated_at) VALUES ('retention', ?, 0)")
      .run(JSON.stringify({ conversationDays: 400, draftRecordDays: 90, analyticsDays: 365 }));
    const byKey = Object.fromEntries(loadPeriods(deps).map((p) => [p.category, [p.days, p.source]]));
    expect(byKey.conversations).toEqual([400, 'console']);
    expect(byKey.draftRecords).toEqual([90, 'console']);
    expect(byKey.quarantine).toEqual([90, 'default']);
  });
});

describe('purge day arithmetic', () => {
  it('uses whole days back from now', () => {
    const { clock, deps } = open();
    const row = previewRetention(deps).find((r) => r.category === 'quarantine')!;
    expect(row.before).toBe(clock.now() - 90 * DAY);
  });
});

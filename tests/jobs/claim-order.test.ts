import { describe, expect, it } from 'vitest';
import { draftJob } from '../../src/draft/draft.job.js';
import { claimJob, enqueueJob } from '../../src/jobs/jobs.repository.js';
import { openTestAppliance } from '../support/appliance.js';
import { testJob } from '../support/test-jobs.js';
import { tempDir } from '../support/tmp.js';

/** Claim order on the real encrypted store: fresh mail ahead of a backlog, kinds apart. */
const minute = 60_000;
const now = Date.UTC(2025, 5, 2, 9, 0);
const fresh = draftJob.freshFirstMs!;

function queue() {
  const { store } = openTestAppliance(tempDir());
  const add = (kind: string, key: string, opts: { itemAt?: number; enqueuedAt?: number } = {}) =>
    store.db.transaction((tx) =>
      enqueueJob(
        tx,
        testJob(kind),
        {
          payload: { key },
          idempotencyKey: key,
          maxAttempts: 3,
          ...(opts.itemAt ? { itemAt: opts.itemAt } : {}),
        },
        opts.enqueuedAt ?? now - 60 * minute,
      ),
    );
  const claim = (kind: string, at = now, freshFirstMs: number | null = fresh) =>
    JSON.parse(claimJob(store.db, kind, 'worker', 60_000, at, freshFirstMs ?? undefined)?.payload ?? 'null')
      ?.key ?? null;
  return { add, claim };
}

describe('claim order', () => {
  it('drafts mail that just arrived before a backlog queued earlier, newest first', () => {
    const q = queue();
    // A first sync queued the last day's mail an hour ago.
    for (let h = 1; h <= 20; h++) q.add('draft', `backlog-${h}h`, { itemAt: now - h * 60 * minute });
    q.add('draft', 'fresh-10m', { itemAt: now - 10 * minute, enqueuedAt: now - 10 * minute });
    q.add('draft', 'fresh-1m', { itemAt: now - minute, enqueuedAt: now - minute });
    expect([q.claim('draft'), q.claim('draft'), q.claim('draft'), q.claim('draft')]).toEqual([
      'fresh-1m',
      'fresh-10m',
      'backlog-1h',
      'backlog-2h',
    ]);
  });

  it('puts mail that aged past the bound back in queue order, so the backlog still drains', () => {
    const q = queue();
    q.add('draft', 'backlog-a', { itemAt: now - 5 * 60 * minute, enqueuedAt: now - 60 * minute });
    q.add('draft', 'stale-40m', { itemAt: now - 40 * minute, enqueuedAt: now - 40 * minute });
    q.add('draft', 'backlog-b', { itemAt: now - 6 * 60 * minute, enqueuedAt: now - 30 * minute });
    expect([q.claim('draft'), q.claim('draft'), q.claim('draft')]).toEqual([
      'backlog-a',
      'stale-40m',
      'backlog-b',
    ]);
  });

  it('keeps queue order for a kind without a freshness bound, and for jobs without an item time', () => {
    const q = queue();
    q.add('learn', 'first', { enqueuedAt: now - 3 * minute });
    q.add('learn', 'second', { itemAt: now - minute, enqueuedAt: now - 2 * minute });
    expect([q.claim('learn', now, null), q.claim('learn', now, null)]).toEqual(['first', 'second']);
    const d = queue();
    d.add('draft', 'no-time', { enqueuedAt: now - 3 * minute });
    d.add('draft', 'fresh', { itemAt: now - minute, enqueuedAt: now - 2 * minute });
    expect([d.claim('draft'), d.claim('draft')]).toEqual(['fresh', 'no-time']);
  });

  it('does not run fresh mail before it is due (a retry waiting for its backoff)', () => {
    const q = queue();
    q.add('draft', 'backlog', { itemAt: now - 5 * 60 * minute });
    q.add('draft', 'fresh-later', { itemAt: now - minute, enqueuedAt: now + minute });
    expect(q.claim('draft')).toBe('backlog');
    expect(q.claim('draft')).toBeNull();
    expect(q.claim('draft', now + minute)).toBe('fresh-later');
  });

  it('claims learning while hundreds of drafts wait: each kind has its own line', () => {
    const q = queue();
    for (let i = 0; i < 300; i++) q.add('draft', `draft-${i}`, { itemAt: now - minute });
    q.add('learn', 'learn-1', { enqueuedAt: now });
    expect(q.claim('learn', now, null)).toBe('learn-1');
  });
});

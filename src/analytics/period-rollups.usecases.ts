import type { Db } from '../store/store.js';
import type { AnyFacts, DecodedRows } from './facts.models.js';
import { decodeRows } from './facts.models.js';
import { type KeptPeriods, keptPeriods } from './kept-periods.models.js';
import { findRollupState, listRollups } from './rollups.repository.js';

/**
 * Decoded periods of the rollups, kept per store by the rollups' versions: the page and the
 * report read the same periods one after the other, and again until the next refresh writes
 * rows; the refresh job decodes the page's preset periods ahead of the first view
 * (page-warm.usecases.ts).
 */

/**
 * Memory the decoded periods may hold per store (their day rows as read and their columns
 * concatenated). The periods the refresh job computes ahead for a million-message mailbox (7, 30,
 * 90 and 365 days) hold about 74 MB; all mailboxes together hold as much again when there are
 * several with the console's calendar.
 */
export const KEPT_PERIOD_BYTES = 192 * 2 ** 20;

/** A period's day rows of one or more mailboxes, in day order, and their facts decoded (summed). */
export interface PeriodRollups {
  rows: { day: number; facts: Buffer; coverage: string }[];
  decoded: DecodedRows;
}

type Days = { fromDay: number; toDay: number };

const caches = new WeakMap<Db, KeptPeriods<PeriodRollups>>();

function cacheOf(db: Db): KeptPeriods<PeriodRollups> {
  let cache = caches.get(db);
  if (!cache) {
    cache = keptPeriods(KEPT_PERIOD_BYTES);
    caches.set(db, cache);
  }
  return cache;
}

/** What the decoded periods of the store hold, and how often they served a read: for tests and the bench. */
export function keptPeriodStats(db: Db): ReturnType<KeptPeriods<PeriodRollups>['stats']> {
  return cacheOf(db).stats();
}

function decodedBytes(d: DecodedRows): number {
  const f = d.facts;
  return (
    f.first.byteLength + f.next.byteLength + f.last.byteLength + f.waiting.byteLength + d.starts.byteLength
  );
}

/** Versions first, then the period from the cache or else from `read`, kept with its size. */
function kept(
  db: Db,
  mailboxIds: readonly number[],
  prefix: string,
  days: Days,
  read: () => PeriodRollups,
): PeriodRollups {
  const versions = new Map(mailboxIds.map((id) => [id, findRollupState(db, id)?.version ?? 0]));
  const cacheKey = `${prefix}:${[...versions].join(';')}:${days.fromDay}:${days.toDay}`;
  const cache = cacheOf(db);
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const period = read();
  // Rows shared by several periods (a mailbox's and all mailboxes') count in each: the bound holds.
  const rowBytes = period.rows.reduce((n, r) => n + r.facts.byteLength + 2 * r.coverage.length, 0);
  cache.keep(cacheKey, period, decodedBytes(period.decoded) + rowBytes, versions);
  return period;
}

/** The rows of the local days [fromDay, toDay] of one mailbox (its rollups must be fresh for `key`). */
export function periodRollups(db: Db, mailboxId: number, key: string, days: Days): PeriodRollups {
  return kept(db, [mailboxId], key, days, () => {
    const rows = listRollups(db, mailboxId, key, days.fromDay, days.toDay);
    return { rows, decoded: decodeRows(rows.map((r) => r.facts)) };
  });
}

/** The rows of several mailboxes decoded as one: the cards and trend of all mailboxes together. */
export function combinedRollups(
  db: Db,
  mailboxIds: readonly number[],
  key: string,
  days: Days,
): PeriodRollups {
  if (mailboxIds.length === 1) return periodRollups(db, mailboxIds[0]!, key, days);
  return kept(db, mailboxIds, `all:${key}`, days, () =>
    combineRows(mailboxIds.map((id) => periodRollups(db, id, key, days))),
  );
}

/** Periods of several mailboxes as one, in day order (stable: each trend bucket's rows are consecutive). */
export function combineRows(periods: readonly PeriodRollups[]): PeriodRollups {
  const rows = periods.flatMap((p) => p.rows).sort((a, b) => a.day - b.day);
  return { rows, decoded: decodeRows(rows.map((r) => r.facts)) };
}

/** The facts of the local days [fromDay, toDay] from the rollups (which must be fresh for `key`). */
export function rollupFacts(
  db: Db,
  mailboxId: number,
  key: string,
  fromDay: number,
  toDay: number,
): AnyFacts {
  return periodRollups(db, mailboxId, key, { fromDay, toDay }).decoded.facts;
}

import { loadSettings } from '../settings/settings.usecases.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../store/store.js';
import { replyAgents } from './agents.models.js';
import { MARGIN, threadsOfMailbox } from './analytics.repository.js';
import {
  type BusinessCalendar,
  createCalendar,
  localDayFn,
  localWallFn,
  startOfLocalDay,
  type Weekday,
  zoneOffsetFn,
} from './calendar.models.js';
import type { CoverageRow } from './coverage.models.js';
import { coverageByQuarter } from './coverage.repository.js';
import {
  type AnyFacts,
  addSegment,
  type DecodedRows,
  decodeRows,
  emptyFacts,
  encodeFacts,
  type SegmentFacts,
} from './facts.models.js';
import { publicHolidayDates } from './holidays.models.js';
import { calendarKey, defaultCalendarDef, type MailboxCalendarDef } from './mailbox-calendar.models.js';
import {
  earliestThread,
  findMailboxCalendar,
  findRollupState,
  listRollups,
  newestIds,
  type RollupRow,
  type RollupState,
  replaceRollups,
  saveRollupState,
  storeExtent,
  touchedThreads,
} from './rollups.repository.js';
import { segmentThread } from './segments.models.js';

export const DEFAULT_IDLE_DAYS = 7;
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** A draft stored or scored after a refresh changes its thread without a new id: look back this far. */
const LOOKBACK = 2 * DAY;

export interface RollupDeps {
  db: Db;
  clock: Clock;
}

/** The mailbox's own calendar, else the console's Business hours with the default SLA. */
export function calendarOfMailbox(
  db: Db,
  mailboxId: number,
): { def: MailboxCalendarDef; source: 'mailbox' | 'default' } {
  const row = findMailboxCalendar(db, mailboxId);
  if (row)
    return {
      source: 'mailbox',
      def: {
        timeZone: row.timeZone,
        week: JSON.parse(row.week) as MailboxCalendarDef['week'],
        holidays: row.holidays,
        closures: JSON.parse(row.closures) as string[],
        slaBusinessHours: row.slaBusinessHours,
      },
    };
  return { source: 'default', def: defaultCalendar(db) };
}

/** The console's Business hours setting as a calendar, with the default SLA target. */
export function defaultCalendar(db: Db): MailboxCalendarDef {
  const bh = loadSettings({ db }).businessHours as {
    timeZone: string;
    days: Weekday[];
    start: string;
    end: string;
  };
  return defaultCalendarDef(bh);
}

/**
 * The calendar with its public holidays and closures for the years given. Kept for reuse: a
 * calendar caches each day's open intervals as instants (Intl lookups, ~0.1 ms a day), which a
 * report over a year with old unanswered mail would otherwise pay again every time.
 */
export function buildCalendar(def: MailboxCalendarDef, years: readonly number[]): BusinessCalendar {
  const key = JSON.stringify([def.timeZone, def.week, def.holidays, def.closures, years]);
  const hit = calendars.get(key);
  if (hit) return hit;
  const holidays = def.holidays ? publicHolidayDates(def.holidays, years) : [];
  const calendar = createCalendar({
    timeZone: def.timeZone,
    week: def.week,
    closedDates: [...new Set([...holidays, ...def.closures])].sort(),
  });
  if (calendars.size >= 32) calendars.delete(calendars.keys().next().value as string);
  calendars.set(key, calendar);
  return calendar;
}

const calendars = new Map<string, BusinessCalendar>();

export function yearsBetween(fromAt: number, toAt: number): number[] {
  const first = new Date(fromAt).getUTCFullYear();
  const last = new Date(toAt).getUTCFullYear() + 1;
  return Array.from({ length: Math.max(1, last - first + 1) }, (_, i) => first + i);
}

/** One local day of the rollups, as computed: its segments' facts and its inbound mail's coverage. */
export interface DayRollup {
  facts: SegmentFacts;
  coverage: CoverageRow[];
}

/**
 * Per local day in [fromDay, toDay]: the facts of the segments that start on it, the customer
 * mail that arrived on it by local hour, and what the drafting job did with its inbound mail.
 */
export function computeDays(
  db: Db,
  mailboxId: number,
  def: MailboxCalendarDef,
  range: { fromDay: number; toDay: number },
  now: number,
): Map<number, DayRollup> {
  const offsetAt = zoneOffsetFn(def.timeZone);
  const wall = localWallFn(def.timeZone);
  const from = startOfLocalDay(offsetAt, range.fromDay);
  const to = startOfLocalDay(offsetAt, range.toDay + 1);
  const calendar = buildCalendar(def, yearsBetween(from, Math.max(now, to)));
  const days = new Map<number, DayRollup>();
  const dayOf = (day: number) => {
    const d = days.get(day) ?? { facts: emptyFacts(), coverage: [] };
    days.set(day, d);
    return d;
  };
  const inRange = (day: number) => day >= range.fromDay && day <= range.toDay;
  for (const t of threadsOfMailbox(db, mailboxId, from, to)) {
    const segments = segmentThread(t.threadId, t.messages, DEFAULT_IDLE_DAYS);
    const agents = replyAgents(t.messages, segments);
    for (const s of segments) {
      const day = Math.floor(wall(s.startAt) / DAY);
      if (inRange(day)) addSegment(dayOf(day).facts, s, calendar, agents.get(s));
    }
    for (const m of t.messages) {
      if (m.direction !== 'inbound' || m.skipRule !== null) continue;
      const local = wall(m.at);
      const day = Math.floor(local / DAY);
      if (inRange(day)) dayOf(day).facts.arrivals[Math.floor((local - day * DAY) / HOUR)]!++;
    }
  }
  for (const { quarterAt, ...row } of coverageByQuarter(db, mailboxId, from, to)) {
    const day = Math.floor(wall(quarterAt) / DAY);
    if (inRange(day)) dayOf(day).coverage.push(row);
  }
  return days;
}

/** Day rows as stored. */
export function encodeDays(days: Map<number, DayRollup>, key: string): RollupRow[] {
  return [...days].map(([day, d]) => ({
    day,
    calendarKey: key,
    facts: encodeFacts(d.facts),
    coverage: JSON.stringify(d.coverage.map((c) => [c.skipRule, c.status, c.failureCode, c.n])),
  }));
}

/** Sorted local days → maximal runs of consecutive days. */
function runs(days: readonly number[]): { fromDay: number; toDay: number }[] {
  const out: { fromDay: number; toDay: number }[] = [];
  for (const d of days) {
    const last = out.at(-1);
    if (last && d === last.toDay + 1) last.toDay = d;
    else out.push({ fromDay: d, toDay: d });
  }
  return out;
}

export interface RefreshResult {
  mode: 'fresh' | 'incremental' | 'full';
  days: number;
  ms: number;
}

/** Whether the rows can be read as they are: same calendar, and nothing new since. */
export function rollupsFresh(db: Db, mailboxId: number, key: string): RollupState | null {
  const state = findRollupState(db, mailboxId);
  if (!state || state.calendarKey !== key) return null;
  const ids = newestIds(db, mailboxId, state.messageWatermark, state.draftWatermark);
  return ids.message === null && ids.draft === null ? state : null;
}

/** The mailbox's calendar and the key its rollups are built with. */
export function rollupCalendar(db: Db, mailboxId: number): { def: MailboxCalendarDef; key: string } {
  const { def } = calendarOfMailbox(db, mailboxId);
  return { def, key: calendarKey(def, DEFAULT_IDLE_DAYS) };
}

/**
 * Whether the next refresh must rebuild every day: no rows yet, another calendar, or messages
 * deleted since (the count does not add up).
 */
export function fullRebuildDue(db: Db, mailboxId: number): boolean {
  const state = findRollupState(db, mailboxId);
  if (!state || state.calendarKey !== rollupCalendar(db, mailboxId).key) return true;
  const { newMessages } = touchedThreads(db, mailboxId, {
    messageWatermark: state.messageWatermark,
    draftWatermark: state.draftWatermark,
    recentSince: state.refreshedAt,
  });
  return state.messageCount + newMessages !== storeExtent(db, mailboxId).messages;
}

/**
 * Brings a mailbox's daily rollups up to date. Incremental: only the local days of threads
 * touched since the last run (new messages or drafts, or recent activity) are recomputed. Full:
 * every day, with the current calendar; also when there are no rows yet, the calendar changed,
 * or messages were deleted (retention, erasure), which the message count reveals.
 */
export function refreshRollups(
  deps: RollupDeps,
  mailboxId: number,
  opts: { full?: boolean } = {},
): RefreshResult {
  const started = performance.now();
  const now = deps.clock.now();
  const { def, key } = rollupCalendar(deps.db, mailboxId);
  const state = findRollupState(deps.db, mailboxId);
  // Watermarks first: what arrives while this runs is picked up by the next run.
  const extent = storeExtent(deps.db, mailboxId);
  const firstAt = () => earliestThread(deps.db, mailboxId);
  const localDay = localDayFn(def.timeZone);
  let full = opts.full === true || !state || state.calendarKey !== key;
  let ranges: { fromDay: number; toDay: number }[] = [];
  if (!full && state) {
    const touched = touchedThreads(deps.db, mailboxId, {
      messageWatermark: state.messageWatermark,
      draftWatermark: state.draftWatermark,
      recentSince: state.refreshedAt - LOOKBACK,
    });
    if (state.messageCount + touched.newMessages !== extent.messages) full = true;
    else {
      const days = new Set<number>();
      for (const t of touched.threads)
        for (let d = localDay(t.firstAt - MARGIN); d <= localDay(t.lastAt + MARGIN); d++) days.add(d);
      ranges = runs([...days].sort((a, b) => a - b));
    }
  }
  const earliest = full ? firstAt() : null;
  if (full)
    ranges =
      earliest === null
        ? []
        : [{ fromDay: localDay(earliest - MARGIN), toDay: localDay(Math.max(now, earliest) + MARGIN) }];
  const computed = ranges.map((r) => ({ range: r, days: computeDays(deps.db, mailboxId, def, r, now) }));
  let written = 0;
  deps.db.transaction((tx) => {
    if (full) replaceRollups(tx, mailboxId, null, []);
    for (const { range, days } of computed) {
      replaceRollups(tx, mailboxId, full ? null : range, encodeDays(days, key));
      written += range.toDay - range.fromDay + 1;
    }
    saveRollupState(tx, {
      mailboxId,
      calendarKey: key,
      messageWatermark: extent.maxMessageId,
      draftWatermark: extent.maxDraftId,
      messageCount: extent.messages,
      refreshedAt: now,
      rebuiltAt: full ? now : (state?.rebuiltAt ?? now),
      version: (state?.version ?? 0) + 1,
    });
  });
  return {
    mode: full ? 'full' : ranges.length > 0 ? 'incremental' : 'fresh',
    days: written,
    ms: Math.round(performance.now() - started),
  };
}

/** A period's day rows of one mailbox, in day order, and their facts decoded (summed). */
export interface PeriodRollups {
  rows: { day: number; facts: Buffer; coverage: string }[];
  decoded: DecodedRows;
}

/**
 * The rows of the local days [fromDay, toDay] from the rollups (which must be fresh for `key`).
 * Decoded periods are kept per store by the rollups' version: the page and the report read the
 * same year one after the other, and again until the next refresh writes rows.
 */
export function periodRollups(
  db: Db,
  mailboxId: number,
  key: string,
  days: { fromDay: number; toDay: number },
): PeriodRollups {
  const version = findRollupState(db, mailboxId)?.version ?? 0;
  const cacheKey = `${mailboxId}:${key}:${version}:${days.fromDay}:${days.toDay}`;
  const cache = periodCache.get(db) ?? new Map<string, PeriodRollups>();
  periodCache.set(db, cache);
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const rows = listRollups(db, mailboxId, key, days.fromDay, days.toDay);
  const period = { rows, decoded: decodeRows(rows.map((r) => r.facts)) };
  // A year of a million-message mailbox decodes to some 20 MB: keep a few periods only.
  if (cache.size >= 4) cache.delete(cache.keys().next().value as string);
  cache.set(cacheKey, period);
  return period;
}

const periodCache = new WeakMap<Db, Map<string, PeriodRollups>>();

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

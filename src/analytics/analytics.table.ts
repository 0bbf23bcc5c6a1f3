import { blob, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { mailboxes } from '../mailboxes/mailboxes.table.js';

/**
 * A mailbox's own business calendar and SLA target. A mailbox without a row uses the console's
 * Business hours setting and the default SLA. Only the definition is stored (zone, weekly
 * intervals, holiday region code, closures); holiday dates are derived offline when needed.
 */
export const mailboxCalendars = sqliteTable('mailbox_calendars', {
  mailboxId: integer('mailbox_id')
    .primaryKey()
    .references(() => mailboxes.id, { onDelete: 'cascade' }),
  timeZone: text('time_zone').notNull(),
  /** JSON: weekday → [{start, end}] in local wall time (`end <= start` is a night shift). */
  week: text('week').notNull(),
  /** Public holidays by country or country-region code (`DE-BY`), or none. */
  holidays: text('holidays'),
  /** JSON array of extra closed local dates `YYYY-MM-DD`. */
  closures: text('closures').notNull().default('[]'),
  slaBusinessHours: real('sla_business_hours').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** The columns of a day row, shared by the rollups read and those a chunked rebuild stages. */
const rollupColumns = () => ({
  mailboxId: integer('mailbox_id')
    .notNull()
    .references(() => mailboxes.id, { onDelete: 'cascade' }),
  /** Local day number (days since 1970-01-01 in the calendar's zone). */
  day: integer('day').notNull(),
  calendarKey: text('calendar_key').notNull(),
  facts: blob('facts', { mode: 'buffer' }).notNull(),
  /** JSON `[[skipRule, draftStatus, failureCode, n], …]`: the day's inbound mail for draft coverage. */
  coverage: text('coverage').notNull().default('[]'),
});

/**
 * Precomputed facts of the segments that started on one local day (in the mailbox calendar's
 * zone), so a report reads a year as 365 rows instead of re-deriving a million messages. `facts`
 * holds every segment's durations exactly (facts.models.ts) and the day's arrivals by hour;
 * `coverage` what the drafting job did with the day's inbound mail; `calendarKey` names the
 * calendar and segment rule they were computed with, so a changed calendar never mixes with old rows.
 */
export const analyticsRollups = sqliteTable('analytics_rollups', rollupColumns(), (t) => [
  primaryKey({ columns: [t.mailboxId, t.day] }),
]);

/**
 * Rows of a full rebuild in progress, written a range of days at a time, and moved into
 * `analytics_rollups` in one transaction when the last day is done: until then readers see the
 * previous complete rollups, never half of a rebuild.
 */
export const analyticsRollupsStaged = sqliteTable('analytics_rollups_staged', rollupColumns(), (t) => [
  primaryKey({ columns: [t.mailboxId, t.day] }),
]);

/**
 * A full rebuild in progress: the calendar it builds for, its days, the next day to compute, and
 * the store as it was when it began (the watermarks the rollups get once it completes). A rebuild
 * interrupted by a restart resumes at `nextDay` when the calendar is still the same.
 */
export const analyticsRollupRebuilds = sqliteTable('analytics_rollup_rebuilds', {
  mailboxId: integer('mailbox_id')
    .primaryKey()
    .references(() => mailboxes.id, { onDelete: 'cascade' }),
  calendarKey: text('calendar_key').notNull(),
  fromDay: integer('from_day').notNull(),
  toDay: integer('to_day').notNull(),
  nextDay: integer('next_day').notNull(),
  messageWatermark: integer('message_watermark').notNull(),
  draftWatermark: integer('draft_watermark').notNull(),
  messageCount: integer('message_count').notNull(),
  startedAt: integer('started_at').notNull(),
});

/**
 * Where a mailbox's rollups stand: the calendar they were built with and what of the store they
 * have seen (the highest message and draft ids, and the message count, which reveals deletions).
 */
export const analyticsRollupState = sqliteTable('analytics_rollup_state', {
  mailboxId: integer('mailbox_id')
    .primaryKey()
    .references(() => mailboxes.id, { onDelete: 'cascade' }),
  calendarKey: text('calendar_key').notNull(),
  messageWatermark: integer('message_watermark').notNull(),
  draftWatermark: integer('draft_watermark').notNull(),
  messageCount: integer('message_count').notNull(),
  refreshedAt: integer('refreshed_at').notNull(),
  rebuiltAt: integer('rebuilt_at').notNull(),
  /** One more at every write of the rows: what a reader's cache of decoded rows is keyed by. */
  version: integer('version').notNull().default(0),
});

/**
 * Drafting switched off by the appliance itself because the last drafts went unused, until an
 * operator resumes it. `resumedAt` keeps the last resume, so only drafts made after it count for
 * the next decision (otherwise the same unused drafts would pause the mailbox again at once).
 */
export const draftingAutoPauses = sqliteTable('drafting_auto_pauses', {
  mailboxId: integer('mailbox_id')
    .primaryKey()
    .references(() => mailboxes.id, { onDelete: 'cascade' }),
  pausedAt: integer('paused_at'),
  /** How many of the last drafts were looked at, and how many of them were unused. */
  considered: integer('considered').notNull().default(0),
  unused: integer('unused').notNull().default(0),
  resumedAt: integer('resumed_at'),
});

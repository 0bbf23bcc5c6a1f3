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

/**
 * Precomputed facts of the segments that started on one local day (in the mailbox calendar's
 * zone), so a report reads a year as 365 rows instead of re-deriving a million messages. `facts`
 * holds every segment's durations exactly (rollup.models.ts); `calendarKey` names the calendar and
 * segment rule they were computed with, so a changed calendar never mixes with old rows.
 */
export const analyticsRollups = sqliteTable(
  'analytics_rollups',
  {
    mailboxId: integer('mailbox_id')
      .notNull()
      .references(() => mailboxes.id, { onDelete: 'cascade' }),
    /** Local day number (days since 1970-01-01 in the calendar's zone). */
    day: integer('day').notNull(),
    calendarKey: text('calendar_key').notNull(),
    facts: blob('facts', { mode: 'buffer' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.mailboxId, t.day] })],
);

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

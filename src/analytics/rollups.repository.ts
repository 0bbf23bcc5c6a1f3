import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../store/store.js';
import {
  analyticsRollupRebuilds,
  analyticsRollupState,
  analyticsRollups,
  analyticsRollupsStaged,
  mailboxCalendars,
} from './analytics.table.js';

export type MailboxCalendarRow = typeof mailboxCalendars.$inferSelect;
export type RollupState = typeof analyticsRollupState.$inferSelect;
/** A day row as written (the mailbox is given apart). */
export type RollupRow = Omit<typeof analyticsRollups.$inferInsert, 'mailboxId'> & { coverage: string };

export function findMailboxCalendar(db: Tx, mailboxId: number): MailboxCalendarRow | undefined {
  return db.select().from(mailboxCalendars).where(eq(mailboxCalendars.mailboxId, mailboxId)).get();
}

export function upsertMailboxCalendar(tx: Tx, row: MailboxCalendarRow): void {
  const { mailboxId: _key, ...set } = row;
  tx.insert(mailboxCalendars)
    .values(row)
    .onConflictDoUpdate({ target: mailboxCalendars.mailboxId, set })
    .run();
}

export function deleteMailboxCalendar(tx: Tx, mailboxId: number): void {
  tx.delete(mailboxCalendars).where(eq(mailboxCalendars.mailboxId, mailboxId)).run();
}

export function findRollupState(db: Tx, mailboxId: number): RollupState | undefined {
  return db.select().from(analyticsRollupState).where(eq(analyticsRollupState.mailboxId, mailboxId)).get();
}

export function saveRollupState(tx: Tx, row: RollupState): void {
  const { mailboxId: _key, ...set } = row;
  tx.insert(analyticsRollupState)
    .values(row)
    .onConflictDoUpdate({ target: analyticsRollupState.mailboxId, set })
    .run();
}

/** The day rows of [fromDay, toDay] built with `calendarKey`, in day order. */
export function listRollups(
  db: Tx,
  mailboxId: number,
  calendarKey: string,
  fromDay: number,
  toDay: number,
): { day: number; facts: Buffer; coverage: string }[] {
  return db
    .select({ day: analyticsRollups.day, facts: analyticsRollups.facts, coverage: analyticsRollups.coverage })
    .from(analyticsRollups)
    .where(
      and(
        eq(analyticsRollups.mailboxId, mailboxId),
        gte(analyticsRollups.day, fromDay),
        lte(analyticsRollups.day, toDay),
        eq(analyticsRollups.calendarKey, calendarKey),
      ),
    )
    .orderBy(analyticsRollups.day)
    .all();
}

/** Replaces the rows of the days in [fromDay, toDay] (all days when null) by `rows`. */
export function replaceRollups(
  tx: Tx,
  mailboxId: number,
  range: { fromDay: number; toDay: number } | null,
  rows: readonly RollupRow[],
): void {
  tx.delete(analyticsRollups)
    .where(
      range
        ? and(
            eq(analyticsRollups.mailboxId, mailboxId),
            gte(analyticsRollups.day, range.fromDay),
            lte(analyticsRollups.day, range.toDay),
          )
        : eq(analyticsRollups.mailboxId, mailboxId),
    )
    .run();
  for (const r of rows)
    tx.insert(analyticsRollups)
      .values({ mailboxId, ...r })
      .run();
}

/**
 * What changed in a mailbox's store since the watermarks: the highest new message and draft ids
 * (rowid ranges, cheap), or nulls when nothing is new. NOT INDEXED keeps SQLite off the
 * mailbox indexes, which it would otherwise pick and walk every row of the mailbox with (90 ms at
 * 200,000 messages, on every report) instead of the few rows above the watermark.
 */
export function newestIds(
  db: Db,
  mailboxId: number,
  messageWatermark: number,
  draftWatermark: number,
): { message: number | null; draft: number | null } {
  const s = db.$client;
  const m = s
    .prepare('SELECT max(id) AS id FROM messages NOT INDEXED WHERE id > ? AND mailbox_id = ?')
    .get(messageWatermark, mailboxId) as { id: number | null };
  const d = s
    .prepare('SELECT max(id) AS id FROM drafts NOT INDEXED WHERE id > ? AND mailbox_id = ?')
    .get(draftWatermark, mailboxId) as { id: number | null };
  return { message: m.id, draft: d.id };
}

/** The mailbox's message count and highest ids. */
export function storeExtent(
  db: Db,
  mailboxId: number,
): { messages: number; maxMessageId: number; maxDraftId: number } {
  const s = db.$client;
  const m = s
    .prepare('SELECT count(*) AS n, coalesce(max(id), 0) AS maxId FROM messages WHERE mailbox_id = ?')
    .get(mailboxId) as { n: number; maxId: number };
  const d = s
    .prepare('SELECT coalesce(max(id), 0) AS maxId FROM drafts WHERE mailbox_id = ?')
    .get(mailboxId) as { maxId: number };
  return { messages: m.n, maxMessageId: m.maxId, maxDraftId: d.maxId };
}

/** When the mailbox's first thread began (a full rebuild starts there); reads every thread. */
export function earliestThread(db: Db, mailboxId: number): number | null {
  const t = db.$client
    .prepare('SELECT min(first_at) AS firstAt FROM threads WHERE mailbox_id = ?')
    .get(mailboxId) as {
    firstAt: number | null;
  };
  return t.firstAt;
}

/**
 * Threads whose segments may have changed since a refresh: those with messages or drafts newer
 * than the watermarks, those active since `recentSince` (a draft stored or scored after the last
 * refresh changes its thread without a new id), with their first and last activity. Also the
 * number of new messages, which tells a deletion apart (the count would not add up). The rows
 * above a watermark are read by rowid range (NOT INDEXED, as in `newestIds`; with an index
 * SQLite walked all of the mailbox's messages in thread order to merge the union).
 */
export function touchedThreads(
  db: Db,
  mailboxId: number,
  since: { messageWatermark: number; draftWatermark: number; recentSince: number },
): { threads: { firstAt: number; lastAt: number }[]; newMessages: number } {
  const s = db.$client;
  const { n } = s
    .prepare('SELECT count(*) AS n FROM messages NOT INDEXED WHERE id > ? AND mailbox_id = ?')
    .get(since.messageWatermark, mailboxId) as { n: number };
  const threads = s
    .prepare(
      `SELECT first_at AS firstAt, last_at AS lastAt FROM threads WHERE id IN (
         SELECT thread_id FROM messages NOT INDEXED WHERE id > @mw AND mailbox_id = @mb
         UNION SELECT m.thread_id FROM drafts d NOT INDEXED JOIN messages m ON m.id = d.message_row_id
           WHERE d.id > @dw AND d.mailbox_id = @mb
         UNION SELECT m.thread_id FROM drafts d JOIN messages m ON m.id = d.message_row_id
           WHERE d.mailbox_id = @mb AND d.created_at >= @recent
         UNION SELECT id FROM threads WHERE mailbox_id = @mb AND last_at >= @recent)`,
    )
    .all({
      mw: since.messageWatermark,
      dw: since.draftWatermark,
      mb: mailboxId,
      recent: since.recentSince,
    }) as { firstAt: number; lastAt: number }[];
  return { threads, newMessages: n };
}

export type RebuildRow = typeof analyticsRollupRebuilds.$inferSelect;

export function findRebuild(db: Tx, mailboxId: number): RebuildRow | undefined {
  return db
    .select()
    .from(analyticsRollupRebuilds)
    .where(eq(analyticsRollupRebuilds.mailboxId, mailboxId))
    .get();
}

/** Starts a rebuild afresh: its progress row, and no staged rows of an earlier one. */
export function startRebuildRow(tx: Tx, row: RebuildRow): void {
  tx.delete(analyticsRollupsStaged).where(eq(analyticsRollupsStaged.mailboxId, row.mailboxId)).run();
  const { mailboxId: _key, ...set } = row;
  tx.insert(analyticsRollupRebuilds)
    .values(row)
    .onConflictDoUpdate({ target: analyticsRollupRebuilds.mailboxId, set })
    .run();
}

/** One chunk of a rebuild: its rows staged and the next day to compute, together. */
export function stageRollups(tx: Tx, mailboxId: number, rows: readonly RollupRow[], nextDay: number): void {
  for (const r of rows)
    tx.insert(analyticsRollupsStaged)
      .values({ mailboxId, ...r })
      .run();
  tx.update(analyticsRollupRebuilds)
    .set({ nextDay })
    .where(eq(analyticsRollupRebuilds.mailboxId, mailboxId))
    .run();
}

/** The staged rows replace the mailbox's rollups; the rebuild is over. */
export function swapStagedRollups(tx: Tx, mailboxId: number): void {
  tx.delete(analyticsRollups).where(eq(analyticsRollups.mailboxId, mailboxId)).run();
  tx.run(sql`INSERT INTO analytics_rollups (mailbox_id, day, calendar_key, facts, coverage)
    SELECT mailbox_id, day, calendar_key, facts, coverage FROM analytics_rollups_staged WHERE mailbox_id = ${mailboxId}`);
  tx.delete(analyticsRollupsStaged).where(eq(analyticsRollupsStaged.mailboxId, mailboxId)).run();
  tx.delete(analyticsRollupRebuilds).where(eq(analyticsRollupRebuilds.mailboxId, mailboxId)).run();
}

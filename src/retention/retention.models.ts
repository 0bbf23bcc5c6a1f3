import { z } from 'zod';
import type { SettingSource } from '../settings/settings.models.js';

const DAY = 86_400_000;

/**
 * Every retention category, the one place its period, bounds and meaning are set. The console
 * form, the preview, the nightly purge, the CLI and the README table all read this list.
 * `analytics` has no table yet: its period is kept so the analytics rows obey it from the day
 * they land (the purge lists it with nothing to delete until then).
 */
export const retentionCategories = [
  {
    key: 'messages',
    label: 'Message metadata',
    what: 'Rows of seen mail (hashed ids, pseudonyms, times) and conversation threads left without messages.',
    defaultDays: 730,
    minDays: 30,
  },
  {
    key: 'conversations',
    label: 'Anonymized conversations',
    what: 'Learned conversations (both anonymized texts) with their embeddings, full-text rows and review state.',
    defaultDays: 730,
    minDays: 30,
  },
  {
    key: 'draftRecords',
    label: 'Draft records',
    what: 'Bookkeeping of drafts written to Drafts folders (never their text); the drafts in the mailboxes stay.',
    defaultDays: 180,
    minDays: 7,
  },
  {
    key: 'quarantine',
    label: 'Quarantine entries',
    what: 'References and reasons of mail that could not be ingested.',
    defaultDays: 90,
    minDays: 7,
  },
  {
    key: 'analytics',
    label: 'Analytics detail',
    what: 'Per-message reply-time rows, once analytics stores them; aggregates are not personal.',
    defaultDays: 365,
    minDays: 30,
  },
  {
    key: 'audit',
    label: 'Audit log',
    what: 'Audit rows; the chain keeps verifying from an anchor (the last removed row).',
    defaultDays: 365,
    minDays: 90,
  },
  {
    key: 'sessions',
    label: 'Console sessions',
    what: 'Ended console sessions, counted from their last use.',
    defaultDays: 7,
    minDays: 1,
  },
  {
    key: 'signinAttempts',
    label: 'Sign-in attempts',
    what: 'Keyed hashes of accounts and client addresses with the outcome, for throttling and the failures list.',
    defaultDays: 30,
    minDays: 1,
  },
  {
    key: 'finishedJobs',
    label: 'Finished jobs',
    what: 'Done and dead jobs of the queue (references only).',
    defaultDays: 30,
    minDays: 7,
  },
] as const;

export type RetentionCategory = (typeof retentionCategories)[number]['key'];
export const MAX_RETENTION_DAYS = 36_500;

/** The settings-table key holding the console's values (the Settings page's former section). */
export const RETENTION_SETTING = 'retention';

/** Where a period comes from, as for every console setting (see settings.models.ts). */
export type RetentionSource = SettingSource;

export interface RetentionPeriod {
  category: RetentionCategory;
  days: number;
  source: RetentionSource;
}

const daysField = (label: string, min: number) =>
  z.coerce
    .number({ error: `${label}: enter a whole number of days.` })
    .int(`${label}: enter a whole number of days.`)
    .min(min, `${label}: at least ${min} days.`)
    .max(MAX_RETENTION_DAYS, `${label}: at most ${MAX_RETENTION_DAYS} days.`);

const formSchema = z.object(
  Object.fromEntries(retentionCategories.map((c) => [c.key, daysField(c.label, c.minDays)])) as Record<
    RetentionCategory,
    ReturnType<typeof daysField>
  >,
);

/** What the Settings page stored before this page existed; read so a saved value is not lost. */
const legacyNames: Partial<Record<RetentionCategory, string>> = {
  conversations: 'conversationDays',
  draftRecords: 'draftRecordDays',
  analytics: 'analyticsDays',
};

export type RetentionValues = Record<RetentionCategory, number>;

export type RetentionParse =
  | { ok: true; value: RetentionValues }
  | { ok: false; errors: Record<string, string> };

/** The form's fields as typed, into days per category, or one message per bad field. */
export function parseRetentionForm(form: Record<string, string | string[] | undefined>): RetentionParse {
  const raw = Object.fromEntries(
    retentionCategories.map((c) => {
      const v = form[c.key];
      return [c.key, String((Array.isArray(v) ? v[0] : v) ?? '').trim()];
    }),
  );
  // An empty field would coerce to 0 and read "at least N days": say what is missing instead.
  const errors: Record<string, string> = {};
  for (const c of retentionCategories)
    if (raw[c.key] === '') errors[c.key] = `${c.label}: enter a number of days.`;
  const parsed = formSchema.safeParse(raw);
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, value: parsed.data };
  for (const issue of parsed.success ? [] : parsed.error.issues)
    errors[String(issue.path[0])] ??= issue.message;
  return { ok: false, errors };
}

/**
 * The period of each category and where it came from. The console's stored value wins; the
 * environment only gives the initial value (VEILDRAFT_AUDIT_RETENTION_DAYS for the audit log);
 * otherwise the default. A stored value outside the bounds (hand-edited) is ignored.
 */
export function resolvePeriods(stored: unknown, env: { auditDays?: number }): RetentionPeriod[] {
  const saved = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return retentionCategories.map((c) => {
    const value = saved[c.key] ?? (legacyNames[c.key] ? saved[legacyNames[c.key]!] : undefined);
    const ok = daysField(c.label, c.minDays).safeParse(value);
    if (value !== undefined && ok.success) return { category: c.key, days: ok.data, source: 'console' };
    if (c.key === 'audit' && env.auditDays !== undefined)
      return { category: c.key, days: Math.max(c.minDays, env.auditDays), source: 'environment' };
    return { category: c.key, days: c.defaultDays, source: 'default' };
  });
}

export interface Cutoff {
  category: RetentionCategory;
  days: number;
  /** Rows at or before this instant go. */
  before: number;
  /** Why rows younger than `days` are kept longer (a floor of another part of the appliance). */
  heldBy?: 'sync_backfill';
}

/**
 * The instant before which each category's rows go. Message metadata is kept at least as far
 * back as a resync reads (VEILDRAFT_SYNC_BACKFILL_MONTHS): a message whose row was purged but
 * that a resync (new UIDVALIDITY, renamed folder) fetches again would get a new row id, so a new
 * draft key, and a second draft. Older mail is never fetched again, so its row may go.
 */
export function cutoffs(periods: readonly RetentionPeriod[], now: number, backfillSince: number): Cutoff[] {
  return periods.map((p) => {
    const before = now - p.days * DAY;
    if (p.category === 'messages' && backfillSince < before)
      return { category: p.category, days: p.days, before: backfillSince, heldBy: 'sync_backfill' };
    return { category: p.category, days: p.days, before };
  });
}

export function categoryLabel(key: RetentionCategory): string {
  return retentionCategories.find((c) => c.key === key)!.label;
}

import {
  acceptanceBuckets,
  bucketLabels,
  type Cell,
  type Distribution,
  type MailboxFigures,
} from './aggregate.models.js';

/**
 * The page's aggregates as CSV, one row per mailbox. Suppressed cells read "too few to show"
 * (never 0 or empty). Every cell is quoted; a cell that a spreadsheet would read as a formula
 * (starting with =, +, -, @, a tab or a carriage return: OWASP's CSV-injection list) gets a
 * leading apostrophe, so a mailbox named `=HYPERLINK(…)` stays text.
 */

const TOO_FEW = 'too few to show';

export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replaceAll('"', '""')}"`;
}

function dist(c: Cell<Distribution>): (string | number)[] {
  return 'suppressed' in c
    ? [c.n, TOO_FEW, TOO_FEW, TOO_FEW]
    : [c.n, c.medianSeconds, c.p90Seconds, c.meanSeconds];
}

const distColumns = (prefix: string) => ['n', 'median_s', 'p90_s', 'mean_s'].map((c) => `${prefix}_${c}`);

export const csvHeader = [
  'mailbox',
  'from',
  'to',
  'time_zone',
  'sla_target_business_hours',
  'segments',
  ...distColumns('first_reply_elapsed'),
  ...distColumns('first_reply_business'),
  ...bucketLabels.map((b) => `first_reply_business_${b}`),
  'sla_evaluated',
  'sla_met',
  'sla_percent_met',
  'unanswered_now',
  'unanswered_past_sla',
  'replied_off_hours_percent',
  ...distColumns('with_draft_business'),
  ...distColumns('without_draft_business'),
  'drafts',
  ...acceptanceBuckets.map((b) => `drafts_${b}`),
];

export function figuresRow(
  mailbox: string,
  period: { from: string; to: string; timeZone: string },
  slaHours: number,
  f: MailboxFigures,
): (string | number)[] {
  const b = f.firstReply.business;
  const hist = 'suppressed' in b ? bucketLabels.map(() => TOO_FEW) : bucketLabels.map((l) => b.histogram[l]);
  const sla = 'suppressed' in f.sla ? [f.sla.n, TOO_FEW, TOO_FEW] : [f.sla.n, f.sla.met, f.sla.percentMet];
  const open =
    'suppressed' in f.unansweredNow ? [TOO_FEW, TOO_FEW] : [f.unansweredNow.n, f.unansweredNow.breachedSla];
  const acc = f.draftValue.acceptance;
  return [
    mailbox,
    period.from,
    period.to,
    period.timeZone,
    slaHours,
    'suppressed' in f.segments ? TOO_FEW : f.segments.n,
    ...dist(f.firstReply.elapsed),
    ...dist(b),
    ...hist,
    ...sla,
    ...open,
    'suppressed' in f.repliedOffHours ? TOO_FEW : f.repliedOffHours.percent,
    ...dist(f.draftValue.withDraft.business),
    ...dist(f.draftValue.withoutDraft.business),
    acc.n,
    ...acceptanceBuckets.map((k) => ('suppressed' in acc ? TOO_FEW : acc[k])),
  ];
}

export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows
    .map((r) => r.map(csvCell).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** `veildraft-analytics-<scope>-<from>-<to>.csv`, the scope reduced to letters, digits and dashes. */
export function csvFilename(scope: string, from: string, to: string): string {
  const safe =
    scope
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'mailbox';
  return `veildraft-analytics-${safe}-${from}-${to}.csv`;
}

import type { Cell, Distribution, Durations } from '../analytics/aggregate.models.js';
import { type AnalyticsReport, analyticsReport } from '../analytics/analytics.usecases.js';
import { systemClock } from '../shared/clock.js';
import { openAppliance } from '../start.js';
import type { CliIo } from './cli-action.js';

interface Options {
  json?: boolean;
  mailbox?: string;
  from?: string;
  to?: string;
  slaHours?: string;
  idleDays?: string;
  holidays?: string;
  closed?: string;
}

/** `veildraft analytics`: the figures of the period, as JSON or as a table. */
export function analyticsCommand(io: CliIo, opts: Options): number {
  const { store } = openAppliance(io.config(), systemClock);
  try {
    const report = analyticsReport(
      { db: store.db, clock: systemClock },
      {
        mailbox: opts.mailbox,
        from: opts.from,
        to: opts.to,
        slaBusinessHours: opts.slaHours === undefined ? undefined : Number(opts.slaHours),
        idleDays: opts.idleDays === undefined ? undefined : Number(opts.idleDays),
        holidays: opts.holidays,
        closures: opts.closed
          ?.split(',')
          .map((d) => d.trim())
          .filter(Boolean),
      },
    );
    io.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : table(report));
    return 0;
  } finally {
    store.close();
  }
}

const TOO_FEW = 'too few to show';

function hours(seconds: number): string {
  return seconds < 3600 ? `${Math.round(seconds / 60)} min` : `${(seconds / 3600).toFixed(1)} h`;
}

function dist(c: Cell<Distribution>): string {
  if ('suppressed' in c) return TOO_FEW;
  return `median ${hours(c.medianSeconds)}, P90 ${hours(c.p90Seconds)} (n=${c.n}; mean ${hours(c.meanSeconds)})`;
}

function durationLines(label: string, d: Durations): string[] {
  return [`  ${label} (elapsed)\t${dist(d.elapsed)}`, `  ${label} (business)\t${dist(d.business)}`];
}

function table(r: AnalyticsReport): string {
  const out = [
    `Period ${r.period.from} to ${r.period.to} (${r.period.timeZone}); SLA: first reply within ${r.slaBusinessHours} business hours; new segment after ${r.segmentIdleDays} idle days.`,
  ];
  for (const m of r.mailboxes) {
    const sla =
      'suppressed' in m.sla
        ? TOO_FEW
        : `${m.sla.percentMet}% met (${m.sla.met} of ${m.sla.n}); target ${m.slaBusinessHours} business hours; breached now ${m.sla.breachedNow}, due today ${m.sla.dueToday}`;
    const open =
      'suppressed' in m.unansweredNow
        ? TOO_FEW
        : `${m.unansweredNow.n} (${m.unansweredNow.breachedSla} past the SLA)`;
    out.push(
      '',
      m.mailbox,
      `  segments\t${'suppressed' in m.segments ? TOO_FEW : m.segments.n}`,
      ...durationLines('first reply', m.firstReply),
      `  SLA\t${sla}`,
      `  unanswered now\t${open}`,
      ...durationLines('first reply with a draft', m.draftValue.withDraft),
      ...durationLines('first reply without a draft', m.draftValue.withoutDraft),
    );
  }
  return `${out.join('\n')}\n`;
}

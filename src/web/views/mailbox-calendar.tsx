import {
  type CalendarForm,
  formatIntervals,
  formWeekdays,
  type MailboxCalendarDef,
} from '../../analytics/mailbox-calendar.models.js';
import { Csrf, Field, TextArea } from './components.js';

export interface CalendarSectionProps {
  def: MailboxCalendarDef;
  source: 'mailbox' | 'default';
  /** The form as typed, with a message per field, after a refused save. */
  values?: CalendarForm;
  errors?: Record<string, string>;
}

const dayLabels: Record<(typeof formWeekdays)[number], string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** The form's values of a saved calendar. */
export function calendarFormValues(def: MailboxCalendarDef): CalendarForm {
  return {
    timeZone: def.timeZone,
    holidays: def.holidays ?? '',
    closures: def.closures.join('\n'),
    sla: String(def.slaBusinessHours),
    ...Object.fromEntries(formWeekdays.map((d) => [d, formatIntervals(def.week[d])])),
  };
}

/** Business calendar and SLA target of one mailbox (analytics: business time, SLA %, due today). */
export function CalendarSection(props: CalendarSectionProps & { mailboxId: number; csrf: string }) {
  const v = props.values ?? calendarFormValues(props.def);
  const e = props.errors ?? {};
  const base = `/mailboxes/${props.mailboxId}/calendar`;
  return (
    <section aria-labelledby="h-calendar" class="card">
      <h2 id="h-calendar">Business calendar and SLA</h2>
      <p class="hint">
        {props.source === 'mailbox'
          ? "This mailbox's own calendar."
          : 'Uses the Business hours setting until saved here.'}{' '}
        Business time and the SLA in Analytics count only open hours; history is recomputed when this changes.
      </p>
      <form method="post" action={base} class="stack">
        <Csrf token={props.csrf} />
        <Field
          name="timeZone"
          label="Time zone"
          value={v.timeZone}
          error={e.timeZone}
          hint="IANA, e.g. Europe/Berlin."
        />
        {formWeekdays.map((d) => (
          <Field
            name={d}
            label={dayLabels[d]}
            value={v[d] ?? ''}
            error={e[d]}
            hint={
              d === 'mon'
                ? 'Open hours like 08:00-12:00, 13:00-17:00; 22:00-06:00 runs past midnight; empty = closed.'
                : undefined
            }
          />
        ))}
        <Field
          name="holidays"
          label="Public holidays"
          value={v.holidays ?? ''}
          error={e.holidays}
          hint="Country or country-region code (DE, DE-BY, AT, CH-ZH); empty = none. Computed offline."
        />
        <TextArea
          name="closures"
          label="Closed days"
          value={v.closures ?? ''}
          error={e.closures}
          hint="One date YYYY-MM-DD a line (company holidays)."
        />
        <Field
          name="sla"
          label="SLA: first reply within (business hours)"
          value={v.sla ?? ''}
          error={e.sla}
          inputmode="numeric"
        />
        <button type="submit">Save calendar and SLA</button>
      </form>
      <div class="actions">
        <form method="post" action={`${base}/recompute`}>
          <Csrf token={props.csrf} />
          <button type="submit" class="secondary">
            Recompute analytics with the current calendar
          </button>
        </form>
        {props.source === 'mailbox' && (
          <form method="post" action={`${base}/reset`}>
            <Csrf token={props.csrf} />
            <button type="submit" class="secondary">
              Use the Business hours setting
            </button>
          </form>
        )}
      </div>
    </section>
  );
}

import type { AnalyticsPage } from '../../analytics/analytics-page.usecases.js';
import { periodChoices } from '../../analytics/period.models.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { HeatmapChart, HistogramChart, TrendChart } from './analytics-charts.js';
import {
  AgentTable,
  BacklogSection,
  DraftValue,
  FigureCards,
  MailboxTable,
  TrendTable,
} from './analytics-sections.js';
import { ErrorSummary, Field, Notice } from './components.js';
import { NoMailboxes } from './empty-states.js';
import { Layout } from './layout.js';
import { Time } from './time.js';

export interface AnalyticsForm {
  mailbox: number | null;
  period: string;
  from: string;
  to: string;
}

/** The query string of the current choice, for the CSV link. */
export function analyticsQuery(f: AnalyticsForm): string {
  const q = new URLSearchParams();
  if (f.mailbox !== null) q.set('mailbox', String(f.mailbox));
  q.set('period', f.period);
  if (f.period === 'custom') {
    q.set('from', f.from);
    q.set('to', f.to);
  }
  return q.toString();
}

function Filters(props: {
  form: AnalyticsForm;
  options: { id: number; name: string }[];
  errors: Record<string, string>;
}) {
  const { form, errors } = props;
  return (
    <form method="get" action="/analytics" class="filters" aria-label="Choose mailbox and period">
      <div class="field">
        <label for="f-mailbox">Mailbox</label>
        <select id="f-mailbox" name="mailbox">
          <option value="" selected={form.mailbox === null}>
            All mailboxes you may see
          </option>
          {props.options.map((m) => (
            <option value={String(m.id)} selected={m.id === form.mailbox}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div class={errors.period ? 'field invalid' : 'field'}>
        <label for="f-period">Period</label>
        {errors.period && (
          <p class="error" id="f-period-error">
            {errors.period}
          </p>
        )}
        <select id="f-period" name="period" aria-describedby={errors.period ? 'f-period-error' : undefined}>
          {periodChoices.map((c) => (
            <option value={c.value} selected={c.value === form.period}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <Field
        name="from"
        label="From"
        type="date"
        value={form.from}
        error={errors.from}
        hint="Custom period: first day"
      />
      <Field name="to" label="To" type="date" value={form.to} error={errors.to} hint="Last day, included" />
      <button type="submit">Show</button>
    </form>
  );
}

/** Shown on every page of per-agent figures: the mode is on, by whose decision, and that views are logged. */
function PerAgentBanner() {
  return (
    <Notice tone="warn">
      <p>
        <strong>Per-agent mode is on.</strong> This appliance was started with
        VEILDRAFT_ANALYTICS_PER_AGENT=on, so this page shows figures per agent. Your viewing is recorded in
        the audit log. It can be switched off only in the appliance's configuration, not here.
      </p>
    </Notice>
  );
}

export function AnalyticsPageView(props: {
  csrf: string;
  active: ActiveSession;
  form: AnalyticsForm;
  options: { id: number; name: string }[];
  errors: Record<string, string>;
  page: AnalyticsPage | null;
  perAgent: boolean;
}) {
  const { page, form } = props;
  const scope = page?.mailbox?.name ?? 'All mailboxes you may see';
  return (
    <Layout title="Analytics" active={props.active} csrf={props.csrf} path="/analytics">
      <p class="lead">
        Response times from stored metadata only (dates, direction, threads, pseudonyms): median and P90
        first, with n; a figure from fewer than 10 segments reads "too few to show".{' '}
        <a href="/analytics/what-is-measured">What is measured</a>
      </p>
      {props.perAgent && <PerAgentBanner />}
      <ErrorSummary errors={props.errors} />
      {props.options.length === 0 ? (
        <NoMailboxes role={props.active.user.role} />
      ) : (
        <Filters form={form} options={props.options} errors={props.errors} />
      )}
      {page && <Figures page={page} form={form} scope={scope} />}
    </Layout>
  );
}

function Figures(props: { page: AnalyticsPage; form: AnalyticsForm; scope: string }) {
  const { page } = props;
  const r = page.report;
  return (
    <>
      <div class="card-head">
        <h2 id="h-figures">
          {props.scope}, {r.period.from} to {r.period.to}
        </h2>
        <a class="button secondary" href={`/analytics/download/csv?${analyticsQuery(props.form)}`} download>
          Download CSV
        </a>
      </div>
      <p class="hint">
        Days in {r.period.timeZone}; business hours as set under Settings; SLA: first reply within{' '}
        {r.slaBusinessHours} business hours; a thread idle {r.segmentIdleDays} days starts a new segment.
      </p>
      {page.asOf !== null && (
        <p class="hint" id="figures-as-of">
          Figures as of <Time at={page.asOf} clock />. They are brought up to date within a couple of minutes
          after new mail arrives, and every ten minutes.
        </p>
      )}
      {page.rebuilding.map((r) => (
        <p class="hint" role="status">
          The figures of {r.name} are being rebuilt ({r.doneDays} of {r.totalDays} days done); until the
          rebuild completes they show the previous complete figures, or, after a calendar change, are computed
          from the messages.
        </p>
      ))}
      <FigureCards f={page.figures} page={page} />
      {!page.mailbox && page.report.mailboxes.length > 0 && (
        <section class="card" aria-labelledby="h-mailboxes">
          <h2 id="h-mailboxes">Per mailbox</h2>
          <MailboxTable page={page} />
        </section>
      )}
      <div class="grid">
        <section class="card" aria-labelledby="h-hist">
          <h2 id="h-hist">First reply times</h2>
          <HistogramChart d={page.figures.firstReply} id="hist" />
        </section>
        <section class="card" aria-labelledby="h-heat">
          <h2 id="h-heat">When customer mail arrives</h2>
          <HeatmapChart map={page.heatmap} timeZone={r.period.timeZone} />
        </section>
      </div>
      <section class="card" aria-labelledby="h-trend">
        <h2 id="h-trend">Trend by {page.trendUnit}</h2>
        <TrendChart points={page.trend} unit={page.trendUnit} />
        <TrendTable points={page.trend} />
      </section>
      <section class="card" aria-labelledby="h-draft">
        <h2 id="h-draft">Draft value</h2>
        <DraftValue f={page.figures} page={page} />
      </section>
      <section class="card" aria-labelledby="h-waiting">
        <h2 id="h-waiting">Waiting for a reply</h2>
        <BacklogSection page={page} />
      </section>
      {page.agents && (
        <section class="card" aria-labelledby="h-agents">
          <h2 id="h-agents">Per agent</h2>
          <p class="hint">
            Agent = the Sender (else From) of the first reply, shown as the console user with that e-mail
            address where one exists, else as its pseudonym; replies sent as the mailbox's own address are
            "sender unknown". Fewer than 10 segments: "too few to show".
          </p>
          <AgentTable agents={page.agents} />
        </section>
      )}
    </>
  );
}

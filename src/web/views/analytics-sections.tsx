import type { AgentFigures } from '../../analytics/agents.models.js';
import {
  acceptanceBuckets,
  type Cell,
  type Durations,
  type MailboxFigures,
  type Suppressed,
} from '../../analytics/aggregate.models.js';
import type { AnalyticsPage } from '../../analytics/analytics-page.usecases.js';
import type { SlaState } from '../../analytics/backlog.models.js';
import type { TrendPoint } from '../../analytics/trend.models.js';
import {
  distText,
  duration,
  hiddenText,
  hiddenWord,
  percent,
  shown,
  TOO_FEW,
  WITHHELD_WHY,
} from './analytics-format.js';
import { Tile } from './dashboard-tiles.js';
import { Time } from './time.js';

/** The headline figures: first reply (business and elapsed), SLA, and what waits now. */
export function FigureCards(props: { f: MailboxFigures; page: AnalyticsPage }) {
  const { f, page } = props;
  const sla = shown(f.sla);
  const open = shown(f.unansweredNow);
  return (
    <ul class="tiles" aria-label="Headline figures">
      <DurationTile title="First reply, business time" c={f.firstReply.business} />
      <DurationTile title="First reply, elapsed" c={f.firstReply.elapsed} />
      <Tile
        title={`SLA: first reply within ${page.report.slaBusinessHours} business hours`}
        tone={sla ? 'neutral' : undefined}
      >
        {sla ? (
          <>
            <strong>{sla.percentMet}%</strong> met{' '}
            <span class="hint">
              ({sla.met} of {sla.n})
            </span>
          </>
        ) : (
          <Few c={f.sla} />
        )}
      </Tile>
      <Tile title="Unanswered now" tone={page.backlog.breached > 0 ? 'warn' : undefined}>
        {open ? (
          <>
            <strong>{open.n}</strong>{' '}
            <span class="hint">
              {page.backlog.breached} past the SLA, {page.backlog.dueToday} due today
            </span>
          </>
        ) : (
          <Few c={f.unansweredNow} />
        )}
      </Tile>
    </ul>
  );
}

function Few(props: { c: Cell<{ n: number }> }) {
  const c = props.c as Suppressed;
  return (
    <span class="suppressed">
      {hiddenWord(c)}{' '}
      <span class="hint">
        (n = {c.n}
        {c.suppressed === 'withheld' && `; ${WITHHELD_WHY}`})
      </span>
    </span>
  );
}

function DurationTile(props: { title: string; c: Durations['business'] }) {
  const d = shown(props.c);
  return (
    <Tile title={props.title}>
      {d ? (
        <>
          <strong>{duration(d.medianSeconds)}</strong> median{' '}
          <span class="hint">
            P90 {duration(d.p90Seconds)} · n = {d.n} · mean {duration(d.meanSeconds)}
          </span>
        </>
      ) : (
        <Few c={props.c} />
      )}
    </Tile>
  );
}

/** One row per mailbox, for comparing them (the CSV holds the same figures and more). */
export function MailboxTable(props: { page: AnalyticsPage }) {
  return (
    <table class="stacked">
      <caption>Figures per mailbox</caption>
      <thead>
        <tr>
          <th scope="col">Mailbox</th>
          <th scope="col">Segments</th>
          <th scope="col">First reply, business</th>
          <th scope="col">First reply, elapsed</th>
          <th scope="col">SLA met</th>
          <th scope="col">Unanswered now</th>
        </tr>
      </thead>
      <tbody>
        {props.page.report.mailboxes.map((m) => {
          const sla = shown(m.sla);
          const open = shown(m.unansweredNow);
          return (
            <tr>
              <th scope="row">{m.mailbox}</th>
              <td data-label="Segments">{shown(m.segments)?.n ?? `${TOO_FEW} (n = ${m.segments.n})`}</td>
              <td data-label="First reply, business">{distText(m.firstReply.business)}</td>
              <td data-label="First reply, elapsed">{distText(m.firstReply.elapsed)}</td>
              <td data-label="SLA met">
                {sla ? `${sla.percentMet}% (${sla.met} of ${sla.n})` : `${TOO_FEW} (n = ${m.sla.n})`}
              </td>
              <td data-label="Unanswered now">
                {open ? `${open.n} (${open.breachedSla} past the SLA)` : TOO_FEW}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function TrendTable(props: { points: TrendPoint[] }) {
  return (
    <details>
      <summary>Trend as a table</summary>
      <table class="stacked compact">
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Segments</th>
            <th scope="col">First reply, business</th>
            <th scope="col">SLA met</th>
          </tr>
        </thead>
        <tbody>
          {props.points.map((p) => {
            const sla = shown(p.sla);
            return (
              <tr>
                <th scope="row">{p.start}</th>
                <td data-label="Segments">{p.segments}</td>
                <td data-label="First reply, business">{distText(p.firstReply.business)}</td>
                <td data-label="SLA met">{sla ? `${sla.percentMet}%` : hiddenWord(p.sla as Suppressed)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

const acceptanceWords: Record<(typeof acceptanceBuckets)[number], string> = {
  unchanged: 'sent as drafted (similarity ≥ 0.9)',
  light_edit: 'light edit (0.6–0.9)',
  rewrite: 'rewritten (0.2–0.6)',
  replied_without_draft: 'replied without using the draft (< 0.2)',
  deleted_unsent: 'deleted from Drafts without a reply (unused)',
  not_scored: 'pending (still in Drafts, no reply yet)',
};

/** The figure no other tool shows: how much faster replies are with a Veildraft draft. */
export function DraftValue(props: { f: MailboxFigures; page: AnalyticsPage }) {
  const { withDraft, withoutDraft, acceptance } = props.f.draftValue;
  const w = shown(withDraft.business);
  const wo = shown(withoutDraft.business);
  const acc = shown(acceptance);
  const cov = props.page.coverage;
  const faster =
    w && wo && wo.medianSeconds > 0 ? Math.round((1 - w.medianSeconds / wo.medianSeconds) * 100) : null;
  return (
    <>
      <dl class="facts">
        <dt>First reply with a draft</dt>
        <dd>{distText(withDraft.business)} (business time)</dd>
        <dt>First reply without a draft</dt>
        <dd>{distText(withoutDraft.business)} (business time)</dd>
        {faster !== null && (
          <>
            <dt>Difference of the medians</dt>
            <dd>
              <strong>{faster >= 0 ? `${faster}% faster` : `${-faster}% slower`} with a draft</strong>
            </dd>
          </>
        )}
      </dl>
      <h3>What the replies kept of the drafts</h3>
      {acc ? (
        <>
          <div
            class="sharebar"
            role="img"
            aria-label={acceptanceBuckets.map((b) => `${acceptanceWords[b]}: ${acc[b]}`).join('; ')}
          >
            <svg viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
              {acceptanceBuckets.map((b, i) => {
                const x = acceptanceBuckets.slice(0, i).reduce((sum, k) => sum + acc[k], 0);
                return (
                  <rect
                    x={(x / acc.n) * 100}
                    y={0}
                    width={(acc[b] / acc.n) * 100}
                    height={6}
                    class={`a${i}`}
                  />
                );
              })}
            </svg>
          </div>
          <ul class="legend-list">
            {acceptanceBuckets.map((b, i) => (
              <li>
                <span class={`key a${i}`} aria-hidden="true" /> {acceptanceWords[b]}:{' '}
                <strong>{acc[b]}</strong> <span class="hint">({percent(acc[b], acc.n)})</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="suppressed">
          {(acceptance as Suppressed).suppressed === 'withheld'
            ? `${hiddenText(acceptance as Suppressed)}.`
            : `${TOO_FEW}: fewer than 10 drafts in the period (n = ${acceptance.n}).`}
        </p>
      )}
      <h3>Draft coverage</h3>
      {cov.percent === null ? (
        <p class="hint">No customer mail arrived in the period.</p>
      ) : (
        <>
          <p>
            <strong>{cov.percent}%</strong> of customer mail got a draft ({cov.drafted} of {cov.inbound}).
          </p>
          {cov.reasons.length > 0 && (
            <table class="stacked compact">
              <caption>Customer mail without a draft, by reason</caption>
              <thead>
                <tr>
                  <th scope="col">Reason</th>
                  <th scope="col" class="num">
                    Messages
                  </th>
                </tr>
              </thead>
              <tbody>
                {cov.reasons.map((r) => (
                  <tr>
                    <th scope="row">{r.reason}</th>
                    <td data-label="Messages" class="num">
                      {r.n}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {cov.skipped.length > 0 && (
        <p class="hint">
          Not customer mail, so not counted: {cov.skipped.map((s) => `${s.rule} ${s.n}`).join(', ')}.
        </p>
      )}
    </>
  );
}

const stateWords: Record<SlaState, string> = {
  breached: 'past the SLA',
  due_today: 'due today',
  later: 'due later',
  follow_up: 'waiting for a follow-up reply',
};

/** Waiting mail by age, then the oldest threads by reference and customer pseudonym only. */
export function BacklogSection(props: { page: AnalyticsPage }) {
  const b = props.page.backlog;
  if (b.n === 0) return <p class="hint">Nothing is waiting for a reply.</p>;
  return (
    <>
      <p>
        {b.n} waiting:{' '}
        {Object.entries(b.byAge)
          .map(([k, n]) => `${k} ${n}`)
          .join(' · ')}
        .
      </p>
      <table class="stacked">
        <caption>
          {b.threads.length < b.n ? `The oldest ${b.threads.length} of ${b.n}` : 'Waiting threads'}, oldest
          first
        </caption>
        <thead>
          <tr>
            <th scope="col">Thread</th>
            <th scope="col">Customer (pseudonym)</th>
            <th scope="col">Waiting since</th>
            <th scope="col">Age</th>
            <th scope="col">SLA</th>
          </tr>
        </thead>
        <tbody>
          {b.threads.map((t) => (
            <tr>
              <th scope="row">#{t.threadId}</th>
              <td data-label="Customer (pseudonym)">
                <code>{t.customer ? t.customer.slice(0, 12) : 'unknown'}</code>
              </td>
              <td data-label="Waiting since">
                <Time at={t.since} />
              </td>
              <td data-label="Age">{t.ageBucket}</td>
              <td data-label="SLA">
                <span
                  class={`badge ${t.state === 'breached' ? 'bad' : t.state === 'due_today' ? 'warn' : ''}`}
                >
                  {stateWords[t.state]}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function AgentTable(props: { agents: AgentFigures[] }) {
  if (props.agents.length === 0) return <p class="hint">No first replies in the period.</p>;
  return (
    <table class="stacked">
      <caption>First replies by the agent who sent them</caption>
      <thead>
        <tr>
          <th scope="col">Agent</th>
          <th scope="col">First reply, business</th>
          <th scope="col">First reply, elapsed</th>
          <th scope="col">SLA met</th>
        </tr>
      </thead>
      <tbody>
        {props.agents.map((a) => {
          const sla = shown(a.sla);
          return (
            <tr>
              <th scope="row">{a.agent}</th>
              <td data-label="First reply, business">{distText(a.firstReply.business)}</td>
              <td data-label="First reply, elapsed">{distText(a.firstReply.elapsed)}</td>
              <td data-label="SLA met">{sla ? `${sla.percentMet}% (${sla.met} of ${sla.n})` : TOO_FEW}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

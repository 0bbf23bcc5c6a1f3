import type { Child } from 'hono/jsx';
import type { DashboardView, QueueDepth } from '../../dashboard/dashboard.usecases.js';
import { jobKindLabel } from '../../jobs/jobs.registry.js';
import type { MailboxStatus } from '../../mailboxes/mailbox-console.usecases.js';
import {
  type ModelFileStatus,
  modelFeatureLabels,
  modelStatusLabels,
} from '../../model-files/model-files.manifest.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { relativeTime } from '../locale.js';
import { Csrf, FeatureList, Notice, SetupSteps } from './components.js';
import { StatusTiles } from './dashboard-tiles.js';
import { Layout } from './layout.js';
import { AddMailboxForm, emptyMailboxForm, MailboxStatusTable } from './mailboxes.js';
import { Time } from './time.js';

export function ModelsTable(props: { models: ModelFileStatus[] }) {
  if (props.models.length === 0)
    return (
      <p class="hint">
        No model files are installed. Copy them into <code>models/</code> and list them in{' '}
        <code>models/manifest.json</code> (README, "Models"); everything else works without them.
      </p>
    );
  return (
    <table class="stacked">
      <caption>Model files checked against the manifest</caption>
      <thead>
        <tr>
          <th scope="col">Feature</th>
          <th scope="col">File</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {props.models.map((m) => (
          <tr>
            <td data-label="Feature">{modelFeatureLabels[m.feature] ?? m.feature}</td>
            <td data-label="File">
              <code>{m.path}</code>
            </td>
            <td data-label="Status">
              <span class={`badge ${m.status === 'ok' ? 'ok' : 'bad'}`}>{modelStatusLabels[m.status]}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A queue's failed jobs run again (POST /jobs/retry); beside the count, for admins. */
function RetryButton(props: { csrf: string; queue: QueueDepth }) {
  const text = `Retry ${props.queue.dead} failed`;
  return (
    <form method="post" action="/jobs/retry" class="row-action">
      <Csrf token={props.csrf} />
      <input type="hidden" name="kind" value={props.queue.kind} />
      <button type="submit" class="secondary" aria-label={`${text}: ${jobKindLabel(props.queue.kind)}`}>
        {text}
      </button>
    </form>
  );
}

/**
 * `retryCsrf` is given to admins, who get a retry button for each queue with failed jobs. The
 * last column is the queue's age: since when its oldest due job has waited for a worker (a
 * drafting backlog shows here before anyone misses a draft).
 */
function QueueTable(props: { queues: QueueDepth[]; now: number; retryCsrf?: string }) {
  if (props.queues.length === 0) return <p class="hint">No jobs have run yet.</p>;
  const cols = [
    ['queued', 'Queued'],
    ['running', 'Running'],
    ['done', 'Done'],
    ['dead', 'Failed'],
  ] as const;
  // Six columns do not fit half the page: the table scrolls inside its card, not over the next one.
  return (
    <div class="scroll">
      <table class="stacked">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            {cols.map(([, label]) => (
              <th scope="col" class="num">
                {label}
              </th>
            ))}
            <th scope="col">Oldest waiting</th>
          </tr>
        </thead>
        <tbody>
          {props.queues.map((q) => (
            <tr>
              <th scope="row">{jobKindLabel(q.kind)}</th>
              {cols.map(([k, label]) => (
                <td data-label={label} class="num">
                  {q[k]}
                  {k === 'dead' && q.dead > 0 && props.retryCsrf && (
                    <RetryButton csrf={props.retryCsrf} queue={q} />
                  )}
                </td>
              ))}
              <td data-label="Oldest waiting">
                {q.waitingSince === null ? '—' : relativeTime(q.waitingSince, props.now)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DashboardPage(props: {
  csrf: string;
  active: ActiveSession;
  view: DashboardView;
  /** How many failed jobs an admin just queued again (the retry button's outcome). */
  retried?: number;
  /** Warnings shown above everything else (a sign-in attack). */
  children?: Child;
}) {
  const { queues, models, mailboxes, features } = props.view;
  const role = props.active.user.role;
  const admin = role === 'admin';
  return (
    <Layout title="Dashboard" active={props.active} csrf={props.csrf} path="/">
      {admin && props.retried !== undefined && (
        <Notice tone="ok">
          <p>
            {props.retried === 0
              ? 'No failed jobs were waiting: nothing was queued again.'
              : `${props.retried} ${props.retried === 1 ? 'job' : 'jobs'} queued again.`}
          </p>
        </Notice>
      )}
      {props.children}
      {role !== 'reviewer' && props.view.overdueRequests.length > 0 && (
        <Notice tone="warn">
          <p>
            {props.view.overdueRequests.length} data-subject{' '}
            {props.view.overdueRequests.length === 1 ? 'request is' : 'requests are'} past the one-month
            deadline. <a href="/privacy/requests">Open Privacy requests</a>
          </p>
        </Notice>
      )}
      {props.view.autoPaused.map((p) => (
        <Notice tone="warn">
          <p>
            Drafting for {p.name} paused by itself <Time at={p.pausedAt} relative />: last {p.considered}{' '}
            drafts unused ({p.unused} of {p.considered} never sent or rewritten entirely).
          </p>
          {admin && (
            <form method="post" action={`/mailboxes/${p.mailboxId}/drafting/resume`}>
              <Csrf token={props.csrf} />
              <button type="submit">Resume drafting for {p.name}</button>
            </form>
          )}
        </Notice>
      ))}
      <StatusTiles view={props.view} role={role} />
      <section aria-labelledby="h-mail" class="card">
        <div class="card-head">
          <h2 id="h-mail">Mailboxes, backfill and quarantine</h2>
          {admin && mailboxes.some((m) => m.quarantined > 0) && <a href="/quarantine">Open the quarantine</a>}
        </div>
        <MailboxStatusTable statuses={mailboxes} manage={admin} viewer={role} />
      </section>
      <div class="grid">
        <section aria-labelledby="h-queues" class="card">
          <h2 id="h-queues">Job queues</h2>
          <QueueTable queues={queues} now={props.view.now} retryCsrf={admin ? props.csrf : undefined} />
        </section>
        {admin && (
          <section aria-labelledby="h-models" class="card">
            <h2 id="h-models">Models</h2>
            <FeatureList features={features} />
            <ModelsTable models={models} />
          </section>
        )}
      </div>
    </Layout>
  );
}

export function WelcomePage(props: { csrf: string; active: ActiveSession; mailboxes: MailboxStatus[] }) {
  return (
    <Layout title="First mailbox" active={props.active} csrf={props.csrf}>
      <SetupSteps current={3} />
      <section aria-labelledby="h-first" class="card">
        <h2 id="h-first">First mailbox</h2>
        <MailboxStatusTable statuses={props.mailboxes} />
        <p>
          Add the first mailbox here or later under <a href="/mailboxes">Mailboxes</a>. The connection is
          tested first and the result is shown step by step.
        </p>
        <AddMailboxForm csrf={props.csrf} values={emptyMailboxForm} errors={{}} />
      </section>
      <p>
        <a class="button" href="/welcome/models">
          Continue to the models
        </a>
      </p>
    </Layout>
  );
}

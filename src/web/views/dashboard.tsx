import type { DashboardView } from '../../dashboard/dashboard.usecases.js';
import type { MailboxStatus } from '../../mail/mailbox-console.usecases.js';
import type { ModelFileStatus } from '../../models/models.manifest.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { Notice, NotYet, SetupSteps } from './components.js';
import { Layout } from './layout.js';
import { AddMailboxForm, emptyMailboxForm, MailboxStatusTable } from './mailboxes.js';

export function ModelsTable(props: { models: ModelFileStatus[] }) {
  if (props.models.length === 0)
    return (
      <Notice tone="warn">
        <p>
          No models are installed. Drafting and transformer-based anonymization stay off until models are
          copied into <code>models/</code> and listed in <code>models/manifest.json</code> (see the README,
          "Models"). The console and everything else keep working.
        </p>
      </Notice>
    );
  return (
    <table>
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
            <td>{m.feature}</td>
            <td>
              <code>{m.path}</code>
            </td>
            <td class={`status ${m.status}`}>{m.status === 'ok' ? 'present, verified' : m.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DashboardPage(props: { csrf: string; active: ActiveSession; view: DashboardView }) {
  const { features, queues, models, chain, mailboxes } = props.view;
  const admin = props.active.user.role === 'admin';
  // Admins and reviewers work the queue and see drafts; auditors see the counts only.
  const worker = admin || props.active.user.role === 'reviewer';
  return (
    <Layout title="Dashboard" active={props.active} csrf={props.csrf} path="/">
      <div class="grid">
        <section aria-labelledby="h-queues">
          <h2 id="h-queues">Job queues</h2>
          {queues.length === 0 ? (
            <p>No jobs have run yet.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col">Queued</th>
                  <th scope="col">Running</th>
                  <th scope="col">Done</th>
                  <th scope="col">Failed</th>
                </tr>
              </thead>
              <tbody>
                {queues.map((q) => (
                  <tr>
                    <th scope="row">{q.kind}</th>
                    <td>{q.queued}</td>
                    <td>{q.running}</td>
                    <td>{q.done}</td>
                    <td>{q.dead}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="h-models">
          <h2 id="h-models">Models</h2>
          {features.length > 0 && (
            <ul class="features">
              {features.map((f) => (
                <li class={`status ${f.on ? 'ok' : 'missing'}`}>
                  <strong>{f.name}</strong>: {f.on ? 'on' : 'off'}. {f.detail}
                </li>
              ))}
            </ul>
          )}
          <ModelsTable models={models} />
        </section>
        {chain && (
          <section aria-labelledby="h-audit">
            <h2 id="h-audit">Audit log</h2>
            {chain.ok ? (
              <Notice tone="ok">
                <p>Chain verified: {chain.rows} entries, unbroken.</p>
              </Notice>
            ) : (
              <Notice tone="warn">
                <p>
                  Chain broken at entry {chain.badId} ({chain.reason.replace('_', ' ')}). The log may have
                  been altered; see the audit log.
                </p>
              </Notice>
            )}
          </section>
        )}
        <section aria-labelledby="h-mail">
          <h2 id="h-mail">Mailboxes, backfill and quarantine</h2>
          <MailboxStatusTable
            statuses={mailboxes}
            admin={admin}
            assignedOnly={props.active.user.role === 'reviewer'}
          />
          {admin && mailboxes.some((m) => m.quarantined > 0) && (
            <p>
              <a href="/quarantine">Open the quarantine</a>
            </p>
          )}
        </section>
        <section aria-labelledby="h-drafts">
          <h2 id="h-drafts">Drafts and review</h2>
          <ul class="work">
            <li>
              Drafts today: <strong>{props.view.work.draftsToday}</strong> stored in Drafts folders since
              midnight. {worker && <a href="/drafts">Open the drafts</a>}
            </li>
            {props.view.work.waitingForModel > 0 && (
              <li>
                Waiting for a language model: <strong>{props.view.work.waitingForModel}</strong> messages, not
                drafted while drafting is off.
              </li>
            )}
            <li>
              Review queue: <strong>{props.view.work.reviewWaiting}</strong> waiting.{' '}
              {worker && <a href="/review">Open the review queue</a>}
            </li>
          </ul>
        </section>
      </div>
    </Layout>
  );
}

export function WelcomePage(props: {
  csrf: string;
  active: ActiveSession;
  models: ModelFileStatus[];
  mailboxes: MailboxStatus[];
}) {
  return (
    <Layout title="Mailboxes and models" active={props.active} csrf={props.csrf}>
      <SetupSteps current={3} />
      <h2>First mailbox</h2>
      <MailboxStatusTable statuses={props.mailboxes} admin={false} />
      <p>
        Add the first mailbox here or later under <a href="/mailboxes">Mailboxes</a>. The connection is tested
        first and the result is shown step by step.
      </p>
      <AddMailboxForm csrf={props.csrf} values={emptyMailboxForm} errors={{}} />
      <h2>Models present</h2>
      <ModelsTable models={props.models} />
      <p>
        <a class="button" href="/">
          Open the dashboard
        </a>
      </p>
    </Layout>
  );
}

export function PlaceholderPage(props: {
  csrf: string;
  active: ActiveSession;
  title: string;
  path: string;
  what: string;
  feature: string;
}) {
  return (
    <Layout title={props.title} active={props.active} csrf={props.csrf} path={props.path}>
      <NotYet what={props.what} feature={props.feature} />
    </Layout>
  );
}

import { isOverdue, kindLabel } from '../../dsr/dsr.models.js';
import type { DsrRequestRow } from '../../dsr/dsr.table.js';
import type { SubjectFindings } from '../../dsr/subject.usecases.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { Csrf, ErrorSummary, Field, Notice } from './components.js';
import { Layout } from './layout.js';
import { Time } from './time.js';

export interface RequestFormValues {
  kind?: string;
  email?: string;
  reference?: string;
  receivedOn?: string;
}

const statusLabel: Record<DsrRequestRow['status'], string> = {
  open: 'Open',
  erasing: 'Erasing…',
  done: 'Done',
  rejected: 'Rejected',
};

/**
 * Privacy → Requests: the tracker (overdue first in the eye), logging a new request, finding
 * what is held about an address, and per request its export, erasure and certificate. Admins act;
 * auditors (often the DPO) read the tracker, find, and download certificates.
 */
export function PrivacyRequestsPage(props: {
  csrf: string;
  active: ActiveSession;
  requests: DsrRequestRow[];
  now: number;
  form?: RequestFormValues;
  errors?: Record<string, string>;
  findEmail?: string;
  findErrors?: Record<string, string>;
  findings?: SubjectFindings;
  message?: { tone: 'ok' | 'warn'; text: string };
}) {
  const admin = props.active.user.role === 'admin';
  const f = props.form ?? {};
  const errors = props.errors ?? {};
  const overdue = props.requests.filter((r) => isOverdue(r, props.now)).length;
  return (
    <Layout title="Data-subject requests" active={props.active} csrf={props.csrf} path="/privacy/requests">
      <p class="lead">
        Access (export) and erasure requests, answered within one month. Erasure removes the person from every
        table and search index and is written to an erasure journal outside the database, so restoring an
        older backup cannot bring them back.
      </p>
      {props.message && <Notice tone={props.message.tone}>{props.message.text}</Notice>}
      {overdue > 0 && (
        <Notice tone="warn">
          {overdue} request{overdue === 1 ? ' is' : 's are'} past the one-month deadline.
        </Notice>
      )}
      {admin && (
        <section class="card" aria-labelledby="h-new">
          <h2 id="h-new">Log a request</h2>
          <ErrorSummary errors={errors} />
          <form method="post" action="/privacy/requests" class="stack" novalidate>
            <Csrf token={props.csrf} />
            <fieldset id="f-kind">
              <legend>Kind of request</legend>
              {errors.kind && <p class="error">{errors.kind}</p>}
              {(['access', 'erasure'] as const).map((k) => (
                <label class="choice">
                  <input type="radio" name="kind" value={k} checked={(f.kind ?? 'access') === k} />{' '}
                  {kindLabel[k]}
                </label>
              ))}
            </fieldset>
            <Field
              name="email"
              label="The person’s e-mail address"
              type="email"
              value={f.email}
              error={errors.email}
              hint="Only a keyed code of it is stored, never the address."
              maxlength={254}
              required
            />
            <Field
              name="reference"
              label="Your reference (optional)"
              value={f.reference}
              error={errors.reference}
              hint="A ticket number: letters, digits and . _ : / -"
              maxlength={80}
            />
            <Field
              name="receivedOn"
              label="Received on (optional, YYYY-MM-DD)"
              value={f.receivedOn}
              error={errors.receivedOn}
              hint="Defaults to today. The answer is due one month later."
              maxlength={10}
            />
            <button type="submit">Log request</button>
          </form>
        </section>
      )}
      <section class="card" aria-labelledby="h-find">
        <h2 id="h-find">Find what is held about an address</h2>
        <ErrorSummary errors={props.findErrors ?? {}} />
        <form method="post" action="/privacy/requests/find" class="stack" novalidate>
          <Csrf token={props.csrf} />
          <Field
            name="findEmail"
            label="E-mail address"
            type="email"
            value={props.findEmail}
            error={props.findErrors?.findEmail}
            maxlength={254}
          />
          <button type="submit">Find</button>
        </form>
        {props.findings && <Findings findings={props.findings} />}
      </section>
      <section class="card scroll" tabindex={0} aria-labelledby="h-list">
        <h2 id="h-list">Requests</h2>
        {props.requests.length === 0 ? (
          <p>No requests yet.</p>
        ) : (
          <table class="stacked">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Kind</th>
                <th scope="col">Received</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                <th scope="col">Handler</th>
                <th scope="col">Reference</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {props.requests.map((r) => (
                <tr class={isOverdue(r, props.now) ? 'overdue' : undefined}>
                  <td data-label="#">{r.id}</td>
                  <td data-label="Kind">{kindLabel[r.kind]}</td>
                  <td data-label="Received">
                    <Time at={r.receivedAt} />
                  </td>
                  <td data-label="Due">
                    <Time at={r.dueAt} />
                    {isOverdue(r, props.now) && <strong> overdue</strong>}
                  </td>
                  <td data-label="Status">{statusLabel[r.status]}</td>
                  <td data-label="Handler">{r.handler}</td>
                  <td data-label="Reference">{r.reference ?? ''}</td>
                  <td data-label="Actions">
                    <RequestActions request={r} csrf={props.csrf} admin={admin} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Layout>
  );
}

function Findings(props: { findings: SubjectFindings }) {
  const f = props.findings;
  const rows = Object.entries(f.counts).filter(([, n]) => n > 0);
  return (
    <div class="stack">
      <p>
        {rows.length === 0
          ? 'Nothing is held about this address.'
          : `Held about this address (rows per table):`}
      </p>
      {rows.length > 0 && (
        <ul>
          {rows.map(([t, n]) => (
            <li>
              {t}: {n}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function RequestActions(props: { request: DsrRequestRow; csrf: string; admin: boolean }) {
  const r = props.request;
  const base = `/privacy/requests/${r.id}`;
  return (
    <div class="actions">
      {props.admin && r.status !== 'rejected' && (
        <form method="post" action={`${base}/export`}>
          <Csrf token={props.csrf} />
          <button type="submit" name="format" value="json" class="secondary">
            Export (JSON)
          </button>
          <button type="submit" name="format" value="summary" class="secondary">
            Summary
          </button>
        </form>
      )}
      {props.admin && r.kind === 'erasure' && r.status === 'open' && (
        <form method="post" action={`${base}/erase`}>
          <Csrf token={props.csrf} />
          <label class="choice">
            <input type="checkbox" name="confirm" value="yes" /> I confirm: erase this person everywhere
          </label>
          <button type="submit" class="danger">
            Erase
          </button>
        </form>
      )}
      {props.admin && r.status === 'open' && (
        <form method="post" action={`${base}/reject`}>
          <Csrf token={props.csrf} />
          <button type="submit" class="secondary">
            Reject
          </button>
        </form>
      )}
      {r.certificate && (
        <>
          <a href={`${base}/certificate`}>Certificate</a>{' '}
          <a href={`${base}/certificate?format=json`}>(JSON)</a>
        </>
      )}
    </div>
  );
}

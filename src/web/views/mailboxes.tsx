import type { Diagnosis } from '../../mailboxes/connection-test.js';
import type { MailboxStatus } from '../../mailboxes/mailbox-console.usecases.js';
import {
  connectionStepLabels,
  type MailboxView,
  mailboxStateLabels,
  securityChoice,
} from '../../mailboxes/mailboxes.models.js';
import { mailboxSecurities } from '../../mailboxes/mailboxes.table.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import type { Role } from '../../users/users.table.js';
import { Csrf, ErrorSummary, Field, Notice, TextArea } from './components.js';
import { NoMailboxes } from './empty-states.js';
import { Layout } from './layout.js';
import { emptyOAuthForm, OAuthFields, type OAuthFormValues } from './mailbox-oauth.js';
import { Time } from './time.js';

/** What the add form shows back: never the password or the OAuth2 secret. */
export interface MailboxFormValues extends OAuthFormValues {
  name: string;
  host: string;
  port: string;
  security: string;
  username: string;
  caPem: string;
  from: string;
}

export const emptyMailboxForm: MailboxFormValues = {
  name: '',
  host: '',
  port: '993',
  security: 'tls',
  username: '',
  caPem: '',
  from: '',
  ...emptyOAuthForm,
};

export function DiagnosisView(props: { diagnosis: Diagnosis }) {
  const d = props.diagnosis;
  return (
    <section aria-labelledby="h-diagnosis" class="diagnosis">
      <h2 id="h-diagnosis">Connection test: {d.ok ? 'passed' : 'failed'}</h2>
      <Notice tone={d.ok ? 'ok' : 'warn'}>
        <p>
          <code>{d.code}</code> {d.message}
        </p>
        {d.code === 'mail.tls_untrusted' && (
          <p>
            Paste the CA certificate (PEM) into the field{' '}
            <a href="#f-caPem">CA certificate (PEM, optional)</a> below and test again.
          </p>
        )}
      </Notice>
      <ol>
        {d.steps.map((s) => (
          <li>
            <strong>{connectionStepLabels[s.step]}</strong>: {s.ok ? 'ok' : 'failed'}. {s.detail}{' '}
            <code class="hint">{s.code}</code>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function AddMailboxForm(props: {
  csrf: string;
  values: MailboxFormValues;
  errors: Record<string, string>;
}) {
  const v = props.values;
  const e = props.errors;
  return (
    <form method="post" action="/mailboxes" class="stack">
      <Csrf token={props.csrf} />
      <ErrorSummary errors={e} />
      <Field name="name" label="Name" value={v.name} error={e.name} required maxlength={80} />
      <Field name="host" label="IMAP host" value={v.host} error={e.host} required />
      <Field name="port" label="Port" value={v.port} error={e.port} inputmode="numeric" required />
      <div class={e.security ? 'field invalid' : 'field'}>
        <label for="f-security">Security</label>
        {e.security && <p class="error">{e.security}</p>}
        <select id="f-security" name="security">
          {mailboxSecurities.map((s) => (
            <option value={s} selected={s === v.security}>
              {securityChoice(s)}
            </option>
          ))}
        </select>
      </div>
      <Field
        name="username"
        label="User"
        value={v.username}
        error={e.username}
        required
        autocomplete="off"
        hint="The login name; with OAuth2 the mailbox address (Google: the user the service account acts for)."
      />
      <Field
        name="password"
        label="Password"
        type="password"
        error={e.password}
        autocomplete="new-password"
        hint="For password sign-in. Stored encrypted; never shown again."
      />
      <OAuthFields values={v} errors={e} withPassword />
      <TextArea
        name="caPem"
        label="CA certificate (PEM, optional)"
        value={v.caPem}
        error={e.caPem}
        hint="Only for a server whose certificate your organisation's own certificate authority signed: paste that CA's certificate, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----."
      />
      <Field
        name="from"
        label="From address for drafts (optional)"
        value={v.from}
        error={e.from ?? e.fromAddress ?? e.fromName}
        hint='Like "Support <support@example.org>".'
      />
      <button type="submit">Test connection and add</button>
    </form>
  );
}

const stateTone: Record<MailboxView['state'], string> = {
  active: 'ok',
  paused: '',
  auth_failed: 'bad',
  unreachable: 'bad',
  backfilling: '',
};

/** A mailbox's state as a coloured badge. */
export function StateBadge(props: { state: MailboxView['state'] }) {
  return (
    <span class={`badge ${stateTone[props.state]} state ${props.state}`}>
      {mailboxStateLabels[props.state]}
    </span>
  );
}

export function Progress(props: { done: number; total: number }) {
  const pct = props.total === 0 ? 100 : Math.floor((props.done / props.total) * 100);
  return (
    <span>
      <progress
        max={props.total || 1}
        value={props.total === 0 ? 1 : props.done}
        aria-label="Backfill progress"
      >
        {pct}%
      </progress>{' '}
      {props.done} / {props.total}
    </span>
  );
}

/**
 * One row per mailbox, from the real mailbox, folder_state and quarantine tables. With `manage`
 * each name links to the mailbox's page.
 */
export function MailboxStatusTable(props: {
  statuses: MailboxStatus[];
  manage?: boolean;
  /** Who is looking, for the next step when there is no mailbox; none: the add form is below. */
  viewer?: Role;
}) {
  if (props.statuses.length === 0) return <NoMailboxes role={props.viewer} />;
  return (
    <table class="stacked">
      <thead>
        <tr>
          <th scope="col">Mailbox</th>
          <th scope="col">State</th>
          <th scope="col">Last error</th>
          <th scope="col">Backfill</th>
          <th scope="col" class="num">
            Quarantined
          </th>
        </tr>
      </thead>
      <tbody>
        {props.statuses.map((s) => (
          <tr>
            <th scope="row">
              {props.manage ? <a href={`/mailboxes/${s.mailbox.id}`}>{s.mailbox.name}</a> : s.mailbox.name}
            </th>
            <td data-label="State">
              <StateBadge state={s.mailbox.state} />
            </td>
            <td data-label="Last error">
              {s.mailbox.lastError ? (
                <span>
                  <code>{s.mailbox.lastError.code}</code> at <Time at={s.mailbox.lastError.at} relative />
                </span>
              ) : (
                'none'
              )}
            </td>
            <td data-label="Backfill">{s.backfill ? <Progress {...s.backfill} /> : 'not started'}</td>
            <td data-label="Quarantined" class="num">
              {s.quarantined}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MailboxesPage(props: {
  csrf: string;
  active: ActiveSession;
  statuses: MailboxStatus[];
  values?: MailboxFormValues;
  errors?: Record<string, string>;
  message?: { tone: 'ok' | 'warn'; text: string };
  diagnosis?: Diagnosis;
}) {
  return (
    <Layout title="Mailboxes" active={props.active} csrf={props.csrf} path="/mailboxes">
      {props.message && (
        <Notice tone={props.message.tone}>
          <p>{props.message.text}</p>
        </Notice>
      )}
      {props.diagnosis && <DiagnosisView diagnosis={props.diagnosis} />}
      <section aria-labelledby="h-list" class="card">
        <h2 id="h-list">Mailboxes</h2>
        <MailboxStatusTable statuses={props.statuses} manage />
      </section>
      <section aria-labelledby="h-add" class="card">
        <h2 id="h-add">Add a mailbox</h2>
        <p class="hint">The connection is tested first; the mailbox is saved only when the test passes.</p>
        <AddMailboxForm
          csrf={props.csrf}
          values={props.values ?? emptyMailboxForm}
          errors={props.errors ?? {}}
        />
      </section>
    </Layout>
  );
}

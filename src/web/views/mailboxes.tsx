import type { Diagnosis } from '../../mail/connection-test.js';
import type { MailboxStatus, QuarantineEntry } from '../../mail/mailbox-console.usecases.js';
import type { MailboxView } from '../../mail/mailboxes.models.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { Csrf, ErrorSummary, Field, formatTime, Notice, TextArea } from './components.js';
import { Layout } from './layout.js';

/** What the add form shows back: never the password. */
export interface MailboxFormValues {
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
      </Notice>
      <ol>
        {d.steps.map((s) => (
          <li>
            <strong>{s.step}</strong>: {s.ok ? 'ok' : 'failed'} (<code>{s.code}</code>) {s.detail}
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
          {['tls', 'starttls', 'none'].map((s) => (
            <option value={s} selected={s === v.security}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <Field name="username" label="User" value={v.username} error={e.username} required autocomplete="off" />
      <Field
        name="password"
        label="Password"
        type="password"
        error={e.password}
        required
        autocomplete="new-password"
        hint="Stored encrypted; never shown again."
      />
      <TextArea
        name="caPem"
        label="CA certificate (PEM, optional)"
        value={v.caPem}
        error={e.caPem}
        hint="Only for servers with their own certificate authority."
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

const stateText: Record<MailboxView['state'], string> = {
  active: 'active',
  paused: 'paused',
  auth_failed: 'sign-in failed',
  unreachable: 'unreachable',
  backfilling: 'backfilling',
};

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

/** Dashboard section: one row per mailbox, from the real mailbox, folder_state and quarantine tables. */
export function MailboxStatusTable(props: {
  statuses: MailboxStatus[];
  admin: boolean;
  assignedOnly?: boolean;
}) {
  if (props.statuses.length === 0 && props.assignedOnly) return <p>No mailboxes are assigned to you yet.</p>;
  if (props.statuses.length === 0)
    return (
      <p>
        No mailboxes yet.{' '}
        {props.admin && (
          <a href="/mailboxes" class="button">
            Add a mailbox
          </a>
        )}
      </p>
    );
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Mailbox</th>
          <th scope="col">State</th>
          <th scope="col">Last error</th>
          <th scope="col">Backfill</th>
          <th scope="col">Quarantined</th>
        </tr>
      </thead>
      <tbody>
        {props.statuses.map((s) => (
          <tr>
            <th scope="row">{s.mailbox.name}</th>
            <td class={`state ${s.mailbox.state}`}>{stateText[s.mailbox.state]}</td>
            <td>
              {s.mailbox.lastError ? (
                <span>
                  <code>{s.mailbox.lastError.code}</code> at {formatTime(s.mailbox.lastError.at)}
                </span>
              ) : (
                'none'
              )}
            </td>
            <td>{s.backfill ? <Progress {...s.backfill} /> : 'not started'}</td>
            <td>{s.quarantined}</td>
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
      <section aria-labelledby="h-list">
        <h2 id="h-list">Mailboxes</h2>
        <MailboxStatusTable statuses={props.statuses} admin={false} />
        <ul>
          {props.statuses.map((s) => (
            <li>
              <a href={`/mailboxes/${s.mailbox.id}`}>Manage {s.mailbox.name}</a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="h-add">
        <h2 id="h-add">Add a mailbox</h2>
        <p>The connection is tested first; the mailbox is saved only when the test passes.</p>
        <AddMailboxForm
          csrf={props.csrf}
          values={props.values ?? emptyMailboxForm}
          errors={props.errors ?? {}}
        />
      </section>
    </Layout>
  );
}

export function MailboxPage(props: {
  csrf: string;
  active: ActiveSession;
  mailbox: MailboxView;
  message?: { tone: 'ok' | 'warn'; text: string };
  confirmRemove?: boolean;
}) {
  const m = props.mailbox;
  const from = m.from.address ? (m.from.name ? `${m.from.name} <${m.from.address}>` : m.from.address) : '';
  return (
    <Layout title={`Mailbox ${m.name}`} active={props.active} csrf={props.csrf} path="/mailboxes">
      {props.message && (
        <Notice tone={props.message.tone}>
          <p>{props.message.text}</p>
        </Notice>
      )}
      <dl class="facts">
        <dt>Server</dt>
        <dd>
          {m.host}:{m.port} ({m.security}
          {m.caPinned ? ', own CA' : ''})
        </dd>
        <dt>User</dt>
        <dd>{m.username}</dd>
        <dt>State</dt>
        <dd>{stateText[m.state]}</dd>
        <dt>Last error</dt>
        <dd>{m.lastError ? `${m.lastError.code} at ${formatTime(m.lastError.at)}` : 'none'}</dd>
      </dl>
      <section aria-labelledby="h-sync">
        <h2 id="h-sync">Sync</h2>
        <form method="post" action={`/mailboxes/${m.id}/${m.state === 'paused' ? 'resume' : 'pause'}`}>
          <Csrf token={props.csrf} />
          <button type="submit">{m.state === 'paused' ? 'Resume' : 'Pause'}</button>
        </form>
      </section>
      <section aria-labelledby="h-password">
        <h2 id="h-password">Password</h2>
        <form method="post" action={`/mailboxes/${m.id}/password`} class="stack">
          <Csrf token={props.csrf} />
          <Field
            name="password"
            label="New password"
            type="password"
            autocomplete="new-password"
            required
            hint="After a failed sign-in: saving resumes the mailbox. Stored encrypted; never shown."
          />
          <button type="submit">Change password</button>
        </form>
      </section>
      <section aria-labelledby="h-drafting">
        <h2 id="h-drafting">Drafting</h2>
        <form method="post" action={`/mailboxes/${m.id}/drafting`} class="stack">
          <Csrf token={props.csrf} />
          <div class="field">
            <label>
              <input type="checkbox" name="draftingEnabled" value="on" checked={m.draftingEnabled} /> Write
              drafts for this mailbox
            </label>
          </div>
          <Field
            name="from"
            label="Agent From address"
            value={from}
            hint='Like "Support <support@example.org>".'
          />
          <TextArea name="signature" label="Signature" value={m.signature ?? ''} />
          <button type="submit">Save drafting settings</button>
        </form>
      </section>
      <section aria-labelledby="h-remove">
        <h2 id="h-remove">Remove</h2>
        {props.confirmRemove ? (
          <form method="post" action={`/mailboxes/${m.id}/remove`}>
            <Csrf token={props.csrf} />
            <Notice tone="warn">
              <p>Remove {m.name}? Veildraft stops watching it. Mail on the server is not touched.</p>
            </Notice>
            <input type="hidden" name="confirm" value="yes" />
            <button type="submit" class="danger">
              Yes, remove {m.name}
            </button>{' '}
            <a href={`/mailboxes/${m.id}`}>Cancel</a>
          </form>
        ) : (
          <a class="button danger" href={`/mailboxes/${m.id}/remove`}>
            Remove this mailbox…
          </a>
        )}
      </section>
    </Layout>
  );
}

export function QuarantinePage(props: { csrf: string; active: ActiveSession; entries: QuarantineEntry[] }) {
  return (
    <Layout title="Quarantine" active={props.active} csrf={props.csrf} path="/quarantine">
      <Notice>
        <p>
          Messages that could not be ingested, by reference only. Retrying from the console is not available
          yet: a message is tried again when its folder is resynced.
        </p>
      </Notice>
      {props.entries.length === 0 ? (
        <p>Nothing is quarantined.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Reason</th>
              <th scope="col">Mailbox</th>
              <th scope="col">Folder</th>
              <th scope="col">UIDVALIDITY</th>
              <th scope="col">UID</th>
              <th scope="col">Size</th>
              <th scope="col">Time</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map((q) => (
              <tr>
                <td>
                  <code>{q.reason}</code>
                </td>
                <td>{q.mailbox}</td>
                <td>{q.folder}</td>
                <td>{q.uidValidity}</td>
                <td>{q.uid}</td>
                <td>{q.size}</td>
                <td>{formatTime(q.at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

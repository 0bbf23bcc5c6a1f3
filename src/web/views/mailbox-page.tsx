import type { QuarantineEntry } from '../../mailboxes/mailbox-console.usecases.js';
import {
  type MailboxView,
  quarantineReasonLabels,
  securityLabels,
} from '../../mailboxes/mailboxes.models.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { Csrf, Field, Notice, TextArea } from './components.js';
import { Layout } from './layout.js';
import { CalendarSection, type CalendarSectionProps } from './mailbox-calendar.js';
import { authLabel, OAuthFields, type OAuthFormValues, oauthFormValues } from './mailbox-oauth.js';
import { StateBadge } from './mailboxes.js';
import { Time } from './time.js';

export function MailboxPage(props: {
  csrf: string;
  active: ActiveSession;
  mailbox: MailboxView;
  message?: { tone: 'ok' | 'warn'; text: string };
  confirmRemove?: boolean;
  /** The OAuth2 form as typed, with its field messages, after a refused change. */
  oauth?: { values: OAuthFormValues; errors: Record<string, string> };
  calendar: CalendarSectionProps;
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
      <p class="back">
        <a href="/mailboxes">All mailboxes</a>
      </p>
      <dl class="facts card">
        <dt>Server</dt>
        <dd>
          {m.host}, port {m.port}
        </dd>
        <dt>Security</dt>
        <dd>
          {securityLabels[m.security]}
          {m.caPinned ? ', with its own CA certificate' : ''}
        </dd>
        <dt>User</dt>
        <dd>{m.username}</dd>
        <dt>Sign-in</dt>
        <dd>
          {authLabel(m.auth)}
          {m.auth.method === 'oauth2' && (
            <>
              , client <code>{m.auth.clientId}</code>
              {m.auth.tenant ? (
                <>
                  , tenant <code>{m.auth.tenant}</code>
                </>
              ) : null}
              {m.auth.certificate ? ', with a certificate' : ''}
            </>
          )}
        </dd>
        <dt>State</dt>
        <dd>
          <StateBadge state={m.state} />
        </dd>
        <dt>Last error</dt>
        <dd>
          {m.lastError ? (
            <>
              <code>{m.lastError.code}</code> at <Time at={m.lastError.at} relative />
            </>
          ) : (
            'none'
          )}
        </dd>
      </dl>
      <div class="grid">
        <section aria-labelledby="h-sync" class="card">
          <h2 id="h-sync">Sync</h2>
          <form method="post" action={`/mailboxes/${m.id}/${m.state === 'paused' ? 'resume' : 'pause'}`}>
            <Csrf token={props.csrf} />
            <button type="submit" class="secondary">
              {m.state === 'paused' ? 'Resume syncing' : 'Pause syncing'}
            </button>
          </form>
        </section>
        <section aria-labelledby="h-oauth" class="card">
          <h2 id="h-oauth">OAuth2 sign-in</h2>
          <form method="post" action={`/mailboxes/${m.id}/oauth`} class="stack">
            <Csrf token={props.csrf} />
            <OAuthFields
              values={props.oauth?.values ?? oauthFormValues(m.auth)}
              errors={props.oauth?.errors ?? {}}
              keepSecret={m.auth.method === 'oauth2'}
            />
            <button type="submit">
              {m.auth.method === 'oauth2' ? 'Save OAuth2 settings' : 'Switch to OAuth2'}
            </button>
          </form>
        </section>
        <section aria-labelledby="h-password" class="card">
          <h2 id="h-password">Password</h2>
          <form method="post" action={`/mailboxes/${m.id}/password`} class="stack">
            <Csrf token={props.csrf} />
            <Field
              name="password"
              label="New password"
              type="password"
              autocomplete="new-password"
              required
              hint={`After a failed sign-in: saving resumes the mailbox. Stored encrypted; never shown.${m.auth.method === 'oauth2' ? ' Saving switches this mailbox from OAuth2 back to password sign-in.' : ''}`}
            />
            <button type="submit">
              {m.auth.method === 'oauth2' ? 'Switch to password' : 'Change password'}
            </button>
          </form>
        </section>
        <section aria-labelledby="h-drafting" class="card">
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
        <CalendarSection {...props.calendar} mailboxId={m.id} csrf={props.csrf} />
        <section aria-labelledby="h-remove" class="card">
          <h2 id="h-remove">Remove</h2>
          {props.confirmRemove ? (
            <form method="post" action={`/mailboxes/${m.id}/remove`}>
              <Csrf token={props.csrf} />
              <Notice tone="warn">
                <p>Remove {m.name}? Veildraft stops watching it. Mail on the server is not touched.</p>
              </Notice>
              <input type="hidden" name="confirm" value="yes" />
              <div class="actions">
                <button type="submit" class="danger">
                  Yes, remove {m.name}
                </button>
                <a class="button secondary" href={`/mailboxes/${m.id}`}>
                  Cancel
                </a>
              </div>
            </form>
          ) : (
            <a class="button danger" href={`/mailboxes/${m.id}/remove`}>
              Remove this mailbox…
            </a>
          )}
        </section>
      </div>
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
        <p>
          Nothing is quarantined: every message so far could be read. A message that cannot be (too large,
          malformed) is listed here by reference.
        </p>
      ) : (
        <table class="stacked">
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
                <td data-label="Reason">
                  {quarantineReasonLabels[q.reason] ?? q.reason} <code class="hint">{q.reason}</code>
                </td>
                <td data-label="Mailbox">{q.mailbox}</td>
                <td data-label="Folder">{q.folder}</td>
                <td data-label="UIDVALIDITY">{q.uidValidity}</td>
                <td data-label="UID">{q.uid}</td>
                <td data-label="Size">{q.size}</td>
                <td data-label="Time">
                  <Time at={q.at} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

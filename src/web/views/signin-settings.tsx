import type { OidcTestReport } from '../../identity/oidc/oidc-signin.usecases.js';
import { mailboxGroupsField, oidcDefaults } from '../../identity/signin-settings.models.js';
import type { SigninSettingsView } from '../../identity/signin-settings.usecases.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { roleLabels } from '../../users/users.models.js';
import { Csrf, ErrorSummary, Field, Notice, TextArea } from './components.js';
import { Layout } from './layout.js';

type Form = Record<string, string | string[]>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

/** The saved settings as form fields, so a failed save and a fresh page render the same way. */
function formOf(view: SigninSettingsView, mailboxes: { id: number }[]): Form {
  const o = view.oidc;
  const groupsOf = (id: number) =>
    view.mapping.reviewerMailboxes.filter((e) => e.mailboxIds.includes(id)).map((e) => e.group);
  return {
    providerName: o?.providerName ?? oidcDefaults.providerName,
    issuer: o?.issuer ?? '',
    clientId: o?.clientId ?? '',
    scopes: (o?.scopes ?? oidcDefaults.scopes).join(' '),
    usernameClaim: o?.usernameClaim ?? oidcDefaults.usernameClaim,
    groupsClaim: o?.groupsClaim ?? oidcDefaults.groupsClaim,
    ...((o?.endSession ?? oidcDefaults.endSession) ? { endSession: 'on' } : {}),
    adminGroups: view.mapping.admin.join('\n'),
    reviewerGroups: view.mapping.reviewer.join('\n'),
    auditorGroups: view.mapping.auditor.join('\n'),
    ...Object.fromEntries(mailboxes.map((m) => [mailboxGroupsField(m.id), groupsOf(m.id).join('\n')])),
    ...(view.policy.createUsers ? { createUsers: 'on' } : {}),
    ...(view.policy.restrictLocal ? { restrictLocal: 'on' } : {}),
  };
}

function Check(props: { name: string; form: Form; children: unknown }) {
  return (
    <label class="choice">
      <input type="checkbox" name={props.name} checked={one(props.form[props.name]) === 'on'} />{' '}
      {props.children as never}
    </label>
  );
}

function TestResult(props: { report: OidcTestReport; mailboxes: { id: number; name: string }[] }) {
  const { report } = props;
  const names = (ids: number[]) =>
    ids.map((id) => props.mailboxes.find((m) => m.id === id)?.name ?? `#${id}`).join(', ') || 'none';
  return (
    <section aria-labelledby="h-test" class="card" id="test-result">
      <h2 id="h-test">Test sign-in result</h2>
      <p>Nobody was signed in. This is what the provider returned and what Veildraft would do with it.</p>
      {'role' in report.outcome ? (
        <Notice tone="ok">
          <p>
            Mapped role: <strong>{roleLabels[report.outcome.role]}</strong>
            {report.outcome.role === 'reviewer' && <> · mailboxes: {names(report.outcome.mailboxIds)}</>}
          </p>
        </Notice>
      ) : (
        <Notice tone="warn">
          <p>Refused: {report.outcome.refused}</p>
        </Notice>
      )}
      {report.identity && (
        <dl>
          <dt>User name</dt>
          <dd>{report.identity.username}</dd>
          <dt>Groups or roles read</dt>
          <dd>{report.identity.groups.length > 0 ? report.identity.groups.join(', ') : 'none'}</dd>
        </dl>
      )}
      <table>
        <caption>Claims</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {report.claims.map(([k, v]) => (
            <tr>
              <td data-label="Claim">
                <code>{k}</code>
              </td>
              <td data-label="Value" class="wrap">
                {v}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function SigninSettingsPage(props: {
  csrf: string;
  active: ActiveSession;
  view: SigninSettingsView;
  mailboxes: { id: number; name: string }[];
  redirectUri: string;
  errors?: Record<string, string>;
  form?: Form;
  saved?: boolean;
  testProblem?: string;
  report?: OidcTestReport;
}) {
  const form = props.form ?? formOf(props.view, props.mailboxes);
  const e = props.errors ?? {};
  const v = (k: string) => one(form[k]);
  return (
    <Layout title="Sign-in settings" active={props.active} csrf={props.csrf} path="/settings">
      <p>
        <a href="/settings">← Settings</a>
      </p>
      {props.saved && (
        <Notice tone="ok">
          <p>Saved: sign-in settings.</p>
        </Notice>
      )}
      {props.testProblem && (
        <Notice tone="warn">
          <p>Test sign-in: {props.testProblem}</p>
        </Notice>
      )}
      {props.report && <TestResult report={props.report} mailboxes={props.mailboxes} />}
      <ErrorSummary errors={e} />
      <p class="hint">
        LDAP and Active Directory sign-in has <a href="/settings/signin/ldap">its own page</a>; the role
        mapping and policy below apply to it too.
      </p>
      <form method="post" action="/settings/signin/save" class="stack" novalidate>
        <Csrf token={props.csrf} />
        <section aria-labelledby="h-oidc" class="card stack">
          <h2 id="h-oidc">OpenID Connect provider</h2>
          <p class="hint">
            Leave the issuer and client id empty for no single sign-on. Register this redirect URI at the
            provider: <code class="wrap">{props.redirectUri}</code> (set <code>VEILDRAFT_PUBLIC_URL</code>{' '}
            when the console is reached under another address).
          </p>
          <Field
            name="providerName"
            label="Provider name (on the sign-in button)"
            value={v('providerName')}
            error={e.providerName}
            maxlength={60}
          />
          <Field
            name="issuer"
            label="Issuer URL"
            value={v('issuer')}
            error={e.issuer}
            hint="e.g. https://login.microsoftonline.com/<tenant id>/v2.0 or https://keycloak.example/realms/<realm>"
          />
          <Field name="clientId" label="Client (application) id" value={v('clientId')} error={e.clientId} />
          <Field
            name="clientSecret"
            label="Client secret"
            type="password"
            autocomplete="off"
            error={e.clientSecret}
            hint={
              props.view.hasSecret
                ? 'A secret is stored. Leave empty to keep it.'
                : 'Leave empty for a public client (PKCE only).'
            }
          />
          <Field
            name="scopes"
            label="Scopes"
            value={v('scopes')}
            error={e.scopes}
            hint="Separated by spaces; must include openid. Do not request a groups scope from Entra ID."
          />
          <Field
            name="usernameClaim"
            label="User name claim"
            value={v('usernameClaim')}
            error={e.usernameClaim}
            hint="preferred_username, upn or email"
          />
          <Field
            name="groupsClaim"
            label="Groups claim path"
            value={v('groupsClaim')}
            error={e.groupsClaim}
            hint="groups, roles (Entra ID app roles) or a dotted path such as realm_access.roles (Keycloak)"
          />
          <Check name="endSession" form={form}>
            Signing out of Veildraft also signs out at the provider (when it supports RP-initiated logout)
          </Check>
        </section>
        <section aria-labelledby="h-mapping" class="card stack">
          <h2 id="h-mapping">Role mapping</h2>
          <p class="hint">
            One group, app role or group DN per line, exactly as the provider sends it (case does not matter).
            Read again at every sign-in: a person whose groups no longer map is refused and signed out
            everywhere. Shared by single sign-on and LDAP.
          </p>
          <TextArea name="adminGroups" label="Admin groups" value={v('adminGroups')} error={e.adminGroups} />
          <TextArea
            name="reviewerGroups"
            label="Reviewer groups"
            value={v('reviewerGroups')}
            error={e.reviewerGroups}
          />
          <TextArea
            name="auditorGroups"
            label="Auditor groups"
            value={v('auditorGroups')}
            error={e.auditorGroups}
          />
          {props.mailboxes.map((m) => (
            <TextArea
              name={mailboxGroupsField(m.id)}
              label={`Reviewers of mailbox ${m.name}: groups`}
              value={v(mailboxGroupsField(m.id))}
            />
          ))}
        </section>
        <section aria-labelledby="h-policy" class="card stack">
          <h2 id="h-policy">Accounts</h2>
          <Check name="createUsers" form={form}>
            Create a Veildraft user at the first sign-in of a person whose groups map (just-in-time). Off: an
            admin adds them on the Users page first.
          </Check>
          <Check name="restrictLocal" form={form}>
            Local passwords only for local admins (break-glass, with two-factor sign-in); everyone else signs
            in through the directory
          </Check>
        </section>
        <button type="submit">Save sign-in settings</button>
      </form>
      {props.view.oidc && (
        <section aria-labelledby="h-test-run" class="card">
          <h2 id="h-test-run">Test sign-in</h2>
          <p>
            Signs in at the provider (any account) and shows the claims and the mapped role. Nobody is signed
            in to Veildraft.
          </p>
          <form method="post" action="/settings/signin/test">
            <Csrf token={props.csrf} />
            <button type="submit">Test sign-in</button>
          </form>
        </section>
      )}
    </Layout>
  );
}

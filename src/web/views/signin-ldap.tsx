import type { LdapTestResult } from '../../identity/ldap/ldap-signin.usecases.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { Csrf, ErrorSummary, Field, Notice, TextArea } from './components.js';
import { Layout } from './layout.js';

type Vals = Record<string, unknown>;
const s = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const on = (v: unknown) => v === true || v === 'on';

function Check(props: { name: string; label: string; checked: boolean }) {
  return (
    <label class="choice">
      <input type="checkbox" name={props.name} checked={props.checked} /> {props.label}
    </label>
  );
}

function Choice(props: {
  name: string;
  label: string;
  value: string;
  options: [string, string][];
  error?: string;
}) {
  const id = `f-${props.name}`;
  return (
    <div class={props.error ? 'field invalid' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.error && (
        <p class="error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
      <select id={id} name={props.name} aria-invalid={props.error ? 'true' : undefined}>
        {props.options.map(([v, label]) => (
          <option value={v} selected={props.value === v}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What the directory returned for a test sign-in; nothing was signed in. */
function TestOutcome(props: { result: LdapTestResult }) {
  const r = props.result;
  if (!r.ok)
    return (
      <Notice tone="warn">
        <p>
          <code>{r.code}</code>: {r.message}
        </p>
      </Notice>
    );
  return (
    <Notice tone="ok">
      <p>The directory accepted the password. Nobody was signed in.</p>
      <dl class="facts">
        <dt>DN</dt>
        <dd>
          <code>{r.dn}</code>
        </dd>
        <dt>Stable id (subject)</dt>
        <dd>
          <code>{r.identity.subject}</code>
        </dd>
        <dt>User name, e-mail, display name</dt>
        <dd>
          {r.identity.username} · {r.identity.email ?? '—'} · {r.identity.displayName ?? '—'}
        </dd>
        <dt>Groups</dt>
        <dd>{r.identity.groups.length ? r.identity.groups.join(', ') : 'none'}</dd>
        <dt>Mapped role</dt>
        <dd>
          {r.access.ok
            ? `${r.access.role}${r.access.mailboxIds.length ? ` (mailboxes ${r.access.mailboxIds.join(', ')})` : ''}`
            : 'none: no group is mapped to a role, so this person would be refused'}
        </dd>
      </dl>
      <details>
        <summary>All attributes read</summary>
        <ul>
          {Object.entries(r.attributes).map(([k, v]) => (
            <li>
              <code>{k}</code>: {v.join(', ')}
            </li>
          ))}
        </ul>
      </details>
    </Notice>
  );
}

export function SigninLdapPage(props: {
  csrf: string;
  active: ActiveSession;
  values: Vals;
  hasBindPassword: boolean;
  errors?: Record<string, string>;
  saved?: boolean;
  test?: { username: string; result: LdapTestResult };
}) {
  const v = props.values;
  const e = props.errors ?? {};
  return (
    <Layout
      title="Sign-in: LDAP and Active Directory"
      active={props.active}
      csrf={props.csrf}
      path="/settings"
    >
      <p>
        <a href="/settings">Settings</a> → Sign-in → LDAP
      </p>
      {props.saved && (
        <Notice tone="ok">
          <p>Saved: LDAP sign-in settings.</p>
        </Notice>
      )}
      <section aria-labelledby="h-ldap" class="card" id="ldap">
        <h2 id="h-ldap">LDAP and Active Directory</h2>
        <p class="hint">
          People whose name is not a local account sign in with their directory password on the usual sign-in
          page. Their role comes from the role mapping at every sign-in. Local admins with two-factor sign-in
          stay the way in when the directory is down.
        </p>
        <ErrorSummary errors={e} />
        <form method="post" action="/settings/signin/ldap" class="stack" novalidate>
          <Csrf token={props.csrf} />
          <Check name="enabled" label="Sign in with LDAP" checked={on(v.enabled)} />
          <Field
            name="url"
            label="Server URL"
            value={s(v.url)}
            error={e.url}
            hint="ldaps://dc.example.org (port 636), or ldap://… with StartTLS. Plain LDAP only to this machine."
          />
          <Check name="startTls" label="Use StartTLS on ldap://" checked={on(v.startTls)} />
          <Check name="verifyTls" label="Verify the server certificate (keep on)" checked={on(v.verifyTls)} />
          <TextArea
            name="caPem"
            label="CA certificate (PEM, optional)"
            value={s(v.caPem)}
            error={e.caPem}
            hint="The CA that signed the directory's certificate, if the system does not trust it."
          />
          <Field name="bindDn" label="Service account DN" value={s(v.bindDn)} error={e.bindDn} />
          <Field
            name="bindPassword"
            label="Service account password"
            type="password"
            autocomplete="new-password"
            error={e.bindPassword}
            hint={props.hasBindPassword ? 'A password is saved; leave empty to keep it.' : undefined}
          />
          <Field name="userBase" label="User search base" value={s(v.userBase)} error={e.userBase} />
          <Field
            name="userFilter"
            label="User filter"
            value={s(v.userFilter)}
            error={e.userFilter}
            hint="e.g. (objectClass=person); the login attribute is matched on top of it."
          />
          <Choice
            name="loginAttribute"
            label="People sign in with"
            value={s(v.loginAttribute)}
            error={e.loginAttribute}
            options={[
              ['uid', 'uid (OpenLDAP)'],
              ['sAMAccountName', 'sAMAccountName (Active Directory)'],
              ['userPrincipalName', 'userPrincipalName (name@domain)'],
              ['mail', 'mail'],
            ]}
          />
          <Field
            name="usernameAttribute"
            label="Console user name attribute"
            value={s(v.usernameAttribute)}
            error={e.usernameAttribute}
          />
          <Field
            name="emailAttribute"
            label="E-mail attribute"
            value={s(v.emailAttribute)}
            error={e.emailAttribute}
          />
          <Field
            name="displayNameAttribute"
            label="Display name attribute"
            value={s(v.displayNameAttribute)}
            error={e.displayNameAttribute}
          />
          <Choice
            name="subjectAttribute"
            label="Stable id"
            value={s(v.subjectAttribute)}
            error={e.subjectAttribute}
            options={[
              ['entryUUID', 'entryUUID (OpenLDAP)'],
              ['objectGUID', 'objectGUID (Active Directory)'],
              ['dn', 'the DN (changes when someone is moved or renamed)'],
            ]}
          />
          <Choice
            name="groupSource"
            label="Groups come from"
            value={s(v.groupSource)}
            error={e.groupSource}
            options={[
              ['memberOf', 'memberOf on the user (Active Directory, OpenLDAP memberof overlay)'],
              ['search', 'a search of group entries'],
            ]}
          />
          <Field name="groupBase" label="Group search base" value={s(v.groupBase)} error={e.groupBase} />
          <Field
            name="groupFilter"
            label="Group filter"
            value={s(v.groupFilter)}
            error={e.groupFilter}
            hint="{dn} is the user's DN, {username} the typed name, e.g. (&(objectClass=groupOfNames)(member={dn}))"
          />
          <Choice
            name="groupNameAttribute"
            label="A group is named by"
            value={s(v.groupNameAttribute)}
            error={e.groupNameAttribute}
            options={[
              ['cn', 'its cn (vd-admins)'],
              ['dn', 'its full DN'],
            ]}
          />
          <Field
            name="disabledFilter"
            label="Disabled accounts filter (optional)"
            value={s(v.disabledFilter)}
            error={e.disabledFilter}
            hint="Checked on the user's entry. AD's disabled flag and OpenLDAP's administrative lock are always refused."
          />
          <Field
            name="timeoutS"
            label="Timeout (seconds)"
            value={s(v.timeoutS)}
            error={e.timeoutS}
            inputmode="numeric"
          />
          <p class="hint">
            Whether a person gets a console account at their first sign-in, and which groups give which role,
            is set once for every directory on the <a href="/settings/signin">Sign-in</a> page.
          </p>
          <button type="submit">Save LDAP settings</button>
        </form>
      </section>
      <section aria-labelledby="h-ldap-test" class="card" id="ldap-test">
        <h2 id="h-ldap-test">Test sign-in</h2>
        <p class="hint">
          Shows what the directory returns for a person and the role it maps to, with the saved settings.
          Nobody is signed in.
        </p>
        {props.test && <TestOutcome result={props.test.result} />}
        <form method="post" action="/settings/signin/ldap/test" class="stack" novalidate>
          <Csrf token={props.csrf} />
          <Field name="username" label="User name" value={props.test?.username} autocomplete="off" />
          <Field name="password" label="Password" type="password" autocomplete="off" />
          <button type="submit">Test sign-in</button>
        </form>
      </section>
    </Layout>
  );
}

import type { Child } from 'hono/jsx';
import type { DirectoryLink } from '../../identity/directory-users.usecases.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { roleDescriptions, roleLabels, USERNAME_RULE } from '../../users/users.models.js';
import type { User } from '../../users/users.table.js';
import { type Role, roles } from '../../users/users.table.js';
import { Csrf, ErrorSummary, Field, Notice } from './components.js';
import { Layout } from './layout.js';
import { Time } from './time.js';
import { UserEmailSection } from './user-email.js';

/** Role choice; new users default to the least-privileged role that reads nothing sensitive. */
export function RoleSelect(props: { value?: string; error?: string }) {
  const value = props.value ?? 'auditor';
  return (
    <div class={props.error ? 'field invalid' : 'field'}>
      <label for="f-role">Role</label>
      <ul class="hint" id="f-role-hint">
        {roles.map((r) => (
          <li>
            <strong>{roleLabels[r]}</strong>: {roleDescriptions[r]}
          </li>
        ))}
      </ul>
      {props.error && <p class="error">{props.error}</p>}
      <select id="f-role" name="role" aria-describedby="f-role-hint">
        {roles.map((r) => (
          <option value={r} selected={r === value}>
            {roleLabels[r]}
          </option>
        ))}
      </select>
    </div>
  );
}

function status(u: User): string {
  if (u.disabledAt != null) return 'disabled';
  if (u.enrolledAt == null) return 'must enrol at next sign-in';
  return 'active';
}

const providerLabels = { oidc: 'OpenID Connect', ldap: 'LDAP' } as const;

/** Where a directory user signs in, and whether they have yet. */
function DirectoryStatus(props: { link: DirectoryLink }) {
  return (
    <>
      {providerLabels[props.link.provider]}
      {' · '}
      {props.link.lastSignInAt === null ? (
        'pending first sign-in'
      ) : (
        <>
          last sign-in <Time at={props.link.lastSignInAt} />
        </>
      )}
    </>
  );
}

export function UsersPage(props: {
  csrf: string;
  active: ActiveSession;
  users: User[];
  /** Users who sign in through a directory. */
  directory?: Map<number, DirectoryLink>;
  dirErrors?: Record<string, string>;
  dirForm?: { username: string; provider: string };
  errors?: Record<string, string>;
  form?: { username: string; role: string };
  created?: { username: string; temporaryPassword: string };
  /** Shown below the table (failed sign-ins). */
  children?: Child;
}) {
  const errors = props.errors ?? {};
  return (
    <Layout title="Users" active={props.active} csrf={props.csrf} path="/users">
      {props.created && (
        <Notice tone="ok">
          <p>
            User <strong>{props.created.username}</strong> was created. Give them this one-time password
            through a safe channel; it is shown only now. At first sign-in they choose their own password and
            enrol two-factor sign-in.
          </p>
          <p>
            <code class="secret" data-copy>
              {props.created.temporaryPassword}
            </code>
          </p>
        </Notice>
      )}
      <section aria-label="All users" class="card">
        <table class="stacked">
          <thead>
            <tr>
              <th scope="col">Username</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Sign-in</th>
            </tr>
          </thead>
          <tbody>
            {props.users.map((u) => (
              <tr>
                <th scope="row">
                  <a href={`/users/${u.id}`}>{u.username}</a>
                </th>
                <td data-label="Role">{roleLabels[u.role]}</td>
                <td data-label="Status">
                  <span
                    class={`badge ${u.disabledAt != null ? 'bad' : u.enrolledAt == null ? 'warn' : 'ok'}`}
                  >
                    {status(u)}
                  </span>
                </td>
                <td data-label="Sign-in">
                  {props.directory?.get(u.id) ? (
                    <DirectoryStatus link={props.directory.get(u.id)!} />
                  ) : (
                    'local'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {props.users.length === 1 && (
        <p>
          You are the only user. Add a reviewer to work the review queue and read the drafts' records of the
          mailboxes you assign them, or an auditor to read the audit log.
        </p>
      )}
      {props.children}
      <section aria-labelledby="new-user" class="card">
        <h2 id="new-user">Add a user</h2>
        <ErrorSummary errors={errors} />
        <form method="post" action="/users" class="stack" aria-labelledby="new-user" novalidate>
          <Csrf token={props.csrf} />
          <Field
            name="username"
            label="Username"
            value={props.form?.username}
            error={errors.username}
            hint={USERNAME_RULE}
            required
          />
          <RoleSelect value={props.form?.role} error={errors.role} />
          <button type="submit">Add user</button>
        </form>
      </section>
      <section aria-labelledby="new-dir-user" class="card">
        <h2 id="new-dir-user">Add a directory user</h2>
        <p class="hint">
          For single sign-on or LDAP while "create users at first sign-in" is off: the account is linked at
          the person's first directory sign-in with this user name, and their role comes from the role
          mapping.
        </p>
        <ErrorSummary errors={props.dirErrors ?? {}} />
        <form method="post" action="/users/directory" class="stack" aria-labelledby="new-dir-user" novalidate>
          <Csrf token={props.csrf} />
          <Field
            name="dirUsername"
            label="Directory user name"
            value={props.dirForm?.username}
            error={props.dirErrors?.dirUsername}
            hint="As the provider sends it (e.g. the preferred_username claim)"
            required
          />
          <div class="field" id="f-provider">
            <label for="f-provider-select">Signs in through</label>
            {props.dirErrors?.provider && <p class="error">{props.dirErrors.provider}</p>}
            <select id="f-provider-select" name="provider">
              {Object.entries(providerLabels).map(([v, label]) => (
                <option value={v} selected={props.dirForm?.provider === v}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">Add directory user</button>
        </form>
      </section>
    </Layout>
  );
}

export function UserPage(props: {
  csrf: string;
  active: ActiveSession;
  user: User;
  recoveryLeft: number;
  mailboxes: { id: number; name: string; assigned: boolean }[];
  message?: { tone: 'ok' | 'warn'; text: string };
  /** Set when the user signs in through a directory: no local two-factor sign-in to reset. */
  directory?: DirectoryLink;
  /** Shown below the facts (failed sign-ins). */
  children?: Child;
}) {
  const u = props.user;
  const self = u.id === props.active.user.id;
  return (
    <Layout title={`User ${u.username}`} active={props.active} csrf={props.csrf} path="/users">
      <p class="back">
        <a href="/users">All users</a>
      </p>
      {props.message && (
        <Notice tone={props.message.tone}>
          <p>{props.message.text}</p>
        </Notice>
      )}
      <dl class="facts card">
        <dt>Role</dt>
        <dd>{roleLabels[u.role]}</dd>
        <dt>Status</dt>
        <dd>{status(u)}</dd>
        <dt>Unused recovery codes</dt>
        <dd>{props.recoveryLeft}</dd>
      </dl>
      {props.children}
      <div class="grid">
        <section aria-labelledby="h-role" class="card">
          <h2 id="h-role">Role</h2>
          <form method="post" action={`/users/${u.id}/role`} class="stack">
            <Csrf token={props.csrf} />
            <RoleSelect value={u.role as Role} />
            <button type="submit">Change role</button>
          </form>
        </section>
        <section aria-labelledby="h-mailboxes" class="card">
          <h2 id="h-mailboxes">Mailboxes</h2>
          {u.role !== 'reviewer' ? (
            <p>Admins and auditors are not limited to assigned mailboxes; reviewers see only theirs.</p>
          ) : props.mailboxes.length === 0 ? (
            <p>
              No mailboxes exist yet. <a href="/mailboxes">Add one</a>, then assign it here.
            </p>
          ) : (
            <form method="post" action={`/users/${u.id}/mailboxes`} class="stack">
              <Csrf token={props.csrf} />
              <fieldset>
                <legend>Mailboxes this reviewer sees</legend>
                {props.mailboxes.map((m) => (
                  <label class="choice">
                    <input type="checkbox" name="mailbox" value={String(m.id)} checked={m.assigned} />{' '}
                    {m.name}
                  </label>
                ))}
              </fieldset>
              <button type="submit">Save assignments</button>
            </form>
          )}
        </section>
        <UserEmailSection csrf={props.csrf} user={u} directory={props.directory !== undefined} />
        {props.directory ? (
          <section aria-labelledby="h-dir" class="card">
            <h2 id="h-dir">Directory sign-in</h2>
            <p>
              <DirectoryStatus link={props.directory} />
            </p>
            <p class="hint">
              Password and two-factor sign-in are the directory's. Role and mailboxes are set again from the
              role mapping at every sign-in.
            </p>
          </section>
        ) : (
          <section aria-labelledby="h-mfa" class="card">
            <h2 id="h-mfa">Two-factor sign-in</h2>
            <p class="hint">
              Resetting ends the user's sessions; they enrol a new authenticator at their next sign-in.
            </p>
            <form
              method="post"
              action={`/users/${u.id}/reset-mfa`}
              data-confirm={`Reset two-factor sign-in for ${u.username}?`}
            >
              <Csrf token={props.csrf} />
              <button type="submit" class="secondary">
                Reset two-factor sign-in
              </button>
            </form>
          </section>
        )}
        <section aria-labelledby="h-access" class="card">
          <h2 id="h-access">Access</h2>
          {u.disabledAt == null ? (
            <form
              method="post"
              action={`/users/${u.id}/disable`}
              data-confirm={`Disable ${u.username}? Their sessions end now.`}
            >
              <Csrf token={props.csrf} />
              <button type="submit" class="danger">
                {self ? 'Disable my own account' : 'Disable user'}
              </button>
            </form>
          ) : (
            <form method="post" action={`/users/${u.id}/enable`}>
              <Csrf token={props.csrf} />
              <button type="submit">Enable user</button>
            </form>
          )}
        </section>
      </div>
    </Layout>
  );
}

import { passwordRule } from '../../auth/password-policy.models.js';
import { formatSize } from '../../backup/backup.models.js';
import type { BackupEntry } from '../../backup/backup-files.js';
import { USERNAME_RULE } from '../../users/users.models.js';
import { Csrf, ErrorSummary, Field, Notice, SetupSteps } from './components.js';
import { Layout } from './layout.js';

/**
 * Before the wizard: asks for the one-time setup token from the log (see auth/setup-token.ts).
 * A GET form, so the token lands in the same place as the link in the log does.
 */
export function SetupTokenPage(props: { wrong?: boolean }) {
  const errors: Record<string, string> = props.wrong
    ? { token: 'This is not the token of the current start. Copy it again from the newest log lines.' }
    : {};
  return (
    <Layout title="Set up Veildraft" active={null}>
      <p>
        To prove that you are the person running this appliance, setup asks for the one-time token that
        Veildraft printed in its log when it started. Open the link in the line <q>setup is not complete</q>,
        or paste the token from it here.
      </p>
      <ul>
        <li>
          In Docker: <code>docker logs veildraft</code> (your container's name).
        </li>
        <li>
          Otherwise: the terminal running <code>veildraft start</code> (or <code>npm start</code>).
        </li>
      </ul>
      <p>Every start makes a new token; it stops working once setup is done.</p>
      <ErrorSummary errors={errors} />
      <form method="get" action="/setup" class="stack" novalidate>
        <Field name="token" label="Setup token" error={errors.token} autocomplete="off" required />
        <button type="submit">Continue</button>
      </form>
    </Layout>
  );
}

export function SetupPage(props: {
  csrf: string;
  setupToken: string;
  username?: string;
  errors?: Record<string, string>;
  /** Backups in the backup folder, offered for a restore instead of a fresh start. */
  backups?: BackupEntry[];
  restore?: RestoreChoice;
}) {
  const errors = props.errors ?? {};
  return (
    <Layout title="Set up Veildraft" active={null}>
      <SetupSteps current={0} />
      <p>
        There is no account yet, and there are no default accounts. Create the first administrator. Every user
        signs in with a password and a code from an authenticator app.
      </p>
      <ErrorSummary errors={errors} />
      <form method="post" action="/setup/admin" class="stack card" novalidate>
        <Csrf token={props.csrf} />
        <input type="hidden" name="setupToken" value={props.setupToken} />
        <Field
          name="username"
          label="Username"
          value={props.username}
          error={errors.username}
          autocomplete="username"
          hint={USERNAME_RULE}
          required
        />
        <Field
          name="password"
          label="Password"
          type="password"
          error={errors.password}
          autocomplete="new-password"
          hint={passwordRule()}
          required
        />
        <Field
          name="confirmPassword"
          label="Repeat the password"
          type="password"
          error={errors.confirmPassword}
          autocomplete="new-password"
          required
        />
        <button type="submit">Create admin and continue</button>
      </form>
      <RestoreFromBackup
        csrf={props.csrf}
        setupToken={props.setupToken}
        backups={props.backups}
        choice={props.restore}
      />
    </Layout>
  );
}

/** What became of a restore chosen in the wizard: staged for the next start, or why not. */
export type RestoreChoice = { ok: true; name: string } | { ok: false; message: string };

/** Instead of a fresh start: a backup from the backup folder, restored at the next start. */
function RestoreFromBackup(props: {
  csrf: string;
  setupToken: string;
  backups?: BackupEntry[];
  choice?: RestoreChoice;
}) {
  if (!props.backups) return null;
  const { choice } = props;
  return (
    <section class="card" aria-labelledby="h-restore" id="restore">
      <h2 id="h-restore">Or restore from a backup</h2>
      {choice?.ok && (
        <Notice tone="ok">
          <p>
            {choice.name} is good and will be restored when the appliance starts next. Restart it now (e.g.{' '}
            <code>docker restart veildraft</code>); then sign in with the accounts from the backup.
          </p>
        </Notice>
      )}
      {choice && !choice.ok && (
        <Notice tone="warn">
          <p>{choice.message}</p>
        </Notice>
      )}
      {props.backups.length === 0 ? (
        <p>
          No backups in the backup folder. Copy a backup file (<code>veildraft-….db</code> with its{' '}
          <code>.manifest.json</code>) into the folder VEILDRAFT_BACKUP_DIR names, and the master key file it
          was made under into the key folder as <code>master.key.&lt;name&gt;.old</code>, then reload this
          page. Or run <code>veildraft restore &lt;file&gt; --key-file &lt;key&gt;</code> with the appliance
          stopped.
        </p>
      ) : (
        <form method="post" action="/setup/restore" class="stack" novalidate>
          <Csrf token={props.csrf} />
          <input type="hidden" name="setupToken" value={props.setupToken} />
          <fieldset>
            <legend>Backups in the backup folder</legend>
            {props.backups.map((b, i) => (
              <label class="choice">
                <input type="radio" name="name" value={b.name} checked={i === 0} /> {b.name} (
                {formatSize(b.size)}
                {b.manifest ? `, version ${b.manifest.appVersion}` : ', no manifest'})
              </label>
            ))}
          </fieldset>
          <button type="submit" class="secondary">
            Check and restore this backup
          </button>
        </form>
      )}
    </section>
  );
}

import { type BackupSettings, formatSize } from '../../backup/backup.models.js';
import type { BackupEntry } from '../../backup/backup-files.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { Csrf, ErrorSummary, Field, Notice } from './components.js';
import { Layout } from './layout.js';
import { Time } from './time.js';

function Verdict(props: { entry: BackupEntry }) {
  const m = props.entry.manifest;
  if (!m) return <span class="badge warn">Unverified</span>;
  if (m.verification.ok) return <span class="badge ok">Verified</span>;
  return (
    <span>
      <span class="badge bad">Failed</span> {m.verification.integrity}
    </span>
  );
}

export interface BackupsPageProps {
  csrf: string;
  active: ActiveSession;
  backups: BackupEntry[];
  settings: BackupSettings;
  folder: string;
  offboxFolder?: string;
  notice?: { tone: 'ok' | 'warn'; text: string };
  errors?: { fields: Record<string, string>; form: Record<string, string | string[]> };
}

/** Privacy → Backups: the list, "Back up now", verify and download, and the schedule. */
export function BackupsPage(props: BackupsPageProps) {
  const form = props.errors?.form;
  const val = (k: keyof BackupSettings) => {
    const v = form ? form[k] : props.settings[k];
    return Array.isArray(v) ? (v[0] ?? '') : String(v ?? '');
  };
  const enabled = form ? form.enabled === 'on' : props.settings.enabled;
  const errs = props.errors?.fields ?? {};
  return (
    <Layout title="Backups" active={props.active} csrf={props.csrf} path="/privacy/backups">
      {props.notice && (
        <Notice tone={props.notice.tone}>
          <p>{props.notice.text}</p>
        </Notice>
      )}
      <section class="card" aria-labelledby="h-now">
        <h2 id="h-now">Back up now</h2>
        <p>
          Backups are encrypted with the database key and verified before they count (integrity check and row
          counts). They are written to <code>{props.folder}</code>.
        </p>
        <form method="post" action="/privacy/backups/create">
          <Csrf token={props.csrf} />
          <button type="submit">Back up now</button>
        </form>
      </section>
      <section class="scroll card" tabindex={0} aria-labelledby="h-list">
        <h2 id="h-list">Backups ({props.backups.length})</h2>
        {props.backups.length === 0 ? (
          <p>No backups yet.</p>
        ) : (
          <table class="stacked">
            <thead>
              <tr>
                <th scope="col">Created</th>
                <th scope="col">Size</th>
                <th scope="col">App version</th>
                <th scope="col">Schema</th>
                <th scope="col">Verification</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {props.backups.map((b) => (
                <tr>
                  <td data-label="Created">{b.manifest ? <Time at={b.manifest.createdAt} /> : b.name}</td>
                  <td data-label="Size">{formatSize(b.size)}</td>
                  <td data-label="App version">{b.manifest?.appVersion ?? '—'}</td>
                  <td data-label="Schema">{b.manifest?.schemaVersion.tag ?? '—'}</td>
                  <td data-label="Verification">
                    <Verdict entry={b} />
                    {b.manifest?.offbox && <span class="badge ok">Off-box copy</span>}
                  </td>
                  <td data-label="Actions">
                    <form method="post" action="/privacy/backups/verify" class="inline">
                      <Csrf token={props.csrf} />
                      <input type="hidden" name="name" value={b.name} />
                      <button type="submit" class="secondary" aria-label={`Verify ${b.name}`}>
                        Verify
                      </button>
                    </form>{' '}
                    <a href={`/privacy/backups/download/${b.name}`} download={b.name}>
                      Download
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section class="card" aria-labelledby="h-schedule" id="schedule">
        <h2 id="h-schedule">Schedule and off-box copy</h2>
        <ErrorSummary errors={errs} />
        <form method="post" action="/privacy/backups/settings" class="stack" novalidate>
          <Csrf token={props.csrf} />
          <label class="choice">
            <input type="checkbox" name="enabled" checked={enabled} /> Back up every day
          </label>
          <Field name="time" label="At (server time)" type="time" value={val('time')} error={errs.time} />
          <Field
            name="keep"
            label="Keep the newest"
            value={val('keep')}
            error={errs.keep}
            inputmode="numeric"
            hint="Older backups are deleted after each good backup."
          />
          <Field
            name="recipient"
            label="Off-box recipient (age public key)"
            value={val('recipient')}
            error={errs.recipient}
            hint={
              props.offboxFolder
                ? `Each backup is also wrapped with age for this key into ${props.offboxFolder}. Keep the private key offline: this appliance cannot read the copies.`
                : 'Set VEILDRAFT_BACKUP_OFFBOX_DIR to write off-box copies; the recipient is used then.'
            }
          />
          <button type="submit">Save schedule</button>
        </form>
      </section>
    </Layout>
  );
}

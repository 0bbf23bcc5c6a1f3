import type { RetentionSource } from '../../retention/retention.models.js';
import type { PreviewRow } from '../../retention/retention.usecases.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { Csrf, ErrorSummary, Field, Notice } from './components.js';
import { Layout } from './layout.js';
import { Time } from './time.js';

const sourceText: Record<RetentionSource, string> = {
  console: 'set here',
  environment: 'VEILDRAFT_AUDIT_RETENTION_DAYS',
  default: 'default',
};

function Tonight(props: { row: PreviewRow }) {
  const { row } = props;
  if (row.count === null) return <span class="meta">nothing stored yet</span>;
  return (
    <span>
      {row.count}
      {row.threads ? ` (+ ${row.threads} empty threads)` : ''}
    </span>
  );
}

/**
 * Privacy → Retention: each category's period, where it comes from, and what the nightly purge
 * would delete now. Admins edit the periods and may purge at once; auditors read.
 */
export function RetentionPage(props: {
  csrf: string;
  active: ActiveSession;
  rows: PreviewRow[];
  hour: number | null;
  errors?: { fields: Record<string, string>; form: Record<string, unknown> };
  notice?: 'saved' | 'queued';
}) {
  const admin = props.active.user.role === 'admin';
  const errs = props.errors?.fields ?? {};
  const typed = (row: PreviewRow) => {
    const v = props.errors?.form[row.category];
    return typeof v === 'string' ? v : String(row.days);
  };
  return (
    <Layout title="Retention" active={props.active} csrf={props.csrf} path="/privacy/retention">
      {props.notice === 'saved' && (
        <Notice tone="ok">
          <p>Saved: retention periods. The preview below uses them.</p>
        </Notice>
      )}
      {props.notice === 'queued' && (
        <Notice tone="ok">
          <p>Purge queued: it runs in small batches; the audit log records what it removed.</p>
        </Notice>
      )}
      <p>
        Each night{props.hour === null ? '' : ` at ${String(props.hour).padStart(2, '0')}:00`} Veildraft
        deletes what is older than these periods, in small batches so mail sync keeps running. The purge is
        audited with the count per category.
      </p>
      <section class="scroll card" tabindex={0} aria-label="What would go tonight">
        <h2>What would go tonight</h2>
        <table class="stacked">
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Kept for</th>
              <th scope="col">From</th>
              <th scope="col">Older than</th>
              <th scope="col">Would go</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>
                <td data-label="Category">{r.label}</td>
                <td data-label="Kept for">
                  {r.days} days
                  {r.heldBy === 'sync_backfill' && (
                    <span class="meta">
                      {' '}
                      (at least as far back as sync reads: VEILDRAFT_SYNC_BACKFILL_MONTHS)
                    </span>
                  )}
                </td>
                <td data-label="From">{sourceText[r.source]}</td>
                <td data-label="Older than">
                  <Time at={r.before} />
                </td>
                <td data-label="Would go">
                  <Tonight row={r} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {admin && (
        <div class="grid">
          <section class="card" aria-labelledby="h-periods">
            <h2 id="h-periods">Retention periods</h2>
            <ErrorSummary errors={errs} />
            <form method="post" action="/privacy/retention" class="stack" novalidate>
              <Csrf token={props.csrf} />
              {props.rows.map((r) => (
                <Field
                  name={r.category}
                  label={`${r.label} (days)`}
                  value={typed(r)}
                  error={errs[r.category]}
                  inputmode="numeric"
                />
              ))}
              <button type="submit">Save retention periods</button>
            </form>
          </section>
          <section class="card" aria-labelledby="h-purge">
            <h2 id="h-purge">Purge now</h2>
            <p>Deletes what the table above lists without waiting for the night.</p>
            <form method="post" action="/privacy/retention/purge" class="stack">
              <Csrf token={props.csrf} />
              <button type="submit">Purge now</button>
            </form>
          </section>
        </div>
      )}
    </Layout>
  );
}

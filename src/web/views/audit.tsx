import type { VerifyResult } from '../../audit/audit.models.js';
import type { AuditPage, AuditQuery } from '../../audit/audit-view.usecases.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { ErrorSummary, Field, formatTime, Notice } from './components.js';
import { Layout } from './layout.js';

export function AuditLogPage(props: {
  csrf: string;
  active: ActiveSession;
  query: AuditQuery;
  page: AuditPage;
  chain: VerifyResult;
}) {
  const { query, page, chain } = props;
  const next = new URLSearchParams({ ...query, before: String(page.nextBefore ?? '') });
  return (
    <Layout title="Audit log" active={props.active} csrf={props.csrf} path="/audit">
      {chain.ok ? (
        <Notice tone="ok">
          <p>
            Chain verified: {chain.rows} entries
            {chain.fromId > 1 ? ` from entry ${chain.fromId}` : ''}, each linked to the one before. Nothing
            was altered or removed outside retention.
          </p>
        </Notice>
      ) : (
        <Notice tone="warn">
          <p>
            Chain verification failed at entry {chain.badId}: {chain.reason.replace('_', ' ')}. Entries may
            have been altered or removed. Keep a copy of the database and investigate.
          </p>
        </Notice>
      )}
      <p>
        <a href="/audit?verify=now">Verify the chain again now</a>
      </p>
      <ErrorSummary errors={page.errors} />
      <form method="get" action="/audit" class="filters" aria-label="Filter">
        <Field
          name="action"
          label="Action starts with"
          value={query.action}
          error={page.errors.action}
          hint="e.g. user. or auth.signin"
        />
        <Field name="actor" label="Actor" value={query.actor} error={page.errors.actor} hint="e.g. user:1" />
        <Field name="target" label="Target" value={query.target} error={page.errors.target} />
        <Field name="from" label="From (date)" type="date" value={query.from} error={page.errors.from} />
        <Field name="to" label="To (date)" type="date" value={query.to} error={page.errors.to} />
        <button type="submit" class="secondary">
          Filter
        </button>
      </form>
      {page.rows.length === 0 ? (
        <p>No entries match.</p>
      ) : (
        <section class="scroll card" tabindex={0} aria-label="Audit entries">
          <table class="stacked">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Time</th>
                <th scope="col">Actor</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((r) => (
                <tr>
                  <td data-label="#">{r.id}</td>
                  <td data-label="Time">{formatTime(r.at)}</td>
                  <td data-label="Actor">{r.actor}</td>
                  <td data-label="Action">
                    <code>{r.action}</code>
                  </td>
                  <td data-label="Target">{r.target ?? ''}</td>
                  <td class="meta" data-label="Details">
                    {r.metadata === '{}' ? '' : r.metadata}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {page.nextBefore !== null && (
        <p>
          <a href={`/audit?${next.toString()}`}>Older entries</a>
        </p>
      )}
    </Layout>
  );
}

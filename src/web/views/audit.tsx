import type { AuditRow } from '../../audit/audit.table.js';
import { actionLabel, actorLabel, actorUserId, metadataText } from '../../audit/audit-labels.models.js';
import type { AuditPage, AuditQuery, ChainStatus } from '../../audit/audit-view.usecases.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { ErrorSummary, Field, Notice } from './components.js';
import { Layout } from './layout.js';
import { Time } from './time.js';

/** The readable phrase, with the stored code beside it (muted) for those who search or export by code. */
function Coded(props: { text: string; code: string }) {
  if (props.text === props.code) return <code>{props.code}</code>;
  return (
    <span>
      {props.text} <code class="hint">{props.code}</code>
    </span>
  );
}

function Target(props: { row: AuditRow; page: AuditPage }) {
  const { target } = props.row;
  if (target === null) return null;
  const userId = actorUserId(target);
  const person = userId === null ? undefined : props.page.people.get(userId);
  return person ? <Coded text={person.username} code={target} /> : <code>{target}</code>;
}

export function AuditLogPage(props: {
  csrf: string;
  active: ActiveSession;
  query: AuditQuery;
  page: AuditPage;
  chain: ChainStatus;
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
          <p class="hint">
            New entries are checked each time this page is shown; every entry was last checked from the start
            at <Time at={chain.fullCheckAt} relative />.
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
        <Field
          name="actor"
          label="Actor"
          value={query.actor}
          error={page.errors.actor}
          hint="A user name, or system, cli, anonymous"
        />
        <Field
          name="target"
          label="Target"
          value={query.target}
          error={page.errors.target}
          hint="A user name, or a code such as conversation:12"
        />
        <Field name="from" label="From (date)" type="date" value={query.from} error={page.errors.from} />
        <Field name="to" label="To (date)" type="date" value={query.to} error={page.errors.to} />
        <button type="submit" class="secondary">
          Filter
        </button>
      </form>
      {page.rows.length === 0 ? (
        <p>
          {Object.values(query).some((v) => v.trim())
            ? 'No entries match these filters. '
            : 'The audit log is empty. '}
          <a href="/audit">Show every entry</a>
        </p>
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
                  <td data-label="Time">
                    <Time at={r.at} />
                  </td>
                  <td data-label="Actor">
                    <Coded text={actorLabel(r.actor, page.people)} code={r.actor} />
                  </td>
                  <td data-label="Action">
                    <Coded text={actionLabel(r.action)} code={r.action} />
                  </td>
                  <td data-label="Target">
                    <Target row={r} page={page} />
                  </td>
                  <td class="meta" data-label="Details">
                    {r.metadata === '{}' ? '' : metadataText(r.metadata)}
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

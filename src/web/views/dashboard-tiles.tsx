import type { Child } from 'hono/jsx';
import type { DashboardView } from '../../dashboard/dashboard.usecases.js';
import type { FeatureStatus } from '../../dashboard/features.models.js';
import type { Role } from '../../users/users.table.js';
import { Time } from './time.js';

type Tone = 'ok' | 'warn' | 'bad' | 'neutral';

/** One status at a glance: what it is, one line, and where to act on it. */
export function Tile(props: { title: string; tone?: Tone; href?: string; go?: string; children?: Child }) {
  return (
    <li class={`tile ${props.tone ?? 'neutral'}`}>
      <h2>{props.title}</h2>
      <p class="value">{props.children}</p>
      {props.href && (
        <p class="go">
          <a href={props.href}>{props.go}</a>
        </p>
      )}
    </li>
  );
}

const troubled = new Set(['auth_failed', 'unreachable']);

/**
 * Drafting on or off. Only admins can install a model, so only they get the red tone and the
 * link to the fix; reviewers and auditors are told plainly, without an alarm they cannot act on.
 */
function DraftingTile(props: { feature: FeatureStatus; admin: boolean }) {
  const { feature, admin } = props;
  if (feature.on)
    return (
      <Tile title="Drafting" tone="ok">
        <strong>On</strong> <span class="hint">{feature.detail}</span>
      </Tile>
    );
  return (
    <Tile
      title="Drafting"
      tone={admin ? 'bad' : 'neutral'}
      href={admin ? '/settings#llm' : undefined}
      go="How to turn it on"
    >
      <strong>Off</strong> {admin ? 'no drafts are written' : 'an admin turns it on'}
    </Tile>
  );
}

export function StatusTiles(props: { view: DashboardView; role: Role }) {
  const { view, role } = props;
  const admin = role === 'admin';
  const worker = admin || role === 'reviewer';
  const problems = view.mailboxes.filter((m) => troubled.has(m.mailbox.state)).length;
  const quarantined = view.mailboxes.reduce((n, m) => n + m.quarantined, 0);
  const drafting = view.features.find((f) => f.name === 'Drafting');
  const { chain } = view;
  return (
    <ul class="tiles" aria-label="Status">
      {view.store && (
        <Tile title="Storage" tone="bad">
          <strong>{view.store.code === 'store.corrupt' ? 'Read-only' : 'Cannot save'}</strong>{' '}
          <code>{view.store.code}</code> {view.store.message}
        </Tile>
      )}
      {!view.store && view.lastIntegrityCheck !== null && (
        <Tile title="Database" tone="ok">
          <strong>Intact</strong> full check passed <Time at={view.lastIntegrityCheck} />
        </Tile>
      )}
      <Tile
        title="Mailboxes"
        tone={problems > 0 ? 'warn' : view.mailboxes.length > 0 ? 'ok' : 'neutral'}
        href={admin ? '/mailboxes' : undefined}
        go={problems > 0 ? 'Fix the connection' : 'Open the mailboxes'}
      >
        {problems > 0 ? (
          <>
            <strong>{problems}</strong> of {view.mailboxes.length} not connected
          </>
        ) : (
          <>
            <strong>{view.mailboxes.length}</strong> connected
            {quarantined > 0 && `, ${quarantined} message${quarantined === 1 ? '' : 's'} quarantined`}
          </>
        )}
      </Tile>
      <Tile title="Review queue" href={worker ? '/review' : undefined} go="Open the review queue">
        <strong>{view.work.reviewWaiting}</strong> waiting
      </Tile>
      <Tile title="Drafts today" href={worker ? '/drafts' : undefined} go="Open the drafts">
        <strong>{view.work.draftsToday}</strong> stored in Drafts since midnight
        {view.work.waitingForModel > 0 && `; ${view.work.waitingForModel} waiting for a language model`}
      </Tile>
      {drafting && <DraftingTile feature={drafting} admin={admin} />}
      {chain && (
        <Tile title="Audit log" tone={chain.ok ? 'ok' : 'bad'} href="/audit" go="Open the audit log">
          {chain.ok ? (
            <>
              <strong>{chain.rows}</strong> entries, chain unbroken
            </>
          ) : (
            <>
              <strong>Broken</strong> at entry {chain.badId}
            </>
          )}
        </Tile>
      )}
    </ul>
  );
}

import type { DraftRecordView, DraftState } from '../../draft/drafts-console.usecases.js';
import type { MailboxOption } from '../../knowledge/review-view.usecases.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { Csrf, Notice } from './components.js';
import { NoMailboxes } from './empty-states.js';
import { Layout } from './layout.js';
import { MailboxFilter, Pager } from './paging.js';
import { Time } from './time.js';

const stateWords: Record<DraftState, string> = {
  pending: 'pending',
  waiting: 'waiting for a model',
  in_drafts: 'in Drafts',
  deleted_unsent: 'deleted unused',
  failed: 'failed',
  sent_as_drafted: 'sent as drafted',
  sent_after_edits: 'sent after edits',
};

const stages: [string, string][] = [
  ['fetchMs', 'fetch'],
  ['anonymizeMs', 'anonymize'],
  ['retrieveMs', 'retrieve'],
  ['prefillMs', 'prefill'],
  ['generateMs', 'generate'],
  ['appendMs', 'append'],
];

function Timings(props: { t: Record<string, number> }) {
  const parts = stages
    .filter(([k]) => props.t[k] !== undefined)
    .map(([k, label]) => `${label} ${props.t[k]} ms`);
  if (props.t.promptTokens !== undefined) parts.push(`${props.t.promptTokens} prompt tokens`);
  return parts.length ? <span>{parts.join(' · ')}</span> : <span class="hint">none recorded</span>;
}

/** Only a draft that was not written can be drafted again: one draft per message (draft-again.usecases.ts). */
function DraftAgain(props: { r: DraftRecordView; csrf: string; mailboxId: number }) {
  if (props.r.state !== 'failed' && props.r.state !== 'waiting') return null;
  return (
    <form method="post" action={`/drafts/${props.r.id}/again`} class="inline">
      <Csrf token={props.csrf} />
      <input type="hidden" name="mailbox" value={String(props.mailboxId)} />
      <button type="submit" class="secondary">
        Draft again
      </button>
    </form>
  );
}

function Row(props: { r: DraftRecordView; csrf: string; mailboxId: number }) {
  const { r } = props;
  return (
    <tr>
      <td data-label="When">
        <Time at={r.createdAt} />
      </td>
      <td data-label="Status">
        <div>
          <span class={r.state === 'failed' ? 'status missing' : undefined}>{stateWords[r.state]}</span>
          {r.similarity !== null && r.state.startsWith('sent') && ` (similarity ${r.similarity.toFixed(2)})`}
          {r.failure && (
            <span class="hint">
              {' '}
              {r.state === 'pending' && 'Last attempt: '}
              {r.state === 'waiting' && 'Drafting is off: '}
              {r.failure} {r.failureCode && <code>{r.failureCode}</code>}
            </span>
          )}
          <DraftAgain r={r} csrf={props.csrf} mailboxId={props.mailboxId} />
        </div>
      </td>
      <td data-label="Flag">{r.suspicious ? 'suspicious: the mail tried to steer the model' : ''}</td>
      <td data-label="Model">
        <div>
          {r.model ?? '–'}
          {r.promptVersion && <span class="hint"> prompt {r.promptVersion}</span>}
        </div>
      </td>
      <td data-label="Timings">
        <Timings t={r.timings} />
      </td>
      <td data-label="Checks">
        <div>
          {r.checks.length === 0
            ? // Only a draft that was written went through the checks.
              r.state === 'in_drafts' || r.state === 'deleted_unsent' || r.state.startsWith('sent')
              ? 'passed'
              : ''
            : r.checks.map((c) => (
                <span>
                  {c.words} <code>{c.code}</code>{' '}
                </span>
              ))}
        </div>
      </td>
    </tr>
  );
}

export function DraftsPage(props: {
  csrf: string;
  active: ActiveSession;
  mailboxes: MailboxOption[];
  mailboxId: number | null;
  records: { rows: DraftRecordView[]; total: number; waiting: number; page: number; pages: number } | null;
  /** Recent mail that could not be drafted (VEILDRAFT_DRAFT_BACKLOG_HOURS), for "Draft N waiting". */
  backlog: { count: number; hours: number };
  message?: { tone: 'ok' | 'warn'; text: string };
}) {
  const { records, backlog } = props;
  return (
    <Layout title="Drafts" active={props.active} csrf={props.csrf} path="/drafts">
      <p class="lead">
        What the drafting job did for each message: status, timings and check results. The drafts' texts are
        not stored by Veildraft (by design), so there is no text to show; the draft itself is in the mailbox's
        Drafts folder.
      </p>
      {props.mailboxes.length === 0 ? (
        <NoMailboxes role={props.active.user.role} />
      ) : (
        <MailboxFilter action="/drafts" mailboxes={props.mailboxes} selected={props.mailboxId} />
      )}
      {records && records.rows.length === 0 && (
        <Notice>
          <p>No drafts have been made for this mailbox yet.</p>
        </Notice>
      )}
      {props.message && (
        <Notice tone={props.message.tone}>
          <p>{props.message.text}</p>
        </Notice>
      )}
      {records && records.waiting > 0 && (
        <Notice>
          <p>
            {records.waiting} {records.waiting === 1 ? 'message waits' : 'messages wait'} for a language
            model: drafting is off (the dashboard says why). Messages from the last {backlog.hours} hours are
            drafted as soon as a model is loaded.
          </p>
        </Notice>
      )}
      {props.mailboxId !== null && backlog.count > 0 && (
        <form method="post" action="/drafts/backlog">
          <Csrf token={props.csrf} />
          <input type="hidden" name="mailbox" value={String(props.mailboxId)} />
          <p class="hint">
            {backlog.count} {backlog.count === 1 ? 'message' : 'messages'} from the last {backlog.hours} hours
            could not be drafted because drafting was not possible (no model, or drafting off for the
            mailbox).
          </p>
          <button type="submit">Draft {backlog.count} waiting</button>
        </form>
      )}
      {records && records.rows.length > 0 && (
        <section class="scroll card" tabindex={0} aria-label="Draft records">
          <table class="stacked">
            <caption>{records.total} messages, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Status</th>
                <th scope="col">Flag</th>
                <th scope="col">Model</th>
                <th scope="col">Timings</th>
                <th scope="col">Checks</th>
              </tr>
            </thead>
            <tbody>
              {records.rows.map((r) => (
                <Row r={r} csrf={props.csrf} mailboxId={props.mailboxId!} />
              ))}
            </tbody>
          </table>
        </section>
      )}
      {records && (
        <Pager path="/drafts" page={records.page} pages={records.pages} mailboxId={props.mailboxId} />
      )}
    </Layout>
  );
}

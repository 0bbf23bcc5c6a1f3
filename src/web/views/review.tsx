import type { Segment } from '../../knowledge/review.models.js';
import type { ReviewDetailView, ReviewQueueView } from '../../knowledge/review-view.usecases.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { languageName } from '../../shared/language.js';
import { Csrf, Field, Notice } from './components.js';
import { NoMailboxes } from './empty-states.js';
import { Layout } from './layout.js';
import { MailboxFilter, Pager } from './paging.js';
import { Time } from './time.js';

type Message = { tone: 'ok' | 'warn'; text: string };

const percent = (x: number) => `${Math.round(x * 100)}%`;

export function ReviewQueuePage(props: { csrf: string; active: ActiveSession; view: ReviewQueueView }) {
  const { view } = props;
  return (
    <Layout title="Review queue" active={props.active} csrf={props.csrf} path="/review">
      <p class="lead">
        Anonymized conversations whose residual risk was high wait here. Nothing in the queue is used as an
        example for drafts until it is approved.
      </p>
      {view.mailboxes.length > 0 && (
        <MailboxFilter action="/review" mailboxes={view.mailboxes} selected={view.mailboxId} allowAll />
      )}
      {view.mailboxes.length === 0 ? (
        <NoMailboxes role={props.active.user.role} />
      ) : view.rows.length === 0 ? (
        <Notice tone="ok">
          <p>No conversations are waiting for review.</p>
        </Notice>
      ) : (
        <section class="scroll card" tabindex={0} aria-label="Conversations waiting">
          <table class="stacked">
            <caption>{view.total} waiting, newest first</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Mailbox</th>
                <th scope="col">Reply sent</th>
                <th scope="col">Language</th>
                <th scope="col">Risk</th>
                <th scope="col">Open</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r) => (
                <tr>
                  <td data-label="#">{r.id}</td>
                  <td data-label="Mailbox">{r.mailboxName}</td>
                  <td data-label="Reply sent">
                    <Time at={r.replyAt} />
                  </td>
                  <td data-label="Language">{r.lang ? languageName(r.lang) : 'unknown'}</td>
                  <td data-label="Risk">{percent(r.risk)}</td>
                  <td data-label="Open">
                    <a href={`/review/${r.id}`}>Review conversation {r.id}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <Pager path="/review" page={view.page} pages={view.pages} mailboxId={view.mailboxId} />
    </Layout>
  );
}

/** The text exactly as stored, placeholders and risk spots wrapped: the selection script counts characters. */
function AnonText(props: { field: 'customer' | 'reply'; segments: Segment[] }) {
  return (
    <div class="anon" id={`text-${props.field}`} data-field={props.field}>
      {props.segments.map((s) =>
        s.kind === 'placeholder' ? (
          <mark class="ph">{s.text}</mark>
        ) : s.kind === 'risk' ? (
          <mark class="risk" title="Residual risk: unexplained name, number or code">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </div>
  );
}

export function ReviewDetailPage(props: {
  csrf: string;
  active: ActiveSession;
  view: ReviewDetailView;
  types: readonly string[];
  message?: Message;
}) {
  const { conversation: c, customer, reply } = props.view;
  const base = `/review/${c.id}`;
  return (
    <Layout title={`Conversation ${c.id}`} active={props.active} csrf={props.csrf} path="/review">
      <p class="back">
        <a href="/review">Back to the review queue</a>
      </p>
      {props.message && (
        <Notice tone={props.message.tone}>
          <p>{props.message.text}</p>
        </Notice>
      )}
      <dl class="facts card">
        <dt>Mailbox</dt>
        <dd>{props.view.mailboxName}</dd>
        <dt>Status</dt>
        <dd>
          {c.status === 'review' ? 'waiting for review' : c.status === 'ready' ? 'approved' : 'excluded'}
        </dd>
        <dt>Risk when learned</dt>
        <dd>{percent(c.risk)}</dd>
        <dt>Risk now</dt>
        <dd>
          {percent(props.view.riskNow)} ({props.view.riskSpots} spot{props.view.riskSpots === 1 ? '' : 's'}{' '}
          marked)
        </dd>
        <dt>Reply sent</dt>
        <dd>
          <Time at={c.replyAt} />
        </dd>
      </dl>
      <p class="legend">
        <mark class="ph">[PERSON_1]</mark> placeholder · <mark class="risk">Word</mark> residual-risk spot: a
        capitalised word, digit run or code the anonymizer could not explain.
      </p>
      <h2>Customer message</h2>
      <AnonText field="customer" segments={customer} />
      <h2>Reply</h2>
      <AnonText field="reply" segments={reply} />

      <section aria-labelledby="h-mark" class="card">
        <h2 id="h-mark">Mark missed text</h2>
        <p class="hint">
          Select the text in the conversation above (the field fills itself), or type it. Every occurrence of
          it in both texts becomes a new placeholder of the chosen type.
        </p>
        <form method="post" action={`${base}/mark`} class="stack" id="mark-form">
          <Csrf token={props.csrf} />
          <input type="hidden" name="field" value="" />
          <input type="hidden" name="start" value="" />
          <input type="hidden" name="end" value="" />
          <Field name="term" label="Missed text" maxlength={190} required />
          <div class="field">
            <label for="f-type">Type</label>
            <select id="f-type" name="type">
              {props.types.map((t) => (
                <option value={t}>{t}</option>
              ))}
            </select>
          </div>
          <label class="choice">
            <input type="checkbox" name="deny" value="on" />
            Also add it to the deny list, so future mail is anonymized the same way
          </label>
          <button type="submit">Replace with a placeholder</button>
        </form>
      </section>

      <section aria-labelledby="h-allow" class="card">
        <h2 id="h-allow">A placeholder that is not personal data</h2>
        <p>
          The original text behind a placeholder was never stored, so this conversation keeps the placeholder.
          Add the term to the allow list and future mail keeps it in clear.
        </p>
        <form method="post" action={`${base}/allow`} class="stack">
          <Csrf token={props.csrf} />
          <Field
            name="allow"
            label="Term to allow"
            maxlength={200}
            required
            hint="e.g. your product's name"
          />
          <button type="submit" class="secondary">
            Add to the allow list
          </button>
        </form>
      </section>

      <section aria-labelledby="h-decide" class="card">
        <h2 id="h-decide">Decision</h2>
        <div class="actions">
          <form method="post" action={`${base}/approve`}>
            <Csrf token={props.csrf} />
            <button type="submit">Approve for use as an example</button>
          </form>
          <form method="post" action={`${base}/exclude`} data-confirm="Exclude this conversation for good?">
            <Csrf token={props.csrf} />
            <button type="submit" class="danger">
              Exclude
            </button>
          </form>
        </div>
      </section>
    </Layout>
  );
}

import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { Layout } from './layout.js';

export interface MeasuredFacts {
  perAgent: boolean;
  minSegments: number;
  slaBusinessHours: number;
  idleDays: number;
  timeZone: string;
  /** Retention periods that bound what the figures can reach back to. */
  retention: { label: string; days: number }[];
  /** Local date of the sheet. */
  date: string;
}

/**
 * One printable page an organisation can attach to its works agreement: what data the analytics
 * read, for what, for how long, who sees what, and the state of per-agent mode. Written from the
 * running configuration, so the sheet says what this appliance does, not what it could do.
 */
export function WhatIsMeasuredPage(props: { csrf: string; active: ActiveSession; facts: MeasuredFacts }) {
  const f = props.facts;
  return (
    <Layout
      title="What is measured: response-time analytics"
      active={props.active}
      csrf={props.csrf}
      path="/analytics"
    >
      <article class="sheet">
        <p class="lead">
          Fact sheet of this Veildraft appliance, {f.date}. Print it with the browser (Ctrl+P / ⌘P);
          navigation is left off the printout.{' '}
          <a href="/analytics" class="no-print">
            Back to Analytics
          </a>
        </p>
        <h2>Data used</h2>
        <ul>
          <li>
            Per e-mail in the shared mailboxes' INBOX and Sent: arrival time (INBOX) or date (Sent),
            direction, conversation (thread), and whether a skip rule marked it as automated or internal.
          </li>
          <li>
            Senders and recipients only as keyed pseudonyms (HMAC-SHA256 with a key kept on the appliance): no
            address, name, subject, body or attachment is read for the figures.
          </li>
          <li>
            Per Veildraft draft: when it was stored in Drafts, the drafting outcome with its reason code, and
            how similar the reply sent was to it (a number 0–1 from a keyed sketch; no draft text is stored).
          </li>
          <li>
            Not used: reading times, opened or flagged mail, keystrokes, time in the mail client, sign-in
            times of agents (agents have no console account for this).
          </li>
        </ul>
        <h2>Purposes</h2>
        <ul>
          <li>
            Response times of each shared mailbox (first reply, next reply, time to last reply; elapsed and
            business time), SLA compliance and mail waiting now, to plan staffing and service levels.
          </li>
          <li>When customer mail arrives (weekday and hour), to plan opening hours.</li>
          <li>
            Whether Veildraft drafts help: first-reply time with and without a draft, how much of the drafts
            replies keep, and the share of mail that gets a draft.
          </li>
          <li>Not a purpose: judging the performance or behaviour of individual employees.</li>
        </ul>
        <h2>Retention</h2>
        <p>
          Figures are not stored: they are computed from the data below each time the page or the command line
          asks, so deleting the data removes them too.
        </p>
        <table class="compact">
          <thead>
            <tr>
              <th scope="col">Data</th>
              <th scope="col" class="num">
                Kept for
              </th>
            </tr>
          </thead>
          <tbody>
            {f.retention.map((r) => (
              <tr>
                <th scope="row">{r.label}</th>
                <td class="num">{r.days} days</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>Suppression and who sees what</h2>
        <ul>
          <li>
            Team mode: figures per mailbox (or all mailboxes together), never per person. Any figure computed
            from fewer than {f.minSegments} conversation segments is shown as "too few to show", never as 0,
            on the page, in the CSV export and on the command line.
          </li>
          <li>
            An agent is who sent a reply: its Sender header, else its From, kept as a pseudonym; a reply sent
            as the mailbox's own address without a Sender names nobody and is not counted as an agent. A
            figure built from replies (reply times, SLA, off-hours replies, draft value) whose replies came
            from fewer than 5 distinct agents is also shown as "too few to show". A figure whose replies name
            no agent at all cannot be counted and falls under the segment rule only; the segment count and
            mail waiting now are not replies and are not affected. The rule holds for every day and week of
            the trend as well.
          </li>
          <li>
            A figure of all mailboxes together is "withheld" where subtracting the mailboxes shown beside it
            would reveal a mailbox's figure that reads "too few to show".
          </li>
          <li>
            Admins and auditors see every mailbox; reviewers only the mailboxes assigned to them. Agents have
            no access.
          </li>
          <li>
            Definitions: days in {f.timeZone}; SLA = first reply within {f.slaBusinessHours} business hours; a
            conversation idle {f.idleDays} days starts a new segment; automated mail and mail from the own
            domains are not counted.
          </li>
        </ul>
        <h2>Per-agent mode</h2>
        <p class={`mode ${f.perAgent ? 'on' : 'off'}`}>
          Per-agent mode is <strong>{f.perAgent ? 'ON' : 'OFF'}</strong> on this appliance.
        </p>
        <ul>
          <li>
            It can be switched only in the appliance's configuration at start-up
            (VEILDRAFT_ANALYTICS_PER_AGENT=on), never from the console.
          </li>
          <li>
            When on: first replies are attributed to their sender (shown as the console user with that e-mail
            address, from the directory or entered by an admin, else as a pseudonym), the page shows a banner,
            the {f.minSegments}-segment rule still applies per agent, and every view of per-agent figures is
            written to the audit log with who looked, which mailboxes and which period.
          </li>
        </ul>
      </article>
    </Layout>
  );
}

import type { FetchedMail } from '../ingest/message.fetch.js';
import { fetchStoredMessage } from '../ingest/message.fetch.js';
import type { ParseLimits } from '../ingest/message.parse.js';
import type { MailboxClients } from '../mailboxes/mailbox-clients.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../store/store.js';
import type { AppendDraft, AppendDraftArgs, AppendDraftResult } from './draft-append.js';

/** The draft as the drafting use case hands it over; the port adds the connection and the store. */
export type DraftToAppend = Omit<AppendDraftArgs, 'db' | 'clock' | 'client' | 'afterAppend'>;

/** What the learn and draft jobs do on one mailbox's IMAP connection. */
export interface MailSession {
  /** The stored message again, from its folder, parsed in memory (see fetchStoredMessage). */
  fetch(messageRowId: number): Promise<FetchedMail>;
  /** The reply in the Drafts folder, exactly once per key, and its record updated (see appendDraft). */
  appendDraft(draft: DraftToAppend): Promise<AppendDraftResult>;
}

/**
 * The mailbox as the job use cases see it: the jobs' IMAP connections in the appliance, an
 * in-memory mailbox in their tests. Work inside one `use` shares one connection.
 */
export interface MailPort {
  use<T>(mailboxId: number, fn: (session: MailSession) => Promise<T>): Promise<T>;
}

export function createImapMailPort(deps: {
  clients: MailboxClients;
  db: Db;
  clock: Clock;
  limits: ParseLimits;
  appendDraft: AppendDraft;
}): MailPort {
  return {
    use: (mailboxId, fn) =>
      deps.clients.use(mailboxId, (client) =>
        fn({
          fetch: (messageRowId) => fetchStoredMessage(client, deps.db, messageRowId, deps.limits),
          appendDraft: (draft) => deps.appendDraft({ ...draft, db: deps.db, clock: deps.clock, client }),
        }),
      ),
  };
}

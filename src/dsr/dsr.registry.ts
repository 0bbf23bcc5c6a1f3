/**
 * Every table of the database, with how its rows relate to one person and to one mailbox. The
 * single place that answers "where is this person?": export, erasure, the certificate and the
 * plain-language summary read it, and a test compares its keys with the tables of a migrated
 * database, so a new table cannot be added without deciding here what happens to it.
 *
 * How a person is found: by their keyed pseudonym (HMAC of the address, never the address), then
 * everything derived from their messages, threads and conversations. `kept` rows stay on erasure
 * for the reason given, and the certificate says so.
 */
export type PersonLink =
  | {
      by: 'pseudonym' | 'message' | 'thread' | 'conversation' | 'account';
      /** How rows are found, in words (export summary, README). */
      how: string;
      onErasure: 'deleted';
    }
  | {
      by: 'pseudonym' | 'message' | 'thread' | 'conversation' | 'account';
      how: string;
      onErasure: 'kept';
      keptBecause: string;
    }
  | { by: 'none'; reason: string };

export interface TableEntry {
  /** Why the appliance holds it, in words a data subject understands. */
  purpose: string;
  person: PersonLink;
  /** What removing a mailbox does to its rows. */
  mailbox: 'deleted' | 'none';
}

const accountKept =
  'Console accounts are staff accounts: an admin removes one on the Users page (its sessions, recovery codes, mailbox assignments and directory link go with it); an erasure request does not lock staff out behind their back.';

export const dataRegistry = {
  messages: {
    purpose:
      'Metadata of e-mails (dates, sizes, folder, language) to thread them and measure reply times; no text, addresses as keyed pseudonyms.',
    person: { by: 'pseudonym', how: 'sender or recipient pseudonym', onErasure: 'deleted' },
    mailbox: 'deleted',
  },
  threads: {
    purpose: 'Which e-mails belong to one conversation (keyed hashes of subject and participants).',
    person: {
      by: 'message',
      how: 'threads of the person’s messages, removed once no message is left in them',
      onErasure: 'deleted',
    },
    mailbox: 'deleted',
  },
  conversations: {
    purpose:
      'Anonymized customer mail and the agent’s reply, used as examples of the house style when drafting.',
    person: {
      by: 'pseudonym',
      how: 'conversations the person took part in (conversation_participants)',
      onErasure: 'deleted',
    },
    mailbox: 'deleted',
  },
  conversation_participants: {
    purpose: 'Pseudonyms of a conversation’s participants, so requests like this one can be answered.',
    person: { by: 'pseudonym', how: 'the person’s pseudonym', onErasure: 'deleted' },
    mailbox: 'deleted',
  },
  conversation_embeddings: {
    purpose:
      'A numeric summary (sentence embedding) of each conversation for finding similar ones; the in-memory search index follows it.',
    person: { by: 'conversation', how: 'embeddings of the person’s conversations', onErasure: 'deleted' },
    mailbox: 'deleted',
  },
  conversations_fts: {
    purpose: 'Full-text search index over the anonymized conversations.',
    person: {
      by: 'conversation',
      how: 'index entries of the person’s conversations (kept in step by trigger)',
      onErasure: 'deleted',
    },
    mailbox: 'deleted',
  },
  drafts: {
    purpose:
      'Bookkeeping of reply drafts written to the mailbox (no text): so no message gets two drafts, and how useful drafts were.',
    person: { by: 'message', how: 'drafts answering the person’s messages', onErasure: 'deleted' },
    mailbox: 'deleted',
  },
  jobs: {
    purpose: 'Queued work (drafting, learning) by reference to a message; no content.',
    person: { by: 'message', how: 'jobs about the person’s messages', onErasure: 'deleted' },
    mailbox: 'deleted',
  },
  audit_log: {
    purpose: 'The tamper-evident record of what admins and the appliance did.',
    person: {
      by: 'conversation',
      how: 'review decisions and redactions on the person’s conversations (target conversation:<id>)',
      onErasure: 'kept',
      keptBecause:
        'Audit rows hold ids, codes and counts, never text or addresses; once the conversation is erased the id points to nothing. The log is append-only and hash-chained (accountability, Art. 5(2)) and expires by audit retention.',
    },
    mailbox: 'none',
  },
  dsr_requests: {
    purpose:
      'This request tracker: when a request came, when it is due, who handled it, the erasure certificate.',
    person: {
      by: 'pseudonym',
      how: 'requests made for the person’s pseudonym',
      onErasure: 'kept',
      keptBecause:
        'Proof that the request was answered (Art. 5(2), 12); it holds the pseudonym and counts only, never the address.',
    },
    mailbox: 'none',
  },
  signin_attempts: {
    purpose: 'Sign-in attempts to the console, for throttling (keyed hashes of user name and client).',
    person: {
      by: 'account',
      how: 'attempts for a console account named by the e-mail address',
      onErasure: 'deleted',
    },
    mailbox: 'none',
  },
  users: {
    purpose: 'Console accounts of staff.',
    person: {
      by: 'account',
      how: 'a console account whose user name is the e-mail address',
      onErasure: 'kept',
      keptBecause: accountKept,
    },
    mailbox: 'none',
  },
  sessions: {
    purpose: 'Console sign-in sessions of staff.',
    person: {
      by: 'account',
      how: 'sessions of that console account',
      onErasure: 'kept',
      keptBecause: accountKept,
    },
    mailbox: 'none',
  },
  recovery_codes: {
    purpose: 'Hashed one-time recovery codes of staff accounts.',
    person: {
      by: 'account',
      how: 'codes of that console account',
      onErasure: 'kept',
      keptBecause: accountKept,
    },
    mailbox: 'none',
  },
  user_identities: {
    purpose: 'Which directory identity (OIDC, LDAP) signs a staff account in.',
    person: {
      by: 'account',
      how: 'the directory link of that console account',
      onErasure: 'kept',
      keptBecause: accountKept,
    },
    mailbox: 'none',
  },
  user_mailboxes: {
    purpose: 'Which mailboxes a reviewer may see.',
    person: {
      by: 'account',
      how: 'assignments of that console account',
      onErasure: 'kept',
      keptBecause: accountKept,
    },
    mailbox: 'deleted',
  },
  quarantine: {
    purpose: 'E-mails that could not be read, by location and reason (no content).',
    person: {
      by: 'none',
      reason:
        'No address or pseudonym: only the message’s location and a keyed hash of its whole header block, which cannot be matched to a person without the message. Removed with its mailbox.',
    },
    mailbox: 'deleted',
  },
  folder_state: {
    purpose: 'How far each mailbox folder has been read.',
    person: { by: 'none', reason: 'Sync checkpoints (UIDs, counters) of a mailbox, nothing about a person.' },
    mailbox: 'deleted',
  },
  style_profiles: {
    purpose: 'The house style of a mailbox (typical greetings, length), computed from many replies.',
    person: {
      by: 'none',
      reason: 'An aggregate over a mailbox’s anonymized replies; it holds no value of one person.',
    },
    mailbox: 'deleted',
  },
  analytics_rollups: {
    purpose:
      'Reply times of a mailbox per day (durations and instants), so reports need not re-read every message.',
    person: {
      by: 'none',
      reason:
        'Numbers per mailbox and day: durations, instants, the internal ids of threads still waiting and a number derived from each reply’s sender (for the five-agents rule); no address or pseudonym. Recomputed from the remaining messages at the next refresh after an erasure or purge (the deletion is noticed), so an erased thread’s id and its sender’s number go with it. Removed with its mailbox.',
    },
    mailbox: 'deleted',
  },
  analytics_rollups_staged: {
    purpose:
      'Day rows of a full rebuild of the reply-time rollups in progress, swapped in when it completes.',
    person: {
      by: 'none',
      reason:
        'The same numbers as the reply-time rollups, for the rebuild under way, moved into them when it completes; what an erasure removed meanwhile is recomputed at the next refresh, as for the rollups. Removed with its mailbox.',
    },
    mailbox: 'deleted',
  },
  analytics_rollup_rebuilds: {
    purpose: 'How far a full rebuild of a mailbox’s reply-time rollups has come.',
    person: { by: 'none', reason: 'Days, counters and ids of a mailbox, nothing about a person.' },
    mailbox: 'deleted',
  },
  analytics_rollup_state: {
    purpose: 'How far a mailbox’s reply-time rollups are up to date.',
    person: { by: 'none', reason: 'Counters and ids of a mailbox, nothing about a person.' },
    mailbox: 'deleted',
  },
  mailbox_calendars: {
    purpose: 'A mailbox’s business hours, holidays and reply-time target.',
    person: { by: 'none', reason: 'Opening hours of the organisation, nothing about a person.' },
    mailbox: 'deleted',
  },
  drafting_auto_pauses: {
    purpose:
      'When drafting of a mailbox paused itself because its drafts went unused, and when it was resumed.',
    person: { by: 'none', reason: 'Counts and times per mailbox, nothing about a person.' },
    mailbox: 'deleted',
  },
  mailboxes: {
    purpose: 'The organisation’s shared mailboxes and their sealed credentials.',
    person: { by: 'none', reason: 'The organisation’s own inboxes, not a data subject’s.' },
    mailbox: 'deleted',
  },
  settings: {
    purpose: 'Console settings.',
    person: {
      by: 'none',
      reason: 'Configuration values; the allow and deny lists hold terms, not people’s records.',
    },
    mailbox: 'none',
  },
  keyring: {
    purpose: 'Sealed data keys.',
    person: { by: 'none', reason: 'Sealed encryption keys, nothing about anyone.' },
    mailbox: 'none',
  },
  audit_anchor: {
    purpose: 'Where audit retention cut the chain.',
    person: { by: 'none', reason: 'One audit row id and its hash, nothing about anyone.' },
    mailbox: 'none',
  },
} as const satisfies Record<string, TableEntry>;

export type RegisteredTable = keyof typeof dataRegistry;

/** Tables that are not ours to register: SQLite's own, the migration log, FTS5 shadow tables. */
export function isInternalTable(name: string): boolean {
  return name.startsWith('sqlite_') || name === '__drizzle_migrations' || /^conversations_fts_/.test(name);
}

export function tablesKeptOnErasure(): { table: RegisteredTable; keptBecause: string }[] {
  const out: { table: RegisteredTable; keptBecause: string }[] = [];
  for (const [table, e] of Object.entries(dataRegistry) as [RegisteredTable, TableEntry][])
    if (e.person.by !== 'none' && e.person.onErasure === 'kept')
      out.push({ table, keptBecause: e.person.keptBecause });
  return out;
}

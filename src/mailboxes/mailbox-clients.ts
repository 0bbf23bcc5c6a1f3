import type { ImapFlow } from 'imapflow';
import type { Config } from '../config/config.js';
import { closeImapClient } from '../imap/imap-client.js';
import type { DataKeys } from '../keys/subkeys.js';
import { systemClock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { Db } from '../store/store.js';
import { connectMailbox } from './mailbox-connect.js';
import { mailboxErrors } from './mailboxes.errors.js';
import { connectionStamp } from './mailboxes.models.js';
import { findMailboxById } from './mailboxes.repository.js';
import { createMailboxTokens, type MailboxTokens } from './oauth-tokens.js';

/**
 * One IMAP connection per mailbox for the learn and draft jobs (separate from the sync loop's,
 * which sits in IDLE). Reused while jobs keep coming, closed after a minute without use, and
 * rebuilt when the password or OAuth2 settings changed or the server dropped it. imapflow serializes commands and
 * mailbox locks on one connection, so concurrent jobs of one mailbox simply queue.
 */
export interface MailboxClients {
  use<T>(mailboxId: number, fn: (client: ImapFlow) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

interface Entry {
  client: Promise<ImapFlow>;
  stamp: string;
  users: number;
  idle?: NodeJS.Timeout;
}

export function createMailboxClients(args: {
  db: Db;
  keys: Pick<DataKeys, 'secrets'>;
  config: Pick<Config, 'imapConnectTimeoutSeconds' | 'imapCommandTimeoutSeconds'>;
  logger: Logger;
  idleMs?: number;
  /** The process's OAuth2 token cache (shared with sync); one of its own when not given. */
  tokens?: MailboxTokens;
}): MailboxClients {
  const tokens =
    args.tokens ??
    createMailboxTokens({ clock: systemClock, timeoutMs: args.config.imapConnectTimeoutSeconds * 1000 });
  const entries = new Map<number, Entry>();
  const idleMs = args.idleMs ?? 60_000;

  const drop = (id: number, entry: Entry) => {
    if (entries.get(id) === entry) entries.delete(id);
    clearTimeout(entry.idle);
    entry.client.then(closeImapClient).catch(() => {});
  };

  async function connect(mailboxId: number): Promise<ImapFlow> {
    const row = findMailboxById(args.db, mailboxId);
    if (!row) throw mailboxErrors.removed();
    return connectMailbox(row, args.keys, {
      logger: args.logger,
      connectionTimeoutMs: args.config.imapConnectTimeoutSeconds * 1000,
      commandTimeoutMs: args.config.imapCommandTimeoutSeconds * 1000,
      tokens,
    });
  }

  function stampOf(mailboxId: number): string {
    const row = findMailboxById(args.db, mailboxId);
    return row ? connectionStamp(row) : '';
  }

  return {
    async use(mailboxId, fn) {
      const stamp = stampOf(mailboxId);
      let entry = entries.get(mailboxId);
      if (entry && entry.stamp !== stamp) {
        drop(mailboxId, entry);
        entry = undefined;
      }
      if (entry) {
        const client = await entry.client.catch(() => null);
        if (!client?.usable) {
          drop(mailboxId, entry);
          entry = undefined;
        }
      }
      if (!entry) {
        entry = { client: connect(mailboxId), stamp, users: 0 };
        entries.set(mailboxId, entry);
        entry.client.catch(() => entry && drop(mailboxId, entry));
      }
      const current = entry;
      clearTimeout(current.idle);
      current.users++;
      try {
        return await fn(await current.client);
      } finally {
        current.users--;
        if (current.users === 0) {
          current.idle = setTimeout(() => drop(mailboxId, current), idleMs);
          current.idle.unref();
        }
      }
    },
    async close() {
      const all = [...entries.entries()];
      entries.clear();
      await Promise.all(
        all.map(async ([, e]) => {
          clearTimeout(e.idle);
          const c = await e.client.catch(() => null);
          if (c) await closeImapClient(c);
        }),
      );
    },
  };
}

import type { ImapFlow, ImapFlowOptions } from 'imapflow';
import { imapErrors } from '../imap/imap.errors.js';
import { createImapClient, type ImapConnection } from '../imap/imap-client.js';
import { classifyImapError } from '../imap/imap-errors.models.js';
import type { DataKeys } from '../keys/subkeys.js';
import type { Logger } from '../shared/logger.js';
import type { MailboxRow } from './mailboxes.table.js';
import { mailboxConnection } from './mailboxes.usecases.js';
import { oauthErrors } from './oauth.errors.js';
import { oauthFailure } from './oauth.models.js';
import type { MailboxTokens } from './oauth-tokens.js';

/**
 * An authenticated IMAP client for a stored mailbox, its password read afresh (it may have been
 * updated since an auth failure). A failed login becomes one stable code per failure kind
 * (mail.auth_failed, mail.tls_untrusted, …), which the sync state and job records show.
 */
export async function connectMailbox(
  row: MailboxRow,
  keys: Pick<DataKeys, 'secrets'>,
  options: {
    logger: Logger;
    connectionTimeoutMs: number;
    commandTimeoutMs: number;
    extra?: Partial<ImapFlowOptions>;
    /** Closes the connection, also while it is still being set up (shutdown). */
    signal?: AbortSignal;
    /** The process's token cache; required for an OAuth2 mailbox. */
    tokens?: MailboxTokens;
  },
): Promise<ImapFlow> {
  const conn = mailboxConnection(row, keys);
  if (row.authMethod !== 'oauth2') return openClient(conn, options);
  const tokens = options.tokens;
  if (!tokens) throw new TypeError('connectMailbox: an OAuth2 mailbox needs the token cache');
  let token = await tokens.token(row, keys);
  for (;;) {
    try {
      return await openClient({ ...conn, accessToken: token.accessToken }, options);
    } catch (cause) {
      if ((cause as { code?: unknown }).code !== 'mail.auth_failed') throw cause;
      tokens.invalidate(row.id);
      // A cached token may have been revoked before it expired: once more with a new one.
      if (!token.fresh) {
        token = await tokens.token(row, keys);
        continue;
      }
      throw oauthErrors.failed(oauthFailure('oauth.token_rejected', `${row.host}:${row.port}`), { cause });
    }
  }
}

async function openClient(
  conn: ImapConnection,
  options: Parameters<typeof connectMailbox>[2],
): Promise<ImapFlow> {
  const client = createImapClient(conn, options);
  client.on('error', () => {}); // surfaced through the failing command instead
  options.signal?.addEventListener('abort', () => client.close(), { once: true });
  try {
    await client.connect();
  } catch (cause) {
    const f = classifyImapError(cause, { host: conn.host, port: conn.port });
    throw imapErrors.connectionFailed(f, { cause });
  }
  return client;
}

import { isIP } from 'node:net';
import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import type { Logger } from '../shared/logger.js';
import type { MailboxSecurity } from './mailboxes.table.js';

/** Everything needed to open an IMAP session; built by `mailboxConnection` (password unsealed). */
export interface ImapConnection {
  mailboxId?: number;
  host: string;
  port: number;
  security: MailboxSecurity;
  username: string;
  /** Secret: never log. */
  password: string;
  caPem?: string | null;
  /** TLS name to verify, when it differs from `host` (e.g. connecting by IP). Defaults to `host`. */
  servername?: string;
}

export interface ImapClientOptions {
  logger?: Logger;
  /** DNS + TCP + TLS budget. */
  connectionTimeoutMs?: number;
  greetingTimeoutMs?: number;
  /** Inactivity limit on an open socket (IDLE re-issues stay well inside it). */
  socketTimeoutMs?: number;
  /** Extra imapflow options a caller needs (e.g. `disableAutoIdle`, `maxIdleTime`, `qresync`). */
  extra?: Partial<ImapFlowOptions>;
}

export const DEFAULT_TIMEOUTS = {
  connectionTimeoutMs: 15_000,
  greetingTimeoutMs: 15_000,
  socketTimeoutMs: 5 * 60_000,
};

/** TLS settings shared by the client and the connection test, so both trust exactly the same. */
export function tlsOptions(conn: ImapConnection): {
  ca?: string;
  servername?: string;
  rejectUnauthorized: true;
  minVersion: 'TLSv1.2';
} {
  const name = conn.servername ?? conn.host;
  return {
    // A pinned CA replaces the system store for this server: trust is explicit.
    ...(conn.caPem ? { ca: conn.caPem } : {}),
    // SNI must be a name; for an IP literal Node checks the certificate's IP SAN instead.
    ...(isIP(name) === 0 ? { servername: name } : {}),
    rejectUnauthorized: true,
    minVersion: 'TLSv1.2',
  };
}

/**
 * The one way Veildraft builds an IMAP client. Certificate checks are always on; a CA can be
 * pinned per mailbox. imapflow's own log lines can quote protocol traffic (mail data,
 * addresses), so they never reach pino raw: see `imapLogAdapter`.
 */
export function createImapClient(conn: ImapConnection, options: ImapClientOptions = {}): ImapFlow {
  const t = { ...DEFAULT_TIMEOUTS, ...options };
  return new ImapFlow({
    host: conn.host,
    port: conn.port,
    secure: conn.security === 'tls',
    // starttls: required (a server that stops offering it fails instead of downgrading);
    // none: never (plaintext is allowed only to loopback, see assertSecurityAllowed).
    ...(conn.security === 'tls' ? {} : { doSTARTTLS: conn.security === 'starttls' }),
    ...(conn.servername && isIP(conn.servername) === 0 ? { servername: conn.servername } : {}),
    auth: { user: conn.username, pass: conn.password },
    tls: tlsOptions(conn),
    logger: options.logger ? imapLogAdapter(options.logger, conn.mailboxId) : false,
    emitLogs: false,
    logRaw: false,
    connectionTimeout: t.connectionTimeoutMs,
    greetingTimeout: t.greetingTimeoutMs,
    socketTimeout: t.socketTimeoutMs,
    clientInfo: { name: 'veildraft' },
    ...options.extra,
  });
}

/**
 * imapflow log entries are objects like `{ msg, cid, src, err, ... }` where other fields may
 * hold command arguments or response data, and `msg` itself can embed server response text
 * (which can quote addresses). Only the connection id and an error's code pass; debug/trace/info
 * (the protocol transcript) are dropped entirely.
 */
export function imapLogAdapter(logger: Logger, mailboxId?: number) {
  const safe = (entry: unknown) => {
    const e = (entry ?? {}) as { cid?: unknown; err?: { code?: unknown } };
    const code = e.err?.code;
    return {
      mailboxId,
      imapCid: typeof e.cid === 'string' ? e.cid : undefined,
      imapErrorCode: typeof code === 'string' && /^[\w.-]{1,60}$/.test(code) ? code : undefined,
    };
  };
  const drop = (_entry: unknown) => {};
  return {
    trace: drop,
    debug: drop,
    info: drop,
    warn: (entry: unknown) => logger.warn(safe(entry), 'imap warning'),
    error: (entry: unknown) => logger.error(safe(entry), 'imap error'),
    fatal: (entry: unknown) => logger.error(safe(entry), 'imap fatal'),
  };
}

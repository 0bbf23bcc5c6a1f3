import { isIP } from 'node:net';
import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import type { MailboxSecurity } from '../mailboxes/mailboxes.table.js';
import type { Logger } from '../shared/logger.js';
import { settlesWithin } from '../shared/timers.js';
import { imapErrors, STALL_STEPS, type StallStep } from './imap.errors.js';

/** Everything needed to open an IMAP session; built by `mailboxConnection` (password unsealed). */
export interface ImapConnection {
  mailboxId?: number;
  host: string;
  port: number;
  security: MailboxSecurity;
  username: string;
  /** Secret: never log. Empty for an OAuth2 mailbox. */
  password: string;
  /** OAuth2 bearer token (secret: never log): when set, the login is XOAUTH2 or OAUTHBEARER. */
  accessToken?: string;
  caPem?: string | null;
  /** TLS name to verify, when it differs from `host` (e.g. connecting by IP). Defaults to `host`. */
  servername?: string;
}

export interface ImapClientOptions {
  logger?: Logger;
  /** DNS + TCP + TLS budget. */
  connectionTimeoutMs?: number;
  /**
   * How long the server may stay silent while Veildraft waits for it: the greeting, and every
   * command but IDLE (a FETCH restarts it with each message that arrives).
   */
  commandTimeoutMs?: number;
  /** Inactivity limit on an open socket (IDLE re-issues stay well inside it). */
  socketTimeoutMs?: number;
  /** Extra imapflow options a caller needs (e.g. `disableAutoIdle`, `maxIdleTime`, `qresync`). */
  extra?: Partial<ImapFlowOptions>;
}

/**
 * All IMAP time limits. The socket timeout only catches a connection that went quiet while
 * idling; a server that stalls on a command is caught far sooner by the command timeout, so it
 * cannot hold a sync slot (or shutdown) for minutes.
 */
export const DEFAULT_TIMEOUTS = {
  connectionTimeoutMs: 15_000,
  commandTimeoutMs: 30_000,
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
  const client = new ImapFlow({
    host: conn.host,
    port: conn.port,
    secure: conn.security === 'tls',
    // starttls: required (a server that stops offering it fails instead of downgrading);
    // none: never (plaintext is allowed only to loopback, see assertSecurityAllowed).
    ...(conn.security === 'tls' ? {} : { doSTARTTLS: conn.security === 'starttls' }),
    ...(conn.servername && isIP(conn.servername) === 0 ? { servername: conn.servername } : {}),
    // imapflow picks OAUTHBEARER when offered, else XOAUTH2; never a password with a token.
    auth: conn.accessToken
      ? { user: conn.username, accessToken: conn.accessToken }
      : { user: conn.username, pass: conn.password },
    tls: tlsOptions(conn),
    logger: options.logger ? imapLogAdapter(options.logger, conn.mailboxId) : false,
    emitLogs: false,
    logRaw: false,
    connectionTimeout: t.connectionTimeoutMs,
    greetingTimeout: t.commandTimeoutMs,
    socketTimeout: t.socketTimeoutMs,
    clientInfo: { name: 'veildraft' },
    ...options.extra,
  });
  boundCommands(client, t.commandTimeoutMs);
  return client;
}

const LOGIN_COMMANDS = new Set([
  'CAPABILITY',
  'STARTTLS',
  'LOGIN',
  'AUTHENTICATE',
  'ID',
  'ENABLE',
  'COMPRESS',
  'NAMESPACE',
]);

function stallStep(command: string, args: unknown[]): StallStep {
  if (LOGIN_COMMANDS.has(command)) return 'login';
  if (command === 'SELECT')
    return (args[1] as { readOnly?: boolean } | undefined)?.readOnly ? 'examine' : 'select';
  const step = command.toLowerCase();
  return (STALL_STEPS as readonly string[]).includes(step) ? (step as StallStep) : 'command';
}

type Run = (command: string, ...args: unknown[]) => Promise<unknown>;
/** Commands (IDLE aside) that wait for the server, per client: closing does not wait for them. */
const pending = new WeakMap<ImapFlow, number>();
type FetchOptions = { onUntaggedFetch?: (untagged: unknown, next: () => void) => void };

/**
 * imapflow bounds only the connect and the greeting; a command waits for the socket timeout.
 * Every command goes through its `run`, so this wraps it: when the server stays silent for
 * `ms`, the connection is closed (which also fails whatever else was queued on it) and the
 * command fails with `mail.stalled.<step>`. IDLE is left alone: silence is what it waits for.
 */
function boundCommands(client: ImapFlow, ms: number): void {
  const target = client as unknown as { run: Run };
  const run = target.run.bind(client);
  target.run = (command, ...args) => {
    if (command.toUpperCase() === 'IDLE') return run(command, ...args);
    const step = stallStep(command.toUpperCase(), args);
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          reject(imapErrors.stalled({ step, seconds: ms / 1000 }));
          // After this rejection has reached the caller: closing fails every pending command,
          // connect() included, with imapflow's own less telling error.
          client.closeAfter();
        }, ms);
      };
      const options = args[2] as FetchOptions | undefined;
      const onFetch = options?.onUntaggedFetch;
      if (command.toUpperCase() === 'FETCH' && onFetch) {
        // Each message shows the server is sending. While our side processes a message the
        // server is held back on purpose, so the clock stops until that message is done.
        args[2] = {
          ...options,
          onUntaggedFetch: (untagged: unknown, next: () => void) => {
            clearTimeout(timer);
            onFetch(untagged, () => {
              arm();
              next();
            });
          },
        };
      }
      arm();
      pending.set(client, (pending.get(client) ?? 0) + 1);
      run(command, ...args)
        .then(resolve, reject)
        .finally(() => {
          clearTimeout(timer);
          pending.set(client, (pending.get(client) ?? 1) - 1);
        });
    });
  };
}

/**
 * Ends a session: LOGOUT when no command is waiting and the server answers it within `waitMs`,
 * and the socket closed in any case. Not the command timeout: shutdown must finish within its
 * grace period, and a server that stalls would otherwise hold it up.
 */
export async function closeImapClient(client: ImapFlow, waitMs = 2_000): Promise<void> {
  // A LOGOUT would only queue behind a command still waiting for its answer.
  if (client.usable && !(pending.get(client) ?? 0)) await settlesWithin(client.logout(), waitMs);
  client.close();
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

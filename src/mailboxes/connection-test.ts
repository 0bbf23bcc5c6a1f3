import { lookup } from 'node:dns/promises';
import { isIP, type Socket, connect as tcpConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { ImapFlow } from 'imapflow';
import { closeImapClient, createImapClient, type ImapConnection, tlsOptions } from '../imap/imap-client.js';
import { classifyImapError } from '../imap/imap-errors.models.js';
import { errorCode } from '../shared/errors.js';
import { oauthFailure } from './oauth.models.js';

export type StepName = 'dns' | 'tcp' | 'tls' | 'token' | 'auth' | 'capabilities' | 'folders';

export interface DiagnosisStep {
  step: StepName;
  ok: boolean;
  /** Stable code, e.g. `mail.tls_untrusted`; `ok` steps carry `mail.ok` or an informational code. */
  code: string;
  detail: string;
}

export interface Diagnosis {
  ok: boolean;
  /** The first failing step's code, or `mail.ok`. */
  code: string;
  message: string;
  steps: DiagnosisStep[];
  capabilities: string[];
  folders: { inbox: string; sent: string | null; drafts: string | null };
}

export interface FolderOverrides {
  sent?: string | null;
  drafts?: string | null;
  /** When true the overrides are used as given and must exist. */
  manual?: boolean;
}

const REQUIRED_CAPABILITIES = ['IDLE', 'UIDPLUS'] as const;

/**
 * Walks the connection one layer at a time (DNS, TCP, TLS, OAuth2 token, login, capabilities,
 * folders) and stops at the first failure, so the operator reads which layer is wrong and what
 * to do. Read-only: it lists folders and nothing else.
 */
export async function testConnection(
  conn: ImapConnection,
  options: {
    timeoutMs?: number;
    folders?: FolderOverrides;
    /** For an OAuth2 mailbox: fetches a token (failing with an `oauth.*` error). */
    token?: () => Promise<string>;
  } = {},
): Promise<Diagnosis> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const steps: DiagnosisStep[] = [];
  const result: Diagnosis = {
    ok: false,
    code: 'mail.ok',
    message: '',
    steps,
    capabilities: [],
    folders: { inbox: 'INBOX', sent: null, drafts: null },
  };
  const failWith = (step: StepName, f: { code: string; message: string }): Diagnosis => {
    steps.push({ step, ok: false, code: f.code, detail: f.message });
    return { ...result, ok: false, code: f.code, message: f.message };
  };
  const where = { host: conn.host, port: conn.port };

  if (isIP(conn.host) === 0) {
    try {
      const found = await lookup(conn.host);
      steps.push({
        step: 'dns',
        ok: true,
        code: 'mail.ok',
        detail: `${conn.host} resolves to ${found.address}.`,
      });
    } catch (e) {
      return failWith('dns', classifyImapError(e, where));
    }
  }

  try {
    await withSocket(tcpConnect({ host: conn.host, port: conn.port }), 'connect', timeoutMs);
    steps.push({
      step: 'tcp',
      ok: true,
      code: 'mail.ok',
      detail: `${conn.host}:${conn.port} accepts connections.`,
    });
  } catch (e) {
    return failWith('tcp', classifyImapError(e, where));
  }

  if (conn.security === 'none') {
    steps.push({
      step: 'tls',
      ok: true,
      code: 'mail.tls_off',
      detail: 'Not encrypted (allowed for loopback only).',
    });
  } else {
    try {
      const protocol =
        conn.security === 'tls' ? await implicitTls(conn, timeoutMs) : await startTls(conn, timeoutMs);
      steps.push({ step: 'tls', ok: true, code: 'mail.ok', detail: `Certificate verified, ${protocol}.` });
    } catch (e) {
      return failWith('tls', classifyImapError(e, where));
    }
  }

  let accessToken: string | undefined;
  if (options.token) {
    try {
      accessToken = await options.token();
      steps.push({ step: 'token', ok: true, code: 'mail.ok', detail: 'The token endpoint issued a token.' });
    } catch (e) {
      const code = errorCode(e);
      if (!code.startsWith('oauth.')) throw e;
      return failWith('token', { code, message: (e as Error).message });
    }
  }

  let client: ImapFlow | undefined;
  try {
    client = createImapClient(accessToken ? { ...conn, accessToken } : conn, {
      connectionTimeoutMs: timeoutMs,
      commandTimeoutMs: timeoutMs,
      extra: { disableAutoIdle: true },
    });
    client.on('error', () => {});
    try {
      await client.connect();
    } catch (e) {
      const f = classifyImapError(e, where);
      // A token that was just issued and refused: the mailbox permission, not the secret, is wrong.
      if (accessToken && f.code === 'mail.auth_failed')
        return failWith('auth', oauthFailure('oauth.token_rejected', `${conn.host}:${conn.port}`));
      // DNS/TCP passed above, so anything else failing here belongs to the login step.
      return failWith(f.step === 'tls' ? 'tls' : 'auth', f);
    }
    steps.push({ step: 'auth', ok: true, code: 'mail.ok', detail: `Logged in as ${conn.username}.` });

    result.capabilities = [...client.capabilities.keys()].sort();
    const missing = REQUIRED_CAPABILITIES.filter((c) => !client!.capabilities.has(c));
    if (missing.length) {
      return failWith('capabilities', {
        code: 'mail.capabilities_missing',
        message: `The server lacks ${missing.join(' and ')}; Veildraft needs IDLE (new mail) and UIDPLUS (exactly-once drafts).`,
      });
    }
    const condstore = client.capabilities.has('CONDSTORE');
    steps.push({
      step: 'capabilities',
      ok: true,
      code: condstore ? 'mail.ok' : 'mail.condstore_missing',
      detail: condstore
        ? 'IDLE, UIDPLUS and CONDSTORE offered.'
        : 'IDLE and UIDPLUS offered; no CONDSTORE (flag changes are polled).',
    });

    const list = await client.list();
    const paths = new Set(list.map((f) => f.path));
    const bySpecialUse = (use: string) => list.find((f) => f.specialUse === use)?.path ?? null;
    const manual = options.folders?.manual ?? false;
    const sent = manual ? (options.folders?.sent ?? null) : bySpecialUse('\\Sent');
    const drafts = manual ? (options.folders?.drafts ?? null) : bySpecialUse('\\Drafts');
    result.folders = { inbox: 'INBOX', sent, drafts };
    const absent = [
      ['Sent', sent],
      ['Drafts', drafts],
    ].filter(([, path]) => !path || !paths.has(path));
    if (absent.length) {
      const names = absent.map(([role]) => role).join(' and ');
      return failWith('folders', {
        code: 'mail.folders_missing',
        message: manual
          ? `The folders set for ${names} do not exist on the server.`
          : `No folder is marked ${names} (SPECIAL-USE). Set the folder names by hand.`,
      });
    }
    steps.push({ step: 'folders', ok: true, code: 'mail.ok', detail: `Sent = ${sent}, Drafts = ${drafts}.` });
  } finally {
    if (client) await closeImapClient(client);
  }
  return { ...result, ok: true, code: 'mail.ok', message: 'The mailbox is reachable and usable.' };
}

/** Resolves when `event` fires on the socket (then closes it), rejects on error or timeout. */
function withSocket(socket: Socket, event: string, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.destroy();
      reject(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' }));
    }, timeoutMs);
    socket.once('error', (e) => {
      clearTimeout(timer);
      socket.destroy();
      reject(e);
    });
    socket.once(event, () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(socket);
    });
  });
}

async function implicitTls(conn: ImapConnection, timeoutMs: number): Promise<string> {
  const socket = tlsConnect({ host: conn.host, port: conn.port, ...tlsOptions(conn) });
  let protocol = '';
  socket.once('secureConnect', () => {
    protocol = socket.getProtocol() ?? 'TLS';
  });
  await withSocket(socket, 'secureConnect', timeoutMs);
  return protocol;
}

/** Greeting, `STARTTLS`, then the same certificate checks as the client will make. */
async function startTls(conn: ImapConnection, timeoutMs: number): Promise<string> {
  const plain = tcpConnect({ host: conn.host, port: conn.port });
  const deadline = setTimeout(
    () => plain.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
    timeoutMs,
  );
  try {
    let buffer = '';
    const nextLine = (re: RegExp) =>
      new Promise<string>((resolve, reject) => {
        const onData = (d: Buffer) => {
          buffer += d.toString('latin1');
          const line = buffer.split('\r\n').find((l) => re.test(l));
          if (line !== undefined) {
            plain.off('data', onData);
            buffer = '';
            resolve(line);
          }
        };
        plain.on('data', onData);
        plain.once('error', reject);
        plain.once('close', () => reject(Object.assign(new Error('closed'), { code: 'ECONNRESET' })));
      });
    await nextLine(/^\* (OK|PREAUTH)/);
    plain.write('V1 STARTTLS\r\n');
    const answer = await nextLine(/^V1 /);
    if (!/^V1 OK/i.test(answer)) {
      // classifyImapError reads `tlsFailed` as mail.starttls_unavailable, as imapflow sets it.
      throw Object.assign(new Error('STARTTLS refused'), { tlsFailed: true });
    }
    const secure = tlsConnect({ socket: plain, host: conn.host, ...tlsOptions(conn) });
    let protocol = '';
    secure.once('secureConnect', () => {
      protocol = secure.getProtocol() ?? 'TLS';
    });
    await withSocket(secure, 'secureConnect', timeoutMs);
    return `${protocol} via STARTTLS`;
  } finally {
    clearTimeout(deadline);
    plain.destroy();
  }
}

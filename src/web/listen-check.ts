import { createServer } from 'node:net';
import { AppError } from '../shared/errors.js';

/** Why a listen failed, in the operator's words, by the system's error code. */
const reasons: Record<string, { code: string; why: string }> = {
  EADDRINUSE: {
    code: 'web.port_in_use',
    why: 'address in use. Another program (or another Veildraft) already listens there: stop it, or choose another port with VEILDRAFT_PORT',
  },
  EACCES: {
    code: 'web.port_denied',
    why: 'permission denied. Ports below 1024 need privileges: choose a port from 1024 up with VEILDRAFT_PORT',
  },
  EADDRNOTAVAIL: {
    code: 'web.address_unavailable',
    why: 'address not available. No network interface of this machine has that address: check VEILDRAFT_HOST',
  },
};

export function hostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** The error for a failed listen on host:port, with the reason the system gave. */
export function listenError(host: string, port: number, cause: unknown): AppError {
  const sys = (cause as NodeJS.ErrnoException | undefined)?.code;
  const known = sys ? reasons[sys] : undefined;
  const why = known?.why ?? `the system refused (${sys ?? 'unknown error'})`;
  return new AppError(
    known?.code ?? 'web.listen_failed',
    `Cannot listen on ${hostPort(host, port)}: ${why}.`,
    {
      cause,
    },
  );
}

/**
 * Binds host:port and lets go at once, before the start writes anything (master key, data
 * folder, database, certificate): a port that is taken must not leave a fresh key and database
 * behind. The server binds again right after; losing that short race still ends in the same
 * error through listenError.
 */
export function checkListen(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (cause) => reject(listenError(host, port, cause)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

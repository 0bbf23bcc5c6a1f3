import { createServer } from 'node:net';
import type { AppError } from '../shared/errors.js';
import { webErrors } from './web.errors.js';

/** Why a listen failed, in the operator's words, by the system's error code. */
const reasons: Record<string, (at: string, options: { cause: unknown }) => AppError> = {
  EADDRINUSE: webErrors.portInUse,
  EACCES: webErrors.portDenied,
  EADDRNOTAVAIL: webErrors.addressUnavailable,
};

export function hostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** The error for a failed listen on host:port, with the reason the system gave. */
export function listenError(host: string, port: number, cause: unknown): AppError {
  const sys = (cause as NodeJS.ErrnoException | undefined)?.code;
  const at = hostPort(host, port);
  const known = sys ? reasons[sys] : undefined;
  return known
    ? known(at, { cause })
    : webErrors.listenFailed({ at, system: sys ?? 'unknown error' }, { cause });
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

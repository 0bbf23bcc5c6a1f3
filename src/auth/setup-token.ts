import { randomBytes } from 'node:crypto';

/**
 * The one-time setup token (as Jupyter and Grafana do it). Until the first admin has enrolled,
 * the wizard opens only with this token, which start.ts creates at every start and prints in
 * the log. Whoever can read the log runs the appliance; a web page that reached the console
 * by DNS rebinding, or anyone else on the network, cannot. It lives in memory only: a restart
 * makes a new one, and it is void once setup is complete (the wizard is closed then).
 */
export function newSetupToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The ready-to-open wizard link for the log: the public URL when configured, else the listen address. */
export function setupLink(
  token: string,
  at: { scheme: 'http' | 'https'; host: string; port: number; publicUrl?: string },
): string {
  const base = at.publicUrl ?? `${at.scheme}://${linkHost(at.host)}:${at.port}`;
  return `${base}/setup?token=${token}`;
}

/** A wildcard listen address is not a place to connect to; this machine's loopback is. */
function linkHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

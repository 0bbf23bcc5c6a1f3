/**
 * Whether a host name or address is this machine: `localhost`, `::1` (with or without the
 * brackets a URL keeps) or an IPv4 address in 127.0.0.0/8. A DNS name that only starts with
 * "127." is not loopback. The one test for every place that allows plain traffic only on this
 * host: the console's listen address, plaintext IMAP, OAuth2 token endpoints, OIDC issuers, LDAP.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

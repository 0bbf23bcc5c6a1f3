import { BlockList, isIP } from 'node:net';

/**
 * Where the `openai` backend may send mail text: this machine and private networks only, unless
 * the operator explicitly allows a public host. Pure: the caller resolves the host name (every
 * address it resolves to must be allowed, so a name with one public record is refused).
 */
const privateRanges = new BlockList();
for (const [net, prefix] of [
  ['127.0.0.0', 8], // loopback
  ['10.0.0.0', 8], // RFC 1918
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['100.64.0.0', 10], // carrier-grade NAT (RFC 6598), e.g. Tailscale
  ['169.254.0.0', 16], // link-local
] as const) {
  privateRanges.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local addresses
  ['fe80::', 10], // link-local
] as const) {
  privateRanges.addSubnet(net, prefix, 'ipv6');
}

/** An IPv6 literal without brackets or zone (fe80::1%eth0 → fe80::1). */
function bare(address: string): string {
  return address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
}

export function isPrivateAddress(address: string): boolean {
  const ip = bare(address);
  const family = isIP(ip);
  if (family === 4) return privateRanges.check(ip, 'ipv4');
  if (family !== 6) return false;
  // IPv4-mapped IPv6 (::ffff:10.0.0.5) is judged by its IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return privateRanges.check(mapped[1], 'ipv4');
  return privateRanges.check(ip, 'ipv6');
}

/** The URL's host as a literal address, or null when it is a name that must be resolved. */
export function literalAddress(hostname: string): string | null {
  const ip = bare(hostname);
  return isIP(ip) ? ip : null;
}

export type EndpointVerdict =
  | { allowed: true; publicAddresses: string[] }
  | { allowed: false; publicAddresses: string[] };

/** Allowed when every address is private, or when public hosts are explicitly allowed. */
export function judgeEndpoint(addresses: string[], allowPublicHost: boolean): EndpointVerdict {
  const publicAddresses = addresses.filter((a) => !isPrivateAddress(a));
  if (addresses.length === 0) return { allowed: false, publicAddresses };
  return { allowed: publicAddresses.length === 0 || allowPublicHost, publicAddresses };
}

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Debian packages that suites need (Dovecot for IMAP, Chromium for the console, OpenLDAP's
 * slapd for directory sign-in). Installed once per test run by the global setup when missing
 * and running as root; otherwise the suites that need them fail with the command to run.
 */
export const systemPackages = [
  { bin: '/usr/sbin/dovecot', packages: ['dovecot-imapd', 'dovecot-core'] },
  { bin: '/usr/bin/chromium', packages: ['chromium'] },
  { bin: '/usr/sbin/slapd', packages: ['slapd', 'ldap-utils'] },
];

export function missingSystemPackages(): string[] {
  return systemPackages.filter((p) => !existsSync(p.bin)).flatMap((p) => p.packages);
}

export function installSystemPackages(): void {
  const missing = missingSystemPackages();
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    process.stderr.write(`Some suites need: sudo apt-get install -y ${missing.join(' ')}\n`);
    return;
  }
  process.stderr.write(`Installing ${missing.join(', ')} with apt-get for the test suites…\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env,
  });
}

/** For a suite's beforeAll: a clear failure instead of an obscure spawn error. */
export function requireSystemPackage(bin: string): void {
  const entry = systemPackages.find((p) => p.bin === bin);
  if (!existsSync(bin)) {
    throw new Error(
      `${bin} is missing: install it with apt-get install -y ${entry?.packages.join(' ') ?? bin}`,
    );
  }
}

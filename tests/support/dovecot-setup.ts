import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect as netConnect, type Server } from 'node:net';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';

/** Config text, certificates and process plumbing for TestDovecot (see dovecot.ts). */

export function dovecotConfig(o: {
  dir: string;
  port: number;
  tlsPort: number;
  owner: { uid: number; gid: number };
  extra: string;
}): string {
  const d = o.dir;
  const asRoot = process.getuid?.() === 0;
  // As root, mail processes drop to nobody (as in production); unprivileged, everything runs as us.
  const who = asRoot ? 'uid=nobody gid=nogroup' : `uid=${o.owner.uid} gid=${o.owner.gid}`;
  const self = asRoot ? '' : `default_login_user = ${userName()}\ndefault_internal_user = ${userName()}\n`;
  return `instance_name = veildraft-test-${o.port}
base_dir  = ${d}/run
state_dir = ${d}/state
log_path  = ${d}/dovecot.log
protocols = imap
listen = 127.0.0.1
${self}auth_mechanisms = plain login
disable_plaintext_auth = no
passdb {
driver = passwd-file
args = scheme=PLAIN username_format=%u ${d}/users
}
userdb {
driver = passwd-file
args = username_format=%u ${d}/users
default_fields = ${who} home=${d}/mail/%u
}
ssl = yes
ssl_cert = <${d}/cert.pem
ssl_key  = <${d}/key.pem
mail_location = maildir:~/Maildir
namespace inbox {
inbox = yes
separator = /
mailbox Drafts {
  special_use = \\Drafts
  auto = subscribe
}
mailbox Sent {
  special_use = \\Sent
  auto = subscribe
}
}
service imap-login {
inet_listener imap {
  address = 127.0.0.1
  port = ${o.port}
}
inet_listener imaps {
  address = 127.0.0.1
  port = ${o.tlsPort}
  ssl = yes
}
}
mail_max_userip_connections = 200
auth_failure_delay = 0
${o.extra}
`;
}

export function mailOwner(): { uid: number; gid: number } {
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'nobody']).toString().trim());
    const gid = Number(execFileSync('getent', ['group', 'nogroup']).toString().split(':')[2]);
    return { uid, gid };
  }
  return { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
}

function userName(): string {
  return execFileSync('id', ['-un']).toString().trim();
}

/**
 * Self-signed certificate for localhost and 127.0.0.1 (TESTING.md) into `dir/cert.pem` and
 * `dir/key.pem`. `expired` signs it with `openssl ca` for January 2020 (`req -x509` cannot
 * backdate), so clients see CERT_HAS_EXPIRED even with it pinned.
 */
export function makeCertificate(
  dir: string,
  options: { cn?: string; san?: string; days?: number; expired?: boolean } = {},
): void {
  const cn = `/CN=${options.cn ?? 'localhost'}`;
  const san = `subjectAltName=${options.san ?? 'DNS:localhost,IP:127.0.0.1'}`;
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!options.expired) {
    const days = String(options.days ?? 30);
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        days,
        '-subj',
        cn,
        '-addext',
        san,
        '-keyout',
        key,
        '-out',
        cert,
      ],
      {
        stdio: 'ignore',
      },
    );
    return;
  }
  const ca = join(dir, 'ca');
  mkdirSync(ca, { recursive: true });
  writeFileSync(join(ca, 'index.txt'), '');
  writeFileSync(join(ca, 'serial'), '01\n');
  writeFileSync(
    join(ca, 'ca.cnf'),
    `[ca]\ndefault_ca = d\n[d]\ndatabase = ${ca}/index.txt\nserial = ${ca}/serial\nnew_certs_dir = ${ca}\ndefault_md = sha256\npolicy = p\n[p]\ncommonName = supplied\n[ext]\n${san}\nbasicConstraints = CA:true\n`,
  );
  execFileSync(
    'openssl',
    [
      'req',
      '-new',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      cn,
      '-keyout',
      key,
      '-out',
      join(ca, 'req.csr'),
    ],
    {
      stdio: 'ignore',
    },
  );
  execFileSync(
    'openssl',
    [
      'ca',
      '-batch',
      '-selfsign',
      '-config',
      join(ca, 'ca.cnf'),
      '-extensions',
      'ext',
      '-keyfile',
      key,
      '-in',
      join(ca, 'req.csr'),
      '-out',
      cert,
      '-startdate',
      '20200101000000Z',
      '-enddate',
      '20200201000000Z',
      '-notext',
    ],
    { stdio: 'ignore' },
  );
}

/** Ports free right now (bound to 0 then released). */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<Server>((resolve, reject) => {
          const s = createServer();
          s.once('error', reject);
          s.listen(0, '127.0.0.1', () => resolve(s));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

/** True when the port answers with an IMAP `* OK` greeting (through TLS for the IMAPS port). */
export async function greeting(host: string, port: number, tls = false): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tls ? tlsConnect({ host, port, rejectUnauthorized: false }) : netConnect({ host, port });
    let data = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('data', (d) => {
      data += d;
      if (data.includes('\r\n')) done(data.startsWith('* OK'));
    });
  });
}

/** Every process below `pid`, from /proc (Linux). */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (ppid) follows the command name in parentheses, which may contain spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // process ended while listing
    }
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length) {
    for (const c of children.get(queue.shift()!) ?? []) {
      out.push(c);
      queue.push(c);
    }
  }
  return out;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

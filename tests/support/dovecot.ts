import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ImapConnection } from '../../src/imap/imap-client.js';
import {
  descendants,
  dovecotConfig,
  freePorts,
  greeting,
  mailOwner,
  makeCertificate,
  sleep,
} from './dovecot-setup.js';
import { requireSystemPackage } from './system-packages.js';

const execFileAsync = promisify(execFile);

export interface DovecotUser {
  user: string;
  password: string;
}

/** Options for `TestDovecot.start`. */
export interface DovecotOptions {
  users?: DovecotUser[];
  /** Extra dovecot.conf lines appended at the end (e.g. `mail_max_userip_connections = 5`). */
  extraConfig?: string;
  /** Certificate variations for TLS tests: another SAN, or one that expired in 2020. */
  certificate?: { san?: string; expired?: boolean };
  /**
   * Also accept OAuth2 bearer tokens (Dovecot's oauth2 passdb), checked by token introspection
   * at `introspectionUrl` (`mode` post: `token=` in the body; get: appended to the URL).
   * `mechanisms` defaults to both XOAUTH2 and OAUTHBEARER; passwords keep working.
   */
  oauth2?: { introspectionUrl: string; mode: 'post' | 'get'; mechanisms?: ('xoauth2' | 'oauthbearer')[] };
}

/** What an IMAP client needs to reach the test server (imapflow option shape). */
export interface ImapTarget {
  host: string;
  port: number;
  secure: boolean;
  auth: { user: string; pass: string };
  tls?: { ca: string; servername?: string };
  /** false on the `none` target so imapflow does not upgrade (a byte-level proxy can then read it). */
  doSTARTTLS?: boolean;
}

/** A message to put into a folder; `flags` are IMAP flags such as `\\Seen`, `\\Flagged`. */
export interface DeliverMessage {
  raw: Buffer | string;
  flags?: string[];
  /** The message's INTERNALDATE (Dovecot reads it from the maildir file's mtime); now by default. */
  receivedAt?: Date;
}

const MAILDIR_FLAG: Record<string, string> = {
  '\\Draft': 'D',
  '\\Flagged': 'F',
  '\\Answered': 'R',
  '\\Seen': 'S',
  '\\Deleted': 'T',
};

/**
 * A real Dovecot on 127.0.0.1, started by the test from a config in a temporary folder
 * (see ../shared/TESTING.md). Ports are chosen free at runtime. The certificate is
 * self-signed for localhost/127.0.0.1 and is its own CA: pin `caPem` to trust it.
 *
 * Usage:
 *   const dovecot = await TestDovecot.start({ users: [{ user: 'agent1', password: 'secret1' }] });
 *   await dovecot.deliver('agent1', 'INBOX', [{ raw }]);
 *   … dovecot.target('agent1', 'tls') → imapflow options …
 *   await dovecot.stop();
 */
export class TestDovecot {
  readonly host = '127.0.0.1';
  private master: ChildProcess | undefined;
  private readonly users = new Map<string, string>();
  private readonly owner: { uid: number; gid: number };
  private usersStamp = 0;
  private killed: Promise<void> = Promise.resolve();
  private dead: number[] = [];

  private constructor(
    /** Temporary folder holding config, certificate, users, mail and logs. */
    readonly dir: string,
    /** Plain IMAP port (STARTTLS offered). */
    readonly port: number,
    /** Implicit TLS port (IMAPS). */
    readonly tlsPort: number,
    /** PEM of the server certificate, which is also the CA to pin. */
    readonly caPem: string,
  ) {
    this.owner = mailOwner();
  }

  get confPath(): string {
    return join(this.dir, 'dovecot.conf');
  }

  /** PID of the running master process, if any. */
  get pid(): number | undefined {
    return this.master?.pid;
  }

  static async start(options: DovecotOptions = {}): Promise<TestDovecot> {
    requireSystemPackage('/usr/sbin/dovecot');
    const dir = mkdtempSync(join(tmpdir(), 'veildraft-dovecot-'));
    // Dovecot's auth process runs as the `dovecot` user and must reach the users file.
    chmodSync(dir, 0o711);
    const [port, tlsPort] = await freePorts(2);
    makeCertificate(dir, options.certificate ?? {});
    const caPem = readFileSync(join(dir, 'cert.pem'), 'utf8');
    const d = new TestDovecot(dir, port!, tlsPort!, caPem);
    for (const sub of ['run', 'state', 'mail']) mkdirSync(join(dir, sub), { recursive: true });
    chownSync(join(dir, 'mail'), d.owner.uid, d.owner.gid);
    writeFileSync(
      join(dir, 'dovecot.conf'),
      dovecotConfig({
        dir,
        port: port!,
        tlsPort: tlsPort!,
        owner: d.owner,
        extra: `${options.oauth2 ? oauth2Config(dir, options.oauth2) : ''}${options.extraConfig ?? ''}`,
      }),
    );
    for (const u of options.users ?? []) d.users.set(u.user, u.password);
    d.writeUsers();
    await d.launch();
    return d;
  }

  /**
   * imapflow-shaped connection options for a user: `tls` = implicit TLS port, `starttls` =
   * plain port upgraded with STARTTLS, `none` = plain port without TLS (for the TCP proxy).
   */
  target(user: string, mode: 'tls' | 'starttls' | 'none' = 'tls'): ImapTarget {
    const pass = this.users.get(user);
    if (pass === undefined) throw new Error(`unknown test user ${user}`);
    return {
      host: this.host,
      port: mode === 'tls' ? this.tlsPort : this.port,
      secure: mode === 'tls',
      auth: { user, pass },
      tls: { ca: this.caPem },
      doSTARTTLS: mode === 'starttls',
    };
  }

  /** Veildraft's own connection settings (a stored mailbox's) for a user, over implicit TLS. */
  connection(user: string): ImapConnection & { caPem: string } {
    const password = this.users.get(user);
    if (password === undefined) throw new Error(`unknown test user ${user}`);
    return {
      host: this.host,
      port: this.tlsPort,
      security: 'tls',
      username: user,
      password,
      caPem: this.caPem,
    };
  }

  /** Adds a user; resolves once Dovecot can see the change (see `setPassword`). */
  async addUser(user: string, password: string): Promise<void> {
    this.users.set(user, password);
    this.writeUsers();
    await sleep(1100);
  }

  /**
   * Changes a password on the server. Dovecot stats the passwd-file at most once per second,
   * so this waits a little over a second: afterwards the old password is refused.
   */
  async setPassword(user: string, password: string): Promise<void> {
    if (!this.users.has(user)) throw new Error(`unknown test user ${user}`);
    this.users.set(user, password);
    this.writeUsers();
    await sleep(1100);
  }

  /**
   * Fast bulk delivery: writes the messages straight into the user's Maildir (`new/`, or
   * `cur/` with flags), like a local delivery agent. Thousands per second; Dovecot assigns
   * UIDs in the order given on its next sync of the folder and notifies IDLE clients.
   * The folder is created when missing (names use `/` as separator, e.g. `Archive/2024`).
   */
  deliver(user: string, folder: string, messages: DeliverMessage[]): void {
    const base = this.maildir(user, folder);
    const stamp = Math.floor(Date.now() / 1000);
    const nonce = randomBytes(4).toString('hex');
    messages.forEach((m, i) => {
      const raw = typeof m.raw === 'string' ? Buffer.from(m.raw) : m.raw;
      // Zero-padded sequence keeps the delivery order when Dovecot sorts new files by name.
      const name = `${stamp}.M${String(i).padStart(7, '0')}P${process.pid}Q${nonce}.veildraft,S=${raw.length}`;
      const letters = (m.flags ?? [])
        .map((f) => MAILDIR_FLAG[f])
        .filter(Boolean)
        .sort()
        .join('');
      const path = m.flags?.length ? join(base, 'cur', `${name}:2,${letters}`) : join(base, 'new', name);
      writeFileSync(path, raw);
      if (m.receivedAt) utimesSync(path, m.receivedAt, m.receivedAt);
      chownSync(path, this.owner.uid, this.owner.gid);
    });
  }

  /** Delivery through Dovecot itself (`doveadm save`), one process per message: slower, for a few. */
  async save(user: string, folder: string, raw: Buffer | string): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const child = spawn('doveadm', ['-c', this.confPath, 'save', '-u', user, '-m', folder], {
        stdio: ['pipe', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (d) => {
        err += d;
      });
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new Error(`doveadm save failed (${code}): ${err}`)),
      );
      child.stdin.end(raw);
    });
  }

  /** Runs `doveadm -c <conf> …args` and returns stdout. */
  async doveadm(args: string[]): Promise<string> {
    const { stdout } = await execFileAsync('doveadm', ['-c', this.confPath, ...args], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  }

  async setUidValidity(user: string, folder: string, uidValidity: number): Promise<void> {
    await this.doveadm(['mailbox', 'update', '-u', user, '--uid-validity', String(uidValidity), folder]);
  }

  async renameFolder(user: string, from: string, to: string): Promise<void> {
    await this.doveadm(['mailbox', 'rename', '-u', user, from, to]);
  }

  async deleteFolder(user: string, folder: string): Promise<void> {
    await this.doveadm(['mailbox', 'delete', '-u', user, '-r', '-s', folder]);
  }

  async createFolder(user: string, folder: string): Promise<void> {
    await this.doveadm(['mailbox', 'create', '-u', user, folder]);
  }

  /** `{ uidvalidity, messages, uidnext }` of a folder, read by doveadm. */
  async folderStatus(
    user: string,
    folder: string,
  ): Promise<{ uidvalidity: number; messages: number; uidnext: number }> {
    const out = await this.doveadm([
      '-f',
      'flow',
      'mailbox',
      'status',
      '-u',
      user,
      'uidvalidity messages uidnext',
      folder,
    ]);
    const get = (k: string) => Number(new RegExp(`${k}=(\\d+)`).exec(out)?.[1] ?? Number.NaN);
    return { uidvalidity: get('uidvalidity'), messages: get('messages'), uidnext: get('uidnext') };
  }

  /** UID → flags of every message in a folder (to check that nothing changed them). */
  async flags(user: string, folder: string): Promise<Map<number, string>> {
    const out = await this.doveadm(['-f', 'tab', 'fetch', '-u', user, 'uid flags', 'mailbox', folder]);
    const map = new Map<number, string>();
    for (const line of out.split('\n').slice(1)) {
      const [uid, flags] = line.split('\t');
      if (uid) map.set(Number(uid), (flags ?? '').split(' ').filter(Boolean).sort().join(' '));
    }
    return map;
  }

  /** Simulates a crash: SIGKILL the master and every process under it (imap, imap-login, auth…). */
  kill(): void {
    const child = this.master;
    const pid = child?.pid;
    if (!child || pid === undefined) return;
    const tree = descendants(pid);
    // Until Node reaps the master it is a zombie that still "exists", and Dovecot would refuse
    // to start again ("already running"): restart waits for this.
    this.killed = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    for (const p of [pid, ...tree]) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    this.dead = tree;
    this.master = undefined;
  }

  /** Starts the master again on the same ports, config and mail. */
  async restart(): Promise<void> {
    if (this.master) await this.stopMaster();
    await this.killed;
    const deadline = Date.now() + 5000;
    while (this.dead.some(alive) && Date.now() < deadline) await sleep(20);
    // The killed master's PID may be reused by now; its stale pid file must not block the start.
    rmSync(join(this.dir, 'run', 'master.pid'), { force: true });
    await this.launch();
  }

  /** Stops the server (SIGTERM the master, then SIGKILL what is left) and removes the folder. */
  async stop(options: { keepDir?: boolean } = {}): Promise<void> {
    await this.stopMaster();
    if (!options.keepDir) rmSync(this.dir, { recursive: true, force: true });
  }

  /** The Dovecot log (for diagnosing a failing test). */
  log(): string {
    const path = join(this.dir, 'dovecot.log');
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  }

  private async stopMaster(): Promise<void> {
    const child = this.master;
    if (!child?.pid) return;
    const tree = descendants(child.pid);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 3000));
    if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL');
    // A graceful stop leaves live imap sessions running: end them so no test leaks processes.
    for (const p of tree) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    this.master = undefined;
  }

  private async launch(): Promise<void> {
    const child = spawn('/usr/sbin/dovecot', ['-F', '-c', this.confPath], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    this.master = child;
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(`dovecot exited (${child.exitCode}): ${stderr}\n${this.log()}`);
      }
      if ((await greeting(this.host, this.port)) && (await greeting(this.host, this.tlsPort, true))) return;
      await sleep(50);
    }
    throw new Error(`dovecot did not greet within 15 s: ${stderr}\n${this.log()}`);
  }

  private maildir(user: string, folder: string): string {
    const home = join(this.dir, 'mail', user);
    const root = join(home, 'Maildir');
    // Maildir++ layout: INBOX is the root, other folders are `.Name` with `/` → `.`.
    const base = folder.toUpperCase() === 'INBOX' ? root : join(root, `.${folder.split('/').join('.')}`);
    for (const d of [home, root, base, join(base, 'new'), join(base, 'cur'), join(base, 'tmp')]) {
      if (!existsSync(d)) {
        mkdirSync(d, { mode: 0o700 });
        chownSync(d, this.owner.uid, this.owner.gid);
      }
    }
    if (base !== root && !existsSync(join(base, 'maildirfolder'))) {
      writeFileSync(join(base, 'maildirfolder'), '');
      chownSync(join(base, 'maildirfolder'), this.owner.uid, this.owner.gid);
    }
    return base;
  }

  private writeUsers(): void {
    const lines = [...this.users].map(([u, p]) => `${u}:{PLAIN}${p}::::::`);
    const path = join(this.dir, 'users');
    writeFileSync(path, `${lines.join('\n')}\n`, { mode: 0o644 });
    // Dovecot reloads the passwd-file when its mtime (whole seconds) or size changes: a change
    // of a password of equal length within the same second would go unnoticed, so step the mtime.
    this.usersStamp = Math.max(Math.floor(Date.now() / 1000), this.usersStamp + 1);
    utimesSync(path, this.usersStamp, this.usersStamp);
  }
}

/**
 * Dovecot 2.3's oauth2 passdb (PasswordDatabase.oauth2 in its docs): tokens are checked by
 * introspection only, and `active` must be true; the user the token is for must be the one
 * logging in. The passwd-file passdb stays for PLAIN/LOGIN.
 */
function oauth2Config(dir: string, o: NonNullable<DovecotOptions['oauth2']>): string {
  const mechanisms = (o.mechanisms ?? ['xoauth2', 'oauthbearer']).join(' ');
  writeFileSync(
    join(dir, 'dovecot-oauth2.conf.ext'),
    [
      `introspection_mode = ${o.mode}`,
      `introspection_url = ${o.introspectionUrl}`,
      'force_introspection = yes',
      'username_attribute = username',
      'active_attribute = active',
      'active_value = true',
      'timeout_msecs = 5000',
      '',
    ].join('\n'),
    { mode: 0o644 },
  );
  return `auth_mechanisms = plain login ${mechanisms}
passdb {
driver = oauth2
mechanisms = ${mechanisms}
args = ${dir}/dovecot-oauth2.conf.ext
}
`;
}

/** True while a process (not a zombie) exists. */
function alive(pid: number): boolean {
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

export { freePorts, makeCertificate } from './dovecot-setup.js';

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type LdapConfig, ldapDefaults } from '../../src/identity/ldap/ldap.models.js';
import { freePorts, makeCertificate, sleep } from './dovecot-setup.js';
import { requireSystemPackage } from './system-packages.js';

const execFileAsync = promisify(execFile);

export const SUFFIX = 'dc=example,dc=org';
export const ROOT_DN = `cn=admin,${SUFFIX}`;
const ROOT_PASSWORD = 'root-secret';
export const SERVICE = { dn: `cn=veildraft,ou=services,${SUFFIX}`, password: 'service-secret' };
export const PEOPLE = `ou=people,${SUFFIX}`;
export const GROUPS = `ou=groups,${SUFFIX}`;

/** The test directory's people: name → password. */
export const people = {
  alice: 'alice-pw', // vd-admins
  bob: 'bob-pw', // cs-agents
  carol: 'carol-pw', // vd-admins, locked by an admin (ppolicy)
  dave: 'dave-pw', // no group
  erin: 'erin-pw', // vd-admins, employeeType "disabled" (for a configurable disabled filter)
  'ann(x)*': 'odd-pw', // cs-agents: a name full of filter syntax, found only when escaped
} as const;

function person(uid: string, extra: string[] = []): string {
  return [
    `dn: uid=${uid.replace(/[()*]/g, (c) => `\\${c.charCodeAt(0).toString(16)}`)},${PEOPLE}`,
    'objectClass: inetOrgPerson',
    `uid: ${uid}`,
    `cn: ${uid} Example`,
    `sn: ${uid}`,
    `mail: ${uid.replace(/[()*]/g, '')}@example.org`,
    `userPassword: ${people[uid as keyof typeof people]}`,
    ...extra,
    '',
  ].join('\n');
}

export const dnOf = (uid: string) =>
  `uid=${uid.replace(/[()*]/g, (c) => `\\${c.charCodeAt(0).toString(16)}`)},${PEOPLE}`;

function group(cn: string, members: string[]): string {
  return [
    `dn: cn=${cn},${GROUPS}`,
    'objectClass: groupOfNames',
    `cn: ${cn}`,
    ...members.map((m) => `member: ${dnOf(m)}`),
    '',
  ].join('\n');
}

/** Users and groups, loaded through the server (ldapadd) so the memberof overlay sees them. */
const DATA = [
  [
    `dn: ${SUFFIX}`,
    'objectClass: dcObject',
    'objectClass: organization',
    'o: Example',
    'dc: example',
    '',
  ].join('\n'),
  ...['people', 'groups', 'services'].map((ou) =>
    [`dn: ou=${ou},${SUFFIX}`, 'objectClass: organizationalUnit', `ou: ${ou}`, ''].join('\n'),
  ),
  [
    `dn: ${SERVICE.dn}`,
    'objectClass: person',
    'cn: veildraft',
    'sn: service',
    `userPassword: ${SERVICE.password}`,
    '',
  ].join('\n'),
  person('alice'),
  person('bob'),
  person('carol', ['pwdAccountLockedTime: 000001010000Z']),
  person('dave'),
  person('erin', ['employeeType: disabled']),
  person('ann(x)*'),
  group('vd-admins', ['alice', 'carol', 'erin']),
  group('cs-agents', ['bob', 'ann(x)*']),
].join('\n');

function slapdConf(dir: string): string {
  return `include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
modulepath /usr/lib/ldap
moduleload back_mdb
moduleload memberof
moduleload ppolicy
pidfile ${dir}/slapd.pid
argsfile ${dir}/slapd.args
TLSCertificateFile ${dir}/cert.pem
TLSCertificateKeyFile ${dir}/key.pem
# The unauthenticated-bind trap, switched on so the test shows the client refuses it itself.
allow bind_anon_dn
database mdb
maxsize 67108864
suffix "${SUFFIX}"
rootdn "${ROOT_DN}"
rootpw ${ROOT_PASSWORD}
directory ${dir}/db
overlay memberof
memberof-refint TRUE
overlay ppolicy
access to attrs=userPassword by self write by anonymous auth by * none
access to * by users read by * none
`;
}

/**
 * A real OpenLDAP slapd on 127.0.0.1 (Debian's `slapd`), run from a temporary folder with its
 * own slapd.conf (mdb, memberof and ppolicy overlays), a self-signed certificate for
 * localhost/127.0.0.1 (its own CA: pin `caPem`), plain+StartTLS and LDAPS ports chosen free.
 * Stopped by its PID.
 */
export class TestSlapd {
  private child: ChildProcess | undefined;

  private constructor(
    readonly dir: string,
    readonly port: number,
    readonly tlsPort: number,
    readonly caPem: string,
  ) {}

  get url(): string {
    return `ldap://127.0.0.1:${this.port}`;
  }
  get ldapsUrl(): string {
    return `ldaps://127.0.0.1:${this.tlsPort}`;
  }

  static async start(): Promise<TestSlapd> {
    requireSystemPackage('/usr/sbin/slapd');
    const dir = mkdtempSync(join(tmpdir(), 'veildraft-slapd-'));
    mkdirSync(join(dir, 'db'));
    const [port, tlsPort] = await freePorts(2);
    makeCertificate(dir);
    const s = new TestSlapd(dir, port!, tlsPort!, readFileSync(join(dir, 'cert.pem'), 'utf8'));
    writeFileSync(join(dir, 'slapd.conf'), slapdConf(dir));
    s.launch();
    await s.waitReady();
    await s.ldap('ldapadd', DATA);
    return s;
  }

  private launch(): void {
    // `-d 0` keeps slapd in the foreground (no fork), so the PID we hold is the server's.
    const urls = `ldap://127.0.0.1:${this.port}/ ldaps://127.0.0.1:${this.tlsPort}/`;
    this.child = spawn('/usr/sbin/slapd', ['-f', join(this.dir, 'slapd.conf'), '-h', urls, '-d', '0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    this.child.stderr?.on('data', (d) => {
      log = (log + d).slice(-4000);
    });
    this.child.once('exit', (code) => {
      if (code) writeFileSync(join(this.dir, 'slapd.exit.log'), log);
    });
  }

  private async waitReady(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if (this.child?.exitCode != null) {
        throw new Error(`slapd exited: ${readFileSync(join(this.dir, 'slapd.exit.log'), 'utf8')}`);
      }
      if (await accepts(this.port)) return;
      await sleep(100);
    }
    throw new Error('slapd did not start within 10 s');
  }

  /** ldapadd / ldapmodify as the directory manager, with LDIF on stdin. */
  async ldap(tool: 'ldapadd' | 'ldapmodify', ldif: string): Promise<void> {
    const run = execFileAsync(`/usr/bin/${tool}`, ['-x', '-H', this.url, '-D', ROOT_DN, '-w', ROOT_PASSWORD]);
    run.child.stdin?.end(ldif);
    await run;
  }

  /** Takes a person out of a group (the memberof overlay updates their memberOf at once). */
  removeFromGroup(cn: string, uid: string): Promise<void> {
    return this.ldap(
      'ldapmodify',
      `dn: cn=${cn},${GROUPS}\nchangetype: modify\ndelete: member\nmember: ${dnOf(uid)}\n`,
    );
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(child.pid, 'SIGTERM');
      const timeout = sleep(5000).then(() => 'timeout');
      if ((await Promise.race([exited, timeout])) === 'timeout') process.kill(child.pid, 'SIGKILL');
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** LDAP settings for this directory: StartTLS on the plain port, the certificate pinned. */
export function slapdConfig(s: TestSlapd, over: Partial<LdapConfig> = {}): LdapConfig {
  return {
    ...ldapDefaults,
    enabled: true,
    url: s.url,
    startTls: true,
    caPem: s.caPem,
    bindDn: SERVICE.dn,
    bindPassword: SERVICE.password,
    userBase: PEOPLE,
    userFilter: '(objectClass=inetOrgPerson)',
    loginAttribute: 'uid',
    usernameAttribute: 'uid',
    groupSource: 'memberOf',
    groupBase: GROUPS,
    timeoutS: 5,
    ...over,
  };
}

/** The console's LDAP form as an admin fills it in for this directory (the same settings). */
export function slapdForm(s: TestSlapd): Record<string, string> {
  const c = slapdConfig(s);
  return {
    enabled: 'on',
    url: c.url,
    startTls: 'on',
    verifyTls: 'on',
    caPem: c.caPem,
    bindDn: c.bindDn,
    bindPassword: c.bindPassword,
    userBase: c.userBase,
    userFilter: c.userFilter,
    loginAttribute: c.loginAttribute,
    usernameAttribute: c.usernameAttribute,
    emailAttribute: c.emailAttribute,
    displayNameAttribute: c.displayNameAttribute,
    subjectAttribute: c.subjectAttribute,
    groupSource: c.groupSource,
    groupBase: c.groupBase,
    groupFilter: c.groupFilter,
    groupNameAttribute: c.groupNameAttribute,
    disabledFilter: '',
    timeoutS: String(c.timeoutS),
  };
}

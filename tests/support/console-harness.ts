import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Hono } from 'hono';
import { generateSync } from 'otplib';
import { newSetupToken } from '../../src/auth/setup-token.js';
import { createBackupService } from '../../src/backup/backup.service.js';
import type { Config } from '../../src/config/config.js';
import type { FeatureStatus } from '../../src/dashboard/features.models.js';
import type { DataKeys } from '../../src/keys/subkeys.js';
import type { Clock } from '../../src/shared/clock.js';
import { createLogger, type Logger } from '../../src/shared/logger.js';
import { backupPlaces, openAppliance } from '../../src/start.js';
import type { Store } from '../../src/store/store.js';
import { type ConsoleOptions, createApp } from '../../src/web/app.js';
import type { AppEnv } from '../../src/web/web.types.js';
import { TestClock, testConfig } from './appliance.js';

export interface ConsoleHarness {
  app: Hono<AppEnv>;
  /** A second app on the same store and keys with other start-up options (sessions carry over). */
  withConsole(extra: Partial<ConsoleOptions>): Hono<AppEnv>;
  store: Store;
  keys: DataKeys;
  clock: TestClock;
  dir: string;
  /** The configuration the store was opened with, to start the whole appliance on the same folder. */
  config: Config;
  /** The one-time setup token start.ts would have printed in the log. */
  setupToken: string;
  close(): void;
}

/** The real app on a real encrypted database in a temp folder; requests go through app.request. */
export function openConsole(
  opts: {
    secure?: boolean;
    clock?: TestClock;
    features?: () => FeatureStatus[];
    logger?: Logger;
    publicUrl?: string;
    /** VEILDRAFT_IMAP_ALLOW_PLAINTEXT_LOOPBACK (plain IMAP or an http token endpoint on loopback). */
    imapAllowPlaintextLoopback?: boolean;
    /** Configuration on top of the test defaults, e.g. tinyModelEnv() for the generated models. */
    env?: Record<string, string>;
  } = {},
): ConsoleHarness {
  const dir = mkdtempSync(path.join(tmpdir(), 'veildraft-web-'));
  const config = testConfig(dir, {
    VEILDRAFT_MASTER_KEY: randomBytes(32).toString('hex'),
    VEILDRAFT_BACKUP_DIR: path.join(dir, 'backups'),
    VEILDRAFT_MODELS_DIR: path.join(dir, 'models'),
    ...opts.env,
  });
  const clock = opts.clock ?? new TestClock(Date.UTC(2026, 0, 5, 9, 0, 0));
  const { store, keys } = openAppliance(config, clock);
  const logger = opts.logger ?? createLogger('silent');
  const setupToken = newSetupToken();
  const consoleOptions: ConsoleOptions = {
    db: store.db,
    keys,
    clock,
    logger,
    tls: opts.secure ?? false,
    tlsProxy: true,
    modelsDir: config.modelsDir,
    modelConfig: config,
    features: opts.features,
    publicUrl: opts.publicUrl,
    imapAllowPlaintextLoopback: opts.imapAllowPlaintextLoopback,
    setupToken,
    backups: createBackupService({
      store,
      keys,
      clock,
      logger,
      places: backupPlaces(config),
      appVersion: 'test',
    }),
  };
  const readiness = () => ({ storeOpen: true, migrationsApplied: true, workersRunning: true });
  const app = createApp({ logger, readiness, console: consoleOptions });
  return {
    app,
    withConsole: (extra) => createApp({ logger, readiness, console: { ...consoleOptions, ...extra } }),
    store,
    keys,
    clock,
    dir,
    config,
    setupToken,
    close() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Page {
  status: number;
  location: string | null;
  html: string;
  headers: Headers;
}

/**
 * A browser-like client for app.request: keeps cookies, finds the CSRF token of the last page.
 * `headers` go with every request; a `host` among them also becomes the URL's host, as
 * @hono/node-server builds it from the Host header.
 */
export class Agent {
  readonly cookies = new Map<string, string>();
  csrf = '';
  constructor(
    private readonly app: Hono<AppEnv>,
    private readonly client = '192.0.2.10',
    /** Sent with every request, as a browser sends Host or Accept-Language; tests may change them. */
    readonly headers: Record<string, string> = {},
  ) {}

  async request(method: string, url: string, form?: Record<string, string | string[]>): Promise<Page> {
    if (!form) return this.send(method, url);
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    return this.send(method, url, body, { 'content-type': 'application/x-www-form-urlencoded' });
  }

  /** Any body with any headers (for malformed requests), with this agent's cookies. */
  async send(
    method: string,
    url: string,
    body?: RequestInit['body'],
    extraHeaders: Record<string, string> = {},
  ): Promise<Page> {
    const headers = new Headers({ ...this.headers, ...extraHeaders });
    if (this.headers.host && url.startsWith('/')) url = `http://${this.headers.host}${url}`;
    if (this.cookies.size > 0)
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const env = { incoming: { socket: { remoteAddress: this.client } } };
    const res = await this.app.request(url, { method, headers, body }, env);
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i);
      const value = pair.slice(i + 1);
      if (value === '' || /max-age=0/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const html = await res.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html);
    if (token) this.csrf = token[1]!;
    return { status: res.status, location: res.headers.get('location'), html, headers: res.headers };
  }

  get(url: string): Promise<Page> {
    return this.request('GET', url);
  }

  /** Posts with the CSRF token of the last page seen (pass `_csrf` to override). */
  post(url: string, form: Record<string, string | string[]> = {}): Promise<Page> {
    return this.request('POST', url, { _csrf: this.csrf, ...form });
  }
}

export function totp(secret: string, clock: Clock): string {
  return generateSync({ secret, epoch: Math.floor(clock.now() / 1000) });
}

/** A page's text without tags, `&amp;` decoded, whitespace collapsed: read as a person would. */
export function pageText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

export function secretFrom(html: string): string {
  const m = /class="secret"[^>]*>\s*([A-Z2-7]{16,})\s*</.exec(html);
  if (!m) throw new Error('no TOTP secret on the page');
  return m[1]!;
}

export function recoveryCodesFrom(html: string): string[] {
  return [...html.matchAll(/<code>([a-z2-9]{5}-[a-z2-9]{5})<\/code>/g)].map((m) => m[1]!);
}

export const ADMIN = { username: 'admin', password: 'correct horse battery staple 7' };

/** Runs the wizard: first admin, TOTP enrolment, recovery codes. Returns what a person would keep. */
export async function completeSetup(h: ConsoleHarness, agent = new Agent(h.app)) {
  await agent.get(`/setup?token=${h.setupToken}`);
  const created = await agent.post('/setup/admin', {
    setupToken: h.setupToken,
    username: ADMIN.username,
    password: ADMIN.password,
    confirmPassword: ADMIN.password,
  });
  if (created.location !== '/enrol') throw new Error(`setup failed: ${created.status}`);
  const enrol = await agent.get('/enrol');
  const secret = secretFrom(enrol.html);
  const done = await agent.post('/enrol', { code: totp(secret, h.clock) });
  const recoveryCodes = recoveryCodesFrom(done.html);
  return { agent, secret, recoveryCodes };
}

/** Signs in a fresh agent; moves the clock one TOTP step first, since each step works once. */
export async function signIn(
  h: ConsoleHarness,
  username: string,
  password: string,
  secret: string,
  client?: string,
) {
  h.clock.advance(30_000);
  const agent = new Agent(h.app, client);
  await agent.get('/signin');
  const res = await agent.post('/signin', { username, password, code: totp(secret, h.clock) });
  return { agent, res };
}

/** Admin creates a user; the user signs in with the one-time password and enrols. */
export async function addUser(h: ConsoleHarness, admin: Agent, username: string, role: string) {
  await admin.get('/users');
  const created = await admin.post('/users', { username, role });
  const temp = /class="secret"[^>]*>\s*([A-Za-z0-9_-]{20})\s*</.exec(created.html)?.[1];
  if (!temp) throw new Error(`user not created: ${created.status}`);
  const agent = new Agent(h.app, `192.0.2.${20 + Math.floor(Math.random() * 200)}`);
  await agent.get('/signin');
  await agent.post('/signin', { username, password: temp, code: '' });
  const enrol = await agent.get('/enrol');
  const secret = secretFrom(enrol.html);
  const password = 'Seven quiet lanterns over the harbour';
  const done = await agent.post('/enrol', {
    code: totp(secret, h.clock),
    newPassword: password,
    confirmPassword: password,
  });
  if (recoveryCodesFrom(done.html).length !== 10) throw new Error(`enrolment failed: ${done.status}`);
  return { agent, secret, password };
}

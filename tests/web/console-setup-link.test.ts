import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { hostname } from 'node:os';
import path from 'node:path';
import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { systemClock } from '../../src/shared/clock.js';
import { startAppliance } from '../../src/start.js';
import { recoveryCodesFrom, secretFrom } from '../support/console-harness.js';
import { captureLogs } from '../support/logs.js';
import { tempDir } from '../support/tmp.js';

function configIn(dir: string, extra: Record<string, string> = {}) {
  const config = loadConfig({
    VEILDRAFT_DATA_DIR: path.join(dir, 'data'),
    VEILDRAFT_MASTER_KEY_FILE: path.join(dir, 'secrets', 'master.key'),
    VEILDRAFT_MODELS_DIR: path.join(dir, 'models'),
    ...extra,
  });
  return { ...config, port: 0 };
}

/** A request with a Host header of our choosing, which fetch() does not allow. */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  const u = new URL(url);
  const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        headers: { host },
        rejectUnauthorized: false,
      },
      (res) => {
        let body = '';
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** A minimal browser over fetch: keeps cookies, sends forms, does not follow redirects. */
function browser(base: string) {
  const jar = new Map<string, string>();
  return async (pathname: string, form?: Record<string, string>) => {
    const res = await fetch(base + pathname, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded', origin: base } : {}),
      },
      body: form ? new URLSearchParams(form) : undefined,
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (value) jar.set(name, value);
      else jar.delete(name);
    }
    const html = await res.text();
    return {
      status: res.status,
      location: res.headers.get('location'),
      html,
      csrf: /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '',
    };
  };
}

/** The appliance as `veildraft start` runs it (startAppliance), on a real socket. */
describe('setup link at start', () => {
  it('logs a link with the setup token while setup is incomplete; the link sets up the appliance; after that no link is logged', async () => {
    const dir = tempDir();
    const config = configIn(dir, { VEILDRAFT_MASTER_KEY: randomBytes(32).toString('hex') });
    const first = captureLogs('info');
    let appliance = await startAppliance({ config, logger: first.logger, clock: systemClock });
    try {
      const line = first.lines.map((l) => JSON.parse(l)).find((l) => /setup is not complete/.test(l.msg));
      expect(line?.level).toBe(40);
      const link = /open (http:\/\/127\.0\.0\.1:(\d+)\/setup\?token=([A-Za-z0-9_-]{43}))$/.exec(line.msg);
      expect(link, line.msg).not.toBeNull();
      expect(Number(link![2])).toBe(appliance.address.port);
      const base = `http://127.0.0.1:${appliance.address.port}`;

      // A rebound name gets nowhere, even with the token.
      expect((await getWithHost(link![1]!, `evil.example:${appliance.address.port}`)).status).toBe(421);
      expect((await getWithHost(`${base}/healthz`, 'evil.example')).status).toBe(200);

      const go = browser(base);
      expect((await go('/setup')).html).toContain('name="token"');
      const wizard = await go(link![1]!.slice(base.length));
      expect(wizard.html).toContain('Create admin and continue');
      const created = await go('/setup/admin', {
        _csrf: wizard.csrf,
        setupToken: link![3]!,
        username: 'admin',
        password: 'correct horse battery staple 7',
        confirmPassword: 'correct horse battery staple 7',
      });
      expect(created.location).toBe('/enrol');
      const enrol = await go('/enrol');
      const secret = secretFrom(enrol.html);
      const done = await go('/enrol', {
        _csrf: enrol.csrf,
        code: generateSync({ secret, epoch: Math.floor(Date.now() / 1000) }),
      });
      expect(recoveryCodesFrom(done.html)).toHaveLength(10);
      expect((await browser(base)(link![1]!.slice(base.length))).location).toBe('/');
    } finally {
      await appliance.stop();
    }

    const second = captureLogs('info');
    appliance = await startAppliance({ config, logger: second.logger, clock: systemClock });
    await appliance.stop();
    expect(second.output()).toContain('veildraft started');
    expect(second.output()).not.toContain('setup is not complete');
    expect(second.output()).not.toContain('token=');
  });

  it('answers to the names in its TLS certificate and uses VEILDRAFT_PUBLIC_URL in the link', async () => {
    const dir = tempDir();
    const config = configIn(dir, {
      VEILDRAFT_MASTER_KEY: randomBytes(32).toString('hex'),
      VEILDRAFT_TLS: 'on',
      VEILDRAFT_PUBLIC_URL: 'https://veildraft.example.org',
    });
    const logs = captureLogs('info');
    const appliance = await startAppliance({ config, logger: logs.logger, clock: systemClock });
    try {
      expect(logs.output()).toMatch(
        /open https:\/\/veildraft\.example\.org\/setup\?token=[A-Za-z0-9_-]{43}"/,
      );
      const base = `https://127.0.0.1:${appliance.address.port}`;
      // The self-signed certificate names this machine's host name.
      expect((await getWithHost(`${base}/setup`, hostname())).status).toBe(200);
      expect((await getWithHost(`${base}/setup`, 'veildraft.example.org')).status).toBe(200);
      expect((await getWithHost(`${base}/setup`, 'other.example.org')).status).toBe(421);
    } finally {
      await appliance.stop();
    }
  });
});

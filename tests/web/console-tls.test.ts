import { randomBytes, X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { systemClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';
import { startAppliance } from '../../src/start.js';
import { wantsTls } from '../../src/web/tls.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function get(
  port: number,
  url: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; fingerprint: string }> {
  return new Promise((resolve, reject) => {
    // The certificate is self-signed: the test compares its fingerprint instead of trusting a CA.
    const req = request({ host: '127.0.0.1', port, path: url, rejectUnauthorized: false }, (res) => {
      const cert = (res.socket as import('node:tls').TLSSocket).getPeerX509Certificate();
      res.resume();
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          fingerprint: cert?.fingerprint256 ?? '',
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('HTTPS', () => {
  it('is on beyond loopback or with a certificate, off on plain loopback by default', () => {
    const base = { tls: 'auto' as const, allowRemoteHttp: false, tlsCertFile: undefined };
    expect(wantsTls({ ...base, host: '127.0.0.1' })).toBe(false);
    expect(wantsTls({ ...base, host: '0.0.0.0' })).toBe(true);
    expect(wantsTls({ ...base, host: '0.0.0.0', allowRemoteHttp: true })).toBe(false);
    expect(wantsTls({ ...base, host: '127.0.0.1', tlsCertFile: '/x.pem' })).toBe(true);
    expect(wantsTls({ ...base, host: '127.0.0.1', tls: 'on' })).toBe(true);
  });

  it('generates a self-signed certificate at first start, logs its fingerprint, and serves the console with __Host- cookies and HSTS', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'veildraft-tls-'));
    dirs.push(dir);
    const config = loadConfig({
      VEILDRAFT_DATA_DIR: path.join(dir, 'data'),
      VEILDRAFT_MASTER_KEY_FILE: path.join(dir, 'secrets', 'master.key'),
      VEILDRAFT_MASTER_KEY: randomBytes(32).toString('hex'),
      VEILDRAFT_PORT: '1',
      VEILDRAFT_TLS: 'on',
    });
    const lines: string[] = [];
    const logger = createLogger('info', { write: (l: string) => void lines.push(l) });
    const appliance = await startAppliance({ config: { ...config, port: 0 }, logger, clock: systemClock });
    try {
      const logged = lines.map((l) => JSON.parse(l)).find((l) => l.sha256)?.sha256 as string;
      const res = await get(appliance.address.port, '/setup');
      expect(res.status).toBe(200);
      expect(res.fingerprint).toBe(logged);
      expect(res.headers['strict-transport-security']).toContain('max-age=');
      expect(String(res.headers['set-cookie'])).toMatch(
        /^__Host-veildraft_pre=.+; Path=\/; HttpOnly; Secure; SameSite=Strict/,
      );
      expect(statSync(path.join(config.dataDir, 'tls', 'key.pem')).mode & 0o077).toBe(0);
      const cert = new X509Certificate(
        (await import('node:fs')).readFileSync(path.join(config.dataDir, 'tls', 'cert.pem')),
      );
      expect(cert.subjectAltName).toContain('IP Address:127.0.0.1');
    } finally {
      await appliance.stop();
    }
  });
});

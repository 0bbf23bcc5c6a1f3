import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { generate } from 'selfsigned';
import { configErrors } from '../config/config.errors.js';
import type { Config } from '../config/config.js';
import type { Logger } from '../shared/logger.js';
import { isLoopbackHost } from '../shared/loopback.js';

export interface TlsCredentials {
  cert: string;
  key: string;
  fingerprint: string;
  source: 'configured' | 'self-signed';
}

/** Whether the console is served over HTTPS, from VEILDRAFT_TLS and the listen address. */
export function wantsTls(config: Pick<Config, 'tls' | 'host' | 'tlsCertFile' | 'allowRemoteHttp'>): boolean {
  if (config.tls !== 'auto') return config.tls === 'on';
  if (config.tlsCertFile) return true;
  return !isLoopbackHost(config.host) && !config.allowRemoteHttp;
}

/**
 * The configured certificate, or a self-signed one kept in <dataDir>/tls (generated once, with
 * pure Node code from the `selfsigned` package). Its SHA-256 fingerprint is logged so the
 * operator can compare it with what the browser shows before trusting it.
 */
export async function loadTls(config: Config, logger: Logger): Promise<TlsCredentials> {
  if (config.tlsCertFile || config.tlsKeyFile) {
    if (!config.tlsCertFile || !config.tlsKeyFile) throw configErrors.tlsIncomplete();
    const cert = read(config.tlsCertFile, 'VEILDRAFT_TLS_CERT_FILE');
    const key = read(config.tlsKeyFile, 'VEILDRAFT_TLS_KEY_FILE');
    return { cert, key, fingerprint: fingerprint(cert), source: 'configured' };
  }
  const dir = path.join(config.dataDir, 'tls');
  const certFile = path.join(dir, 'cert.pem');
  const keyFile = path.join(dir, 'key.pem');
  if (!existsSync(certFile) || !existsSync(keyFile)) {
    const names = new Set(['localhost', hostname()]);
    const ips = new Set(['127.0.0.1', '::1']);
    if (/^[\d.]+$|:/.test(config.host) && config.host !== '0.0.0.0' && config.host !== '::')
      ips.add(config.host);
    const pems = await generate([{ name: 'commonName', value: 'Veildraft console' }], {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notAfterDate: new Date(Date.now() + 825 * 86_400_000),
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            ...[...names].map((value) => ({ type: 2 as const, value })),
            ...[...ips].map((ip) => ({ type: 7 as const, ip })),
          ],
        },
      ],
    });
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(keyFile, pems.private, { mode: 0o600 });
    writeFileSync(certFile, pems.cert, { mode: 0o644 });
    logger.warn({ file: certFile }, 'generated a self-signed certificate for the console');
  }
  const cert = readFileSync(certFile, 'utf8');
  const creds: TlsCredentials = {
    cert,
    key: readFileSync(keyFile, 'utf8'),
    fingerprint: fingerprint(cert),
    source: 'self-signed',
  };
  logger.warn(
    { sha256: creds.fingerprint },
    'console uses a self-signed certificate: check that the browser shows this SHA-256 fingerprint',
  );
  return creds;
}

function read(file: string, key: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw configErrors.tlsUnreadable({ key, file }, { cause });
  }
}

function fingerprint(cert: string): string {
  return new X509Certificate(cert).fingerprint256;
}

/** The DNS names a certificate is valid for (its subjectAltName DNS entries), for the Host check. */
export function certificateDnsNames(cert: string): string[] {
  const san = new X509Certificate(cert).subjectAltName ?? '';
  return san
    .split(', ')
    .filter((entry) => entry.startsWith('DNS:'))
    .map((entry) => entry.slice(4));
}

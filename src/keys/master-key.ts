import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { storeErrors } from '../store/store.errors.js';
import { keyErrors } from './keys.errors.js';

export interface MasterKeySource {
  /** Keys to try, current first; a second one exists only while a rotation is unfinished. */
  candidates: { key: Buffer; file?: string }[];
  source: 'env' | 'file';
  created: boolean;
}

const KEY_PATTERN = /^[0-9a-fA-F]{64}$/;

export function parseKeyText(text: string, where: string): Buffer {
  const trimmed = text.trim();
  if (!KEY_PATTERN.test(trimmed)) {
    throw keyErrors.malformed(where);
  }
  return Buffer.from(trimmed, 'hex');
}

export function pendingKeyFile(keyFile: string): string {
  return `${keyFile}.new`;
}

/**
 * Finds the master key. Creates one only when there is no database yet: for an existing
 * database a missing key is an operator error to report, never a reason to make a new key.
 */
export function resolveMasterKey(opts: {
  envKey?: string;
  keyFile: string;
  databaseExists: boolean;
  onCreated?: (file: string) => void;
}): MasterKeySource {
  if (opts.envKey) {
    return {
      candidates: [{ key: parseKeyText(opts.envKey, 'VEILDRAFT_MASTER_KEY') }],
      source: 'env',
      created: false,
    };
  }
  const candidates: MasterKeySource['candidates'] = [];
  for (const file of [opts.keyFile, pendingKeyFile(opts.keyFile)]) {
    if (existsSync(file)) candidates.push({ key: parseKeyText(readFileSync(file, 'utf8'), file), file });
  }
  if (candidates.length > 0) return { candidates, source: 'file', created: false };
  if (opts.databaseExists) {
    throw storeErrors.keyMissing(opts.keyFile);
  }
  const key = randomBytes(32);
  writeKeyFile(opts.keyFile, key);
  opts.onCreated?.(opts.keyFile);
  return { candidates: [{ key, file: opts.keyFile }], source: 'file', created: true };
}

/** Writes a key file with mode 0600 in a 0700 folder, durably, never overwriting one. */
export function writeKeyFile(file: string, key: Buffer): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const fd = openSync(file, 'wx', 0o600);
  try {
    writeSync(fd, `${key.toString('hex')}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  const dirFd = openSync(dir, 'r');
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
}

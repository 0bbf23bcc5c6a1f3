import { createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
// package.json maps `better-sqlite3` to better-sqlite3-multiple-ciphers (SQLite3 Multiple
// Ciphers), so drizzle's driver and this module load the same encrypting build; assertCipher
// below refuses to run if a plain build ever slips in.
import Database from 'better-sqlite3';
import { AppError } from '../shared/errors.js';

export type SqliteDatabase = Database.Database;

/**
 * Applies the SQLCipher v4 scheme (AES-256-CBC with a per-page HMAC-SHA512) and a raw
 * 256-bit key. The cipher pragmas must come before the key. A raw key (x'…') skips the
 * passphrase KDF: our key is already a uniformly random HKDF output.
 */
function applyKey(db: SqliteDatabase, key: Buffer): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
}

const PAGE_SIZE = 4096;
const HMAC_SIZE = 64;

/**
 * True when `key` is the key of the database file. Checked without SQLite, by verifying the
 * SQLCipher v4 HMAC-SHA512 of page 1 (salt in bytes 0-15; HMAC key = PBKDF2-SHA512 of the key
 * with the salt XOR 0x3a, 2 rounds; MAC over the encrypted page, its IV and the page number).
 * A pure read: even a read-only SQLite open of a WAL database creates -wal/-shm files, and a
 * wrong key must leave the data folder exactly as it was.
 */
export function keyOpens(file: string, key: Buffer): boolean {
  const page = Buffer.alloc(PAGE_SIZE);
  const fd = openSync(file, 'r');
  let n: number;
  try {
    n = readSync(fd, page, 0, PAGE_SIZE, 0);
  } finally {
    closeSync(fd);
  }
  if (n < PAGE_SIZE) {
    throw new AppError(
      'store.corrupt',
      `${file} is shorter than one database page; it is not a Veildraft database.`,
    );
  }
  const hmacSalt = Buffer.from(page.subarray(0, 16).map((b) => b ^ 0x3a));
  const hmacKey = pbkdf2Sync(key, hmacSalt, 2, 32, 'sha512');
  const pageNumber = Buffer.alloc(4);
  pageNumber.writeUInt32LE(1);
  const mac = createHmac('sha512', hmacKey)
    .update(page.subarray(16, PAGE_SIZE - HMAC_SIZE))
    .update(pageNumber)
    .digest();
  return timingSafeEqual(mac, page.subarray(PAGE_SIZE - HMAC_SIZE));
}

export function openDatabase(file: string, key: Buffer): SqliteDatabase {
  const db = new Database(file);
  try {
    applyKey(db, key);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    assertCipher(db, file);
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode survives a process crash (kill -9) without losing committed
    // transactions; only an OS crash or power loss can drop the last ones.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('temp_store = MEMORY');
    db.pragma('secure_delete = ON');
    // 64 MB of decrypted pages (the default is 2 MB): full-text search over 100,000 conversations
    // touches thousands of pages per query, and each miss is a read plus a decryption; measured
    // in scripts/bench/retrieval.ts. Memory is only used as pages are read.
    db.pragma('cache_size = -65536');
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Refuses to run unless the SQLCipher v4 scheme is in force and the file is not plain SQLite. */
export function assertCipher(db: SqliteDatabase, file: string): void {
  const cipher = db.pragma('cipher', { simple: true });
  const legacy = Number(db.pragma('legacy', { simple: true }));
  if (cipher !== 'sqlcipher' || legacy !== 4) {
    throw new AppError(
      'store.cipher_not_in_force',
      `The database cipher is ${String(cipher)} (legacy ${legacy}), not the SQLCipher v4 scheme; refusing to run.`,
    );
  }
  if (fileStartsWithPlainHeader(file)) {
    throw new AppError(
      'store.cipher_not_in_force',
      `${file} is an unencrypted SQLite file; refusing to run.`,
    );
  }
}

export function fileStartsWithPlainHeader(file: string): boolean {
  if (!existsSync(file)) return false;
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return n === 16 && buf.toString('latin1') === 'SQLite format 3\0';
  } finally {
    closeSync(fd);
  }
}

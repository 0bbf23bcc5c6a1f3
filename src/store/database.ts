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

/** True when `key` decrypts the database. Opens read-only so a wrong key changes nothing on disk. */
export function keyOpens(file: string, key: Buffer): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    applyKey(db, key);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch (e) {
    if (e instanceof Error && 'code' in e && e.code === 'SQLITE_NOTADB') return false;
    throw e;
  } finally {
    db.close();
  }
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

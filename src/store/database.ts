import { createDecipheriv, createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
// package.json maps `better-sqlite3` to better-sqlite3-multiple-ciphers (SQLite3 Multiple
// Ciphers), so drizzle's driver and this module load the same encrypting build; assertCipher
// below refuses to run if a plain build ever slips in.
import Database from 'better-sqlite3';
import { storeErrors } from './store.errors.js';

export type SqliteDatabase = Database.Database;

/**
 * Applies the SQLCipher v4 scheme (AES-256-CBC with a per-page HMAC-SHA512) and a raw
 * 256-bit key. The cipher pragmas must come before the key. A raw key (x'…') skips the
 * passphrase KDF: our key is already a uniformly random HKDF output.
 */
function applyKey(db: SqliteDatabase, key: Buffer): void {
  for (const p of keyPragmas(key)) db.pragma(p);
}

/** The pragmas that open the database with `key`, in order (also sent to the integrity-check thread). */
export function keyPragmas(key: Buffer): string[] {
  return [`cipher = 'sqlcipher'`, 'legacy = 4', `key = "x'${key.toString('hex')}'"`];
}

export const PAGE_SIZE = 4096;
const HMAC_SIZE = 64;
/** Bytes SQLCipher v4 reserves at the end of each page: a 16-byte IV, then the 64-byte HMAC. */
const RESERVE = 16 + HMAC_SIZE;

/**
 * True when `key` is the key of the database file. Checked without SQLite, by verifying the
 * SQLCipher v4 HMAC-SHA512 of page 1 (salt in bytes 0-15; HMAC key = PBKDF2-SHA512 of the key
 * with the salt XOR 0x3a, 2 rounds; MAC over the encrypted page, its IV and the page number).
 * A pure read: even a read-only SQLite open of a WAL database creates -wal/-shm files, and a
 * wrong key must leave the data folder exactly as it was.
 */
export function keyOpens(file: string, key: Buffer): boolean {
  const first = readPage(file, 1);
  if (!first) {
    throw storeErrors.shorterThanAPage(file);
  }
  return pageMacValid(first, first, key, 1);
}

/**
 * True when some page after the first verifies with `key`. Page 1 failing its HMAC looks the
 * same for a wrong key and for a damaged first page; the other pages tell them apart, as long
 * as the salt (bytes 0-15, which every page's MAC key depends on) is intact.
 */
export function keyOpensLaterPages(file: string, key: Buffer): boolean {
  const first = readPage(file, 1);
  if (!first) return false;
  for (const pgno of [2, 3, 4, 5]) {
    const page = readPage(file, pgno);
    if (page && pageMacValid(first, page, key, pgno)) return true;
  }
  return false;
}

/**
 * The database size in pages that page 1's header records (decrypted with `key`: AES-256-CBC,
 * the IV in the page's reserved bytes), or undefined when the header does not vouch for it
 * (SQLite trusts that field only while the change counter matches "version valid for").
 */
export function headerPageCount(file: string, key: Buffer): number | undefined {
  const first = readPage(file, 1);
  if (!first) return undefined;
  const iv = first.subarray(PAGE_SIZE - RESERVE, PAGE_SIZE - RESERVE + 16);
  const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  // Decrypted bytes start at header offset 16 (bytes 0-15 hold the salt).
  const header = Buffer.concat([decipher.update(first.subarray(16, PAGE_SIZE - RESERVE)), decipher.final()]);
  const at = (offset: number) => header.readUInt32BE(offset - 16);
  return at(24) === at(92) && at(28) > 0 ? at(28) : undefined;
}

export function fileSize(file: string): number {
  return statSync(file).size;
}

function readPage(file: string, pgno: number): Buffer | undefined {
  const page = Buffer.alloc(PAGE_SIZE);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, page, 0, PAGE_SIZE, (pgno - 1) * PAGE_SIZE) === PAGE_SIZE ? page : undefined;
  } finally {
    closeSync(fd);
  }
}

function pageMacValid(first: Buffer, page: Buffer, key: Buffer, pgno: number): boolean {
  const hmacSalt = Buffer.from(first.subarray(0, 16).map((b) => b ^ 0x3a));
  const hmacKey = pbkdf2Sync(key, hmacSalt, 2, 32, 'sha512');
  const pageNumber = Buffer.alloc(4);
  pageNumber.writeUInt32LE(pgno);
  const mac = createHmac('sha512', hmacKey)
    .update(page.subarray(pgno === 1 ? 16 : 0, PAGE_SIZE - HMAC_SIZE))
    .update(pageNumber)
    .digest();
  return timingSafeEqual(mac, page.subarray(PAGE_SIZE - HMAC_SIZE));
}

/**
 * Opens a throw-away copy (the re-key works on one): no journal and no syncs, since a crash
 * only loses the copy; the caller syncs the file once it is complete.
 */
export function openScratchCopy(file: string, key: Buffer): SqliteDatabase {
  const db = new Database(file, { fileMustExist: true });
  try {
    applyKey(db, key);
    // A copy of a WAL database stays in WAL mode, where the cipher cannot re-key.
    db.pragma('journal_mode = DELETE');
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    return db;
  } catch (e) {
    db.close();
    throw e;
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
    throw storeErrors.wrongCipher({ cipher: String(cipher), legacy });
  }
  if (fileStartsWithPlainHeader(file)) {
    throw storeErrors.unencrypted(file);
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

import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { type MasterKeySource, resolveMasterKey } from '../keys/master-key.js';
import { databaseKey } from '../keys/subkeys.js';
import { projectRoot } from '../shared/paths.js';
import {
  fileStartsWithPlainHeader,
  keyOpens,
  keyOpensLaterPages,
  openDatabase,
  type SqliteDatabase,
} from './database.js';
import { corruptError, fileShapeProblem } from './integrity.js';
import * as schema from './schema.js';
import { storeErrors } from './store.errors.js';

// drizzle types its client as plain better-sqlite3, whose API this fork extends.
export type Db = BetterSQLite3Database<typeof schema> & { $client: BetterSqlite3.Database };
/** What a repository function takes: the database or a transaction handle (both have this query API). */
export type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'delete' | 'run' | 'all' | 'get'>;

export interface Store {
  sqlite: SqliteDatabase;
  db: Db;
  file: string;
  /** The master key that opened the database, and the other candidate while a rotation is unfinished. */
  masterKey: Buffer;
  keySource: MasterKeySource;
  /** The key file that opened the database (undefined when the key came from the environment). */
  openedWith?: string;
  close(): void;
}

export const DATABASE_FILE = 'veildraft.db';
export const migrationsFolder = path.join(projectRoot, 'migrations');

export interface OpenStoreOptions {
  dataDir: string;
  masterKeyFile: string;
  masterKey?: string;
  /** Called once when a new master key file was created, to tell the operator to back it up. */
  onKeyCreated?: (file: string) => void;
}

/**
 * Opens (or creates) the encrypted database. For an existing database the key is checked
 * read-only first: a missing or wrong key refuses to start and leaves the file untouched.
 */
export function openStore(opts: OpenStoreOptions): Store {
  const file = path.join(opts.dataDir, DATABASE_FILE);
  const databaseExists = existsSync(file) && statSync(file).size > 0;
  if (databaseExists && fileStartsWithPlainHeader(file)) {
    throw storeErrors.unencrypted(file);
  }
  const keys = resolveMasterKey({
    envKey: opts.masterKey,
    keyFile: opts.masterKeyFile,
    databaseExists,
    onCreated: opts.onKeyCreated,
  });

  let chosen = keys.candidates[0]!;
  if (databaseExists) {
    chosen = matchKey(file, keys, keys.source === 'env' ? 'VEILDRAFT_MASTER_KEY' : opts.masterKeyFile);
  } else {
    mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
  }

  const sqlite = openDatabase(file, databaseKey(chosen.key));
  try {
    const db = drizzle({ client: sqlite, schema });
    migrate(db, { migrationsFolder });
    return {
      sqlite,
      db,
      file,
      masterKey: chosen.key,
      keySource: keys,
      openedWith: chosen.file,
      close: () => sqlite.close(),
    };
  } catch (e) {
    sqlite.close();
    throw e;
  }
}

/**
 * The key candidate that opens the database file, checked read-only. A first page that fails
 * its HMAC while later pages verify means a damaged page, not a wrong key; a file shorter than
 * its header records was truncated. Both are corruption, reported before SQLite touches the file.
 */
function matchKey(file: string, keys: MasterKeySource, where: string): MasterKeySource['candidates'][number] {
  const match = keys.candidates.find((c) => keyOpens(file, databaseKey(c.key)));
  if (!match) {
    if (keys.candidates.some((c) => keyOpensLaterPages(file, databaseKey(c.key)))) {
      throw corruptError(file, ['the first page fails its checksum, while the key opens the pages after it']);
    }
    throw storeErrors.wrongKey({ where, file });
  }
  const shape = fileShapeProblem(file, databaseKey(match.key));
  if (shape) throw corruptError(file, [shape]);
  return match;
}

/** The database file and the key that opens it, for a check before the store opens; undefined before the first start. */
export function locateDatabase(opts: OpenStoreOptions): { file: string; key: Buffer } | undefined {
  const file = path.join(opts.dataDir, DATABASE_FILE);
  if (!existsSync(file) || statSync(file).size === 0 || fileStartsWithPlainHeader(file)) return undefined;
  const keys = resolveMasterKey({
    envKey: opts.masterKey,
    keyFile: opts.masterKeyFile,
    databaseExists: true,
  });
  const where = keys.source === 'env' ? 'VEILDRAFT_MASTER_KEY' : opts.masterKeyFile;
  return { file, key: databaseKey(matchKey(file, keys, where).key) };
}

import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { AuditActor } from '../audit/audit.models.js';
import { emitAudit } from '../audit/audit.repository.js';
import { loadDataKeys } from '../keys/keyring.repository.js';
import { parseKeyText, writeKeyFile } from '../keys/master-key.js';
import { reencryptCopy } from '../keys/rotation.usecases.js';
import { type DataKeys, databaseKey } from '../keys/subkeys.js';
import { openScratchCopy } from '../store/database.js';
import * as schema from '../store/schema.js';
import { DATABASE_FILE, type Db, type Store } from '../store/store.js';
import { backupErrors } from './backup.errors.js';
import { type CheckedBackup, checkBackup } from './backup.usecases.js';
import { fsyncPath, removeQuietly } from './backup-files.js';
import { type KeyCandidate, keyCandidates } from './backup-keys.js';

/** What a post-restore step gets: the restored store, opened and migrated, and its keys. */
export interface AfterRestoreContext {
  store: Store;
  keys: DataKeys;
  now: number;
}

/**
 * A step the composition root runs after every restore, before the restored database is
 * declared in place (e.g. replaying the erasure journal, so a restored backup never brings an
 * erased person back). A step that throws rolls the whole restore back.
 */
export interface AfterRestoreStep {
  name: string;
  run(ctx: AfterRestoreContext): void | Promise<void>;
}

export const RESTORE_POINT_DIR = 'restore-point';
const SIDECARS = ['', '-wal', '-shm'];

export interface RestoreOutcome {
  file: string;
  manifest?: CheckedBackup['manifest'];
  /** Where the database from before the restore is kept (until the next restore). */
  restorePoint?: string;
  /** True when the backup was made under a previous master key and re-encrypted under the current one. */
  rekeyed: boolean;
  steps: string[];
}

/**
 * Restores a backup into the data folder. The caller holds the data folder's lock (restore is
 * refused while the appliance runs). In order: the backup is checked (sha256, key, cipher,
 * integrity, row counts); a copy is brought under the current master key if it was made under a
 * previous one; the current database moves to a restore point; the copy takes its place and is
 * opened and migrated, the `afterRestore` steps run, and the restore is audited in it. If opening,
 * migrating or a step fails, the restore point is put back.
 */
export async function restoreBackup(args: {
  file: string;
  dataDir: string;
  keyFile: string;
  envKey?: string;
  extraKeyFile?: string;
  /** Opens (and migrates) the database in the data folder; the caller's lock is held. */
  open: () => { store: Store; keys: DataKeys };
  afterRestore: readonly AfterRestoreStep[];
  actor: AuditActor;
  now: () => number;
}): Promise<RestoreOutcome> {
  const keyDir = path.dirname(args.keyFile);
  const candidates = keyCandidates(args);
  const checked = await checkBackup(path.resolve(args.file), candidates, { keyDir, now: args.now });
  const current = currentMaster(args, checked.key);
  const dbFile = path.join(args.dataDir, DATABASE_FILE);
  const staged = `${dbFile}.restore`;
  mkdirSync(args.dataDir, { recursive: true, mode: 0o700 });
  const rekeyed = !checked.key.master.equals(current);
  try {
    copyFileSync(checked.file, staged);
    if (rekeyed) underCurrentKey(staged, checked.key.master, current, args);
    fsyncPath(staged);
  } catch (e) {
    removeQuietly(staged);
    throw backupErrors.failed(args.dataDir, { cause: e });
  }
  const restorePoint = keepRestorePoint(args.dataDir, dbFile);
  renameSync(staged, dbFile);
  fsyncPath(args.dataDir);

  let step = 'open and migrate';
  let opened: { store: Store; keys: DataKeys } | undefined;
  try {
    opened = args.open();
    const ctx = { store: opened.store, keys: opened.keys, now: args.now() };
    for (const s of args.afterRestore) {
      step = s.name;
      await s.run(ctx);
    }
    step = 'audit';
    const { keys } = opened;
    opened.store.db.transaction((tx) =>
      emitAudit(tx, keys.audit, {
        actor: args.actor,
        action: 'backup.restore',
        target: path.basename(checked.file),
        metadata: {
          createdAt: checked.manifest?.createdAt ?? 0,
          appVersion: checked.manifest?.appVersion ?? 'unknown',
          rekeyed,
          steps: args.afterRestore.length,
        },
        at: args.now(),
      }),
    );
  } catch (e) {
    opened?.store.close();
    opened = undefined;
    rollBack(args.dataDir, dbFile, restorePoint);
    throw backupErrors.restoreRolledBack(
      { step, restorePoint: restorePoint ?? '(none: there was no database before)' },
      { cause: e },
    );
  } finally {
    opened?.store.close();
  }
  return {
    file: checked.file,
    ...(checked.manifest ? { manifest: checked.manifest } : {}),
    ...(restorePoint ? { restorePoint } : {}),
    rekeyed,
    steps: args.afterRestore.map((s) => s.name),
  };
}

/**
 * The master key the restored database must open with: the current one; on a new box without a
 * key yet, the key that opened the backup becomes the master key.
 */
function currentMaster(args: { keyFile: string; envKey?: string }, opening: KeyCandidate): Buffer {
  if (args.envKey) return parseKeyText(args.envKey, 'VEILDRAFT_MASTER_KEY');
  const existing = keyCandidates({ keyFile: args.keyFile }).find((c) => c.where === args.keyFile);
  if (existing) return existing.master;
  writeKeyFile(args.keyFile, opening.master);
  return opening.master;
}

/** A backup made before a key rotation: its data keys re-wrapped and its pages re-encrypted under `current`. */
function underCurrentKey(
  copy: string,
  old: Buffer,
  current: Buffer,
  args: { actor: AuditActor; now: () => number },
): void {
  const sqlite = openScratchCopy(copy, databaseKey(old));
  let keys: DataKeys;
  try {
    keys = loadDataKeys(drizzle({ client: sqlite, schema }) as unknown as Db, [old], args.now());
  } finally {
    sqlite.close();
  }
  reencryptCopy(copy, old, current, keys, { actor: args.actor, now: args.now() });
}

/** Moves the current database (and its WAL) aside, replacing an older restore point. */
function keepRestorePoint(dataDir: string, dbFile: string): string | undefined {
  if (!existsSync(dbFile)) return undefined;
  const dir = path.join(dataDir, RESTORE_POINT_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { mode: 0o700 });
  for (const s of SIDECARS) {
    if (existsSync(`${dbFile}${s}`)) renameSync(`${dbFile}${s}`, path.join(dir, `${DATABASE_FILE}${s}`));
  }
  fsyncPath(dir);
  fsyncPath(dataDir);
  return dir;
}

function rollBack(dataDir: string, dbFile: string, restorePoint: string | undefined): void {
  for (const s of SIDECARS) removeQuietly(`${dbFile}${s}`);
  if (restorePoint) {
    for (const f of readdirSync(restorePoint)) renameSync(path.join(restorePoint, f), path.join(dataDir, f));
  }
  fsyncPath(dataDir);
}

import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { AuditActor } from '../audit/audit.models.js';
import { emitAudit } from '../audit/audit.repository.js';
import { keyOpens, openScratchCopy } from '../store/database.js';
import * as schema from '../store/schema.js';
import { storeErrors } from '../store/store.errors.js';
import type { Db, Store } from '../store/store.js';
import { rewrapAll } from './keyring.repository.js';
import { keyErrors } from './keys.errors.js';
import { pendingKeyFile, writeKeyFile } from './master-key.js';
import { type DataKeys, databaseKey } from './subkeys.js';

/** The steps of a rotation, in order; `rekey --pause-at` stops at one so a test can kill it there. */
export const rotationSteps = [
  'opened',
  'key-written',
  'copied',
  'copy-rekeyed',
  'swapped',
  'key-archived',
] as const;
export type RotationStep = (typeof rotationSteps)[number];

export interface RotationOutcome {
  outcome: 'completed' | 'rolled_back';
  /** The key file that now opens the database and every data key. */
  keyFile: string;
  /** Where the previous key was kept (older backups still need it). */
  archived?: string;
  message: string;
}

export const rekeyCopyFile = (databaseFile: string) => `${databaseFile}.rekey`;

/**
 * Rotates the master key without a moment where no key file opens everything: the new key is
 * written to `master.key.new`, a copy of the database gets its data keys re-wrapped, the
 * rotation audited and every page re-encrypted with the new key, and only then does one
 * atomic rename put the copy in place of the database. Until that rename the database and its
 * data keys are untouched under the old key; after it, database and data keys are under the
 * new one. The key files are swapped last; `settleRotation` finishes or undoes a rotation a
 * crash interrupted. The caller holds the data folder's lock.
 */
export function rotateMasterKey(args: {
  store: Store;
  keys: DataKeys;
  keyFile: string;
  actor: AuditActor;
  now: number;
  onStep?: (step: RotationStep) => void;
}): RotationOutcome {
  const { store, keys, keyFile } = args;
  const step = args.onStep ?? (() => {});
  if (store.keySource.source === 'env') {
    throw keyErrors.rekeyNeedsFile();
  }
  holdExclusively(store);
  step('opened');
  const pending = pendingKeyFile(keyFile);
  const copy = rekeyCopyFile(store.file);
  const next = randomBytes(32);
  try {
    writeKeyFile(pending, next);
    step('key-written');
    copyFileSync(store.file, copy);
    step('copied');
    reencryptCopy(copy, store.masterKey, next, keys, args);
    step('copy-rekeyed');
    // The commit point: before it the old key opens everything, after it the new one.
    renameSync(copy, store.file);
    fsyncDir(path.dirname(store.file));
  } catch (e) {
    removeQuietly(copy);
    removeQuietly(pending);
    throw keyErrors.rekeyFailed(keyFile, { cause: e });
  } finally {
    store.close();
  }
  step('swapped');
  try {
    return settleRotation({
      keyFile,
      usedFile: pending,
      databaseFile: store.file,
      now: args.now,
      onStep: step,
    })!;
  } catch (e) {
    throw keyErrors.rekeyUnsettled(pending, { cause: e });
  }
}

/**
 * The store's own lock, as a second line behind the data folder's lock file: leaving WAL mode
 * needs every other connection closed, so a process that has the database open (one whose
 * lock file we could not see) makes this fail at once; from here this connection holds the
 * file exclusively until it closes. The re-key runs on the copy, which is not in WAL mode.
 */
function holdExclusively(store: Store): void {
  try {
    store.sqlite.pragma('busy_timeout = 0');
    store.sqlite.pragma('locking_mode = EXCLUSIVE');
    store.sqlite.pragma('journal_mode = DELETE');
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
      throw storeErrors.openElsewhere({ cause: e });
    }
    throw e;
  }
}

/**
 * Re-wraps the data keys of a copy of the database under `next`, audits it, and re-encrypts every
 * page with `next`'s database key. Also used by restore, to bring a backup made under a previous
 * master key under the current one.
 */
export function reencryptCopy(
  copy: string,
  oldMaster: Buffer,
  next: Buffer,
  keys: DataKeys,
  args: { actor: AuditActor; now: number },
): void {
  const sqlite = openScratchCopy(copy, databaseKey(oldMaster));
  try {
    const db = drizzle({ client: sqlite, schema }) as unknown as Db;
    db.transaction((tx) => {
      rewrapAll(tx as unknown as Db, keys, next, args.now);
      emitAudit(tx, keys.audit, { actor: args.actor, action: 'store.rekey', at: args.now });
    });
    sqlite.pragma(`rekey = "x'${databaseKey(next).toString('hex')}'"`);
  } finally {
    sqlite.close();
  }
  fsyncFile(copy);
  if (!keyOpens(copy, databaseKey(next)))
    throw new Error('the re-encrypted copy does not open with the new key');
}

/**
 * Finishes or undoes a rotation that a crash interrupted, once the database opened with
 * `usedFile`. Opened with the pending key: the copy was swapped in, so the old key is archived
 * and the new one takes its place. Opened with the current key: the swap never happened, so
 * the unused new key and any half-made copy are removed. Undefined when nothing was pending.
 */
export function settleRotation(args: {
  keyFile: string;
  usedFile: string | undefined;
  databaseFile: string;
  now: number;
  onStep?: (step: RotationStep) => void;
}): RotationOutcome | undefined {
  const { keyFile } = args;
  const pending = pendingKeyFile(keyFile);
  const copy = rekeyCopyFile(args.databaseFile);
  if (!existsSync(pending)) {
    removeQuietly(copy);
    return undefined;
  }
  if (args.usedFile !== pending) {
    removeQuietly(copy);
    unlinkSync(pending);
    fsyncDir(path.dirname(keyFile));
    return {
      outcome: 'rolled_back',
      keyFile,
      message: `An interrupted key rotation was rolled back: ${keyFile} still opens the database and its data keys; the unused new key was removed.`,
    };
  }
  // A crash between the two renames leaves only the pending key; the old one is archived already.
  let archived: string | undefined;
  if (existsSync(keyFile)) {
    archived = `${keyFile}.${new Date(args.now).toISOString().replace(/[:.]/g, '-')}.old`;
    renameSync(keyFile, archived);
  }
  args.onStep?.('key-archived');
  renameSync(pending, keyFile);
  fsyncDir(path.dirname(keyFile));
  return {
    outcome: 'completed',
    keyFile,
    archived,
    message: `The key rotation is complete: ${keyFile} now holds the new key and opens the database and its data keys. The previous key is kept at ${archived ?? `${keyFile}.<time>.old`}: backups made before the rotation need it.`,
  };
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // not there
  }
}

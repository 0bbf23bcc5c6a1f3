import { existsSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { databaseKey } from '../keys/subkeys.js';
import { type AppError, isAppError } from '../shared/errors.js';
import type { SqliteDatabase } from '../store/database.js';
import { backupErrors } from './backup.errors.js';
import {
  BACKUP_PATTERN,
  backupName,
  backupsToPrune,
  type Manifest,
  manifestName,
  offboxName,
} from './backup.models.js';
import {
  ensureDir,
  fsyncPath,
  isDiskFull,
  listBackups,
  PARTIAL_SUFFIX,
  readManifest,
  removePartials,
  removeQuietly,
  writeManifest,
} from './backup-files.js';
import { type KeyCandidate, keyFor, keyId } from './backup-keys.js';
import { writeOffboxCopy } from './backup-offbox.js';
import { sha256File, verifyBackupFile } from './backup-verify.js';

export interface BackupTarget {
  /** The folder backups are written to (VEILDRAFT_BACKUP_DIR). */
  dir: string;
  /** Where age-wrapped copies go (VEILDRAFT_BACKUP_OFFBOX_DIR), used when a recipient is set. */
  offboxDir?: string;
  recipient?: string;
  keep: number;
}

export interface BackupOutcome {
  manifest: Manifest;
  /** Older backups removed to keep the newest `keep`. */
  pruned: string[];
  /** The backup is good, but its off-box copy failed. */
  offboxError?: AppError;
}

/**
 * Makes one backup: `VACUUM INTO` a partial file in the backup folder (the cipher carries over:
 * the copy is encrypted with the database key; SQLite's backup API does not work with this cipher
 * configuration), fsync, verify it (open with the key, cipher asserted, integrity_check, row
 * counts), and only then rename it into place with its manifest. Any failure removes the partial
 * file; a full disk says so (`backup.disk_full`).
 */
export async function createBackup(args: {
  sqlite: SqliteDatabase;
  masterKey: Buffer;
  target: BackupTarget;
  trigger: Manifest['trigger'];
  appVersion: string;
  now: () => number;
}): Promise<BackupOutcome> {
  const { target } = args;
  const at = args.now();
  const name = backupName(at);
  const final = path.join(target.dir, name);
  const partial = `${final}${PARTIAL_SUFFIX}`;
  let manifest: Manifest;
  try {
    ensureDir(target.dir);
    removePartials(target.dir);
    args.sqlite.prepare('VACUUM INTO ?').run(partial);
    fsyncPath(partial);
    const facts = await verifyBackupFile(partial, databaseKey(args.masterKey), args.now);
    if (!facts.verification.ok) {
      throw backupErrors.corrupt({ file: name, problem: facts.verification.integrity });
    }
    manifest = {
      format: 1,
      file: name,
      sha256: await sha256File(partial),
      size: statSync(partial).size,
      appVersion: args.appVersion,
      schemaVersion: facts.schemaVersion,
      createdAt: at,
      trigger: args.trigger,
      keyId: keyId(args.masterKey),
      verification: facts.verification,
    };
    renameSync(partial, final);
    writeManifest(target.dir, manifest);
  } catch (e) {
    removeQuietly(partial);
    if (!existsSync(path.join(target.dir, manifestName(name)))) removeQuietly(final);
    if (isDiskFull(e)) throw backupErrors.diskFull(target.dir, { cause: e });
    if (isAppError(e) && e.code === 'backup.corrupt') throw e;
    throw backupErrors.failed(target.dir, { cause: e });
  }
  let offboxError: AppError | undefined;
  if (target.recipient && target.offboxDir) {
    try {
      const copy = await writeOffboxCopy(final, target.offboxDir, target.recipient);
      manifest = { ...manifest, offbox: { ...copy, recipient: target.recipient } };
      writeManifest(target.dir, manifest);
    } catch (e) {
      offboxError = backupErrors.offboxFailed(target.offboxDir, { cause: e });
    }
  }
  return { manifest, pruned: pruneBackups(target), ...(offboxError ? { offboxError } : {}) };
}

/** Deletes the oldest backups (with their manifests and off-box copies) beyond `keep`. */
export function pruneBackups(target: BackupTarget): string[] {
  const verified = listBackups(target.dir)
    .filter((b) => b.manifest?.verification.ok)
    .map((b) => b.name);
  const gone = backupsToPrune(verified, target.keep);
  for (const name of gone) {
    removeQuietly(path.join(target.dir, manifestName(name)));
    removeQuietly(path.join(target.dir, name));
    if (target.offboxDir) removeQuietly(path.join(target.offboxDir, offboxName(name)));
  }
  return gone;
}

export interface CheckedBackup {
  file: string;
  manifest?: Manifest;
  key: KeyCandidate;
  facts: Awaited<ReturnType<typeof verifyBackupFile>>;
}

/**
 * Checks a backup before it is trusted (verify, restore): the sha256 its manifest recorded, a key
 * that opens it (the one the manifest names first), the cipher, integrity_check and row counts.
 * Throws a `backup.*` error that says what is wrong; changes nothing.
 */
export async function checkBackup(
  file: string,
  candidates: KeyCandidate[],
  opts: { keyDir: string; now: () => number },
): Promise<CheckedBackup> {
  if (!existsSync(file)) throw backupErrors.notFound(file);
  const manifest = readManifest(file);
  if (manifest && (await sha256File(file)) !== manifest.sha256) throw backupErrors.checksumMismatch(file);
  let key: KeyCandidate | undefined;
  try {
    key = keyFor(file, candidates, manifest?.keyId);
  } catch (e) {
    throw backupErrors.corrupt({ file, problem: (e as Error).message }, { cause: e });
  }
  if (!key) throw backupErrors.noKey({ file, keyDir: opts.keyDir });
  const facts = await verifyBackupFile(file, databaseKey(key.master), opts.now);
  if (!facts.verification.ok) throw backupErrors.corrupt({ file, problem: facts.verification.integrity });
  return { file, ...(manifest ? { manifest } : {}), key, facts };
}

/**
 * Re-verifies a backup in the backup folder and records the verdict in its manifest: a backup
 * that no longer passes shows as failed in the list (and is not counted as one of the kept).
 */
export async function reverifyBackup(
  dir: string,
  name: string,
  candidates: KeyCandidate[],
  opts: { keyDir: string; now: () => number },
): Promise<{ ok: true } | { ok: false; error: AppError }> {
  if (!BACKUP_PATTERN.test(name)) throw backupErrors.badName();
  const file = path.join(dir, name);
  const manifest = readManifest(file);
  try {
    const checked = await checkBackup(file, candidates, opts);
    if (manifest) writeManifest(dir, { ...manifest, verification: checked.facts.verification });
    return { ok: true };
  } catch (e) {
    if (!isAppError(e) || e.code === 'backup.not_found') throw e;
    if (manifest) {
      const failed = { ...manifest.verification, ok: false, checkedAt: opts.now(), integrity: e.message };
      writeManifest(dir, { ...manifest, verification: failed });
    }
    return { ok: false, error: e };
  }
}

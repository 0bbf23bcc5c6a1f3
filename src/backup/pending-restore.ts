import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { removeQuietly, writeDurably } from './backup-files.js';

/**
 * A restore chosen in the first-run wizard. The running appliance holds the database open, so
 * the wizard only checks the backup and leaves this marker; the next start restores it under the
 * data folder's lock, before the store opens, with the same restore as `veildraft restore`.
 */
export const PENDING_RESTORE_FILE = 'restore.pending.json';

export function stagePendingRestore(dataDir: string, backupFile: string, at: number): void {
  writeDurably(path.join(dataDir, PENDING_RESTORE_FILE), JSON.stringify({ file: backupFile, at }));
}

export function pendingRestore(dataDir: string): { file: string; at: number } | undefined {
  const marker = path.join(dataDir, PENDING_RESTORE_FILE);
  if (!existsSync(marker)) return undefined;
  try {
    return JSON.parse(readFileSync(marker, 'utf8')) as { file: string; at: number };
  } catch {
    return undefined;
  }
}

/** Taken once, whatever the restore's outcome: a failing restore must not repeat at every start. */
export function clearPendingRestore(dataDir: string): void {
  removeQuietly(path.join(dataDir, PENDING_RESTORE_FILE));
}

import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { BACKUP_PATTERN, type Manifest, manifestName, manifestSchema } from './backup.models.js';

/** A backup file in the backup folder, with its manifest when it has one. */
export interface BackupEntry {
  name: string;
  file: string;
  size: number;
  manifest?: Manifest;
  /** Why the backup cannot be trusted as it is (no manifest: it was never declared good). */
  problem?: string;
}

export const PARTIAL_SUFFIX = '.partial';

export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/** The backups in `dir`, newest first. */
export function listBackups(dir: string): BackupEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => BACKUP_PATTERN.test(n))
    .sort()
    .reverse()
    .map((name) => {
      const file = path.join(dir, name);
      const manifest = readManifest(file);
      return {
        name,
        file,
        size: statSync(file).size,
        ...(manifest ? { manifest } : { problem: 'no manifest: never verified' }),
      };
    });
}

export function readManifest(file: string): Manifest | undefined {
  const m = path.join(path.dirname(file), manifestName(path.basename(file)));
  if (!existsSync(m)) return undefined;
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(m, 'utf8')));
  return parsed.success ? parsed.data : undefined;
}

/** Writes the manifest beside its backup: aside, synced, renamed, so it is whole or absent. */
export function writeManifest(dir: string, manifest: Manifest): void {
  writeDurably(path.join(dir, manifestName(manifest.file)), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function writeDurably(file: string, text: string): void {
  const temp = `${file}${PARTIAL_SUFFIX}`;
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    fsyncPath(path.dirname(file));
  } catch (e) {
    removeQuietly(temp);
    throw e;
  }
}

export function fsyncPath(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // not there
  }
}

/** Partial files a crash or a full disk left behind (a finished backup never has this suffix). */
export function removePartials(dir: string): void {
  if (!existsSync(dir)) return;
  for (const n of readdirSync(dir)) if (n.endsWith(PARTIAL_SUFFIX)) removeQuietly(path.join(dir, n));
}

/** A full disk as SQLite and Node report it. */
export function isDiskFull(e: unknown): boolean {
  const code = (e as { code?: string })?.code;
  return code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT';
}

import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { assertCipher, keyPragmas } from '../store/database.js';
import { checkIntegrity, firstProblem } from '../store/integrity.js';
import { migrationsFolder } from '../store/store.js';
import type { Verification } from './backup.models.js';

/** How long a backup's verification waits for `integrity_check` (it reads every page). */
const VERIFY_DEADLINE_MS = 30 * 60_000;

export interface BackupFacts {
  verification: Verification;
  schemaVersion: { tag: string; count: number };
}

/**
 * Opens a backup file as the appliance would (read-only, with the key), asserts the SQLCipher v4
 * scheme is what opened it, runs `PRAGMA integrity_check` (in a thread: it reads every page) and
 * counts the rows of every table. Only a backup that passes all three is declared good.
 */
export async function verifyBackupFile(file: string, dbKey: Buffer, now: () => number): Promise<BackupFacts> {
  const started = performance.now();
  const report = await checkIntegrity({ file, key: dbKey, mode: 'full', deadlineMs: VERIFY_DEADLINE_MS });
  const integrity = !report ? 'not finished in time' : report.ok ? 'ok' : firstProblem(report.problems);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    for (const p of keyPragmas(dbKey)) db.pragma(p);
    assertCipher(db, file);
    const cipher = `${db.pragma('cipher', { simple: true })} legacy=${db.pragma('legacy', { simple: true })}`;
    const rowCounts = report?.ok ? countRows(db) : {};
    const verification: Verification = {
      ok: Boolean(report?.ok),
      checkedAt: now(),
      integrity,
      cipher,
      rowCounts,
      ms: Math.round(performance.now() - started),
    };
    return { verification, schemaVersion: report?.ok ? schemaVersionOf(db) : { tag: 'unknown', count: 0 } };
  } finally {
    db.close();
  }
}

function countRows(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare(
      // Shadow tables of the full-text index are counted through the index itself.
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT GLOB '*_data' AND name NOT GLOB '*_idx' AND name NOT GLOB '*_docsize'
         AND name NOT GLOB '*_config' AND name NOT GLOB '*_content' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const out: Record<string, number> = {};
  for (const t of tables) {
    out[t] = db
      .prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`)
      .pluck()
      .get() as number;
  }
  return out;
}

/**
 * The newest migration applied to the database, by its name in migrations/ (drizzle records
 * only its hash and its journal time): `schema 0008_user_identities`, or "newer" for a backup
 * made by a later version.
 */
function schemaVersionOf(db: Database.Database): { tag: string; count: number } {
  const row = db
    .prepare('SELECT count(*) AS count, max(created_at) AS newest FROM __drizzle_migrations')
    .get() as { count: number; newest: number | null };
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number; tag: string }[];
  };
  const tag = journal.entries.find((e) => e.when === Number(row.newest))?.tag;
  return { tag: tag ?? (row.count > 0 ? 'newer than this version' : 'none'), count: row.count };
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

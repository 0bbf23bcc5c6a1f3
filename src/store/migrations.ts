import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SqliteDatabase } from './database.js';
import { migrationsFolder } from './store.js';

let expected: number | undefined;

/** True when every migration shipped in migrations/ is recorded as applied in the database. */
export function migrationsApplied(sqlite: SqliteDatabase): boolean {
  expected ??= (
    JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
      entries: unknown[];
    }
  ).entries.length;
  const row = sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
  return row.n === expected;
}

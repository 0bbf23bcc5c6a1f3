import { eq } from 'drizzle-orm';
import type { Tx } from '../store/store.js';

import { settings } from './settings.table.js';

export function readSettings(db: Tx): Map<string, string> {
  return new Map(
    db
      .select({ key: settings.key, value: settings.value })
      .from(settings)
      .all()
      .map((r) => [r.key, r.value]),
  );
}

export function writeSetting(db: Tx, key: string, value: string, now: number, by: number | null): void {
  db.insert(settings)
    .values({ key, value, updatedAt: now, updatedBy: by })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now, updatedBy: by } })
    .run();
}

export function deleteSetting(db: Tx, key: string): void {
  db.delete(settings).where(eq(settings.key, key)).run();
}

export function readSetting(db: Tx, key: string): string | undefined {
  return db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value;
}

/** Inserts once; later calls keep the first value (used for one-time facts such as setup completion). */
export function writeSettingOnce(db: Tx, key: string, value: string, now: number, by: number): void {
  db.insert(settings).values({ key, value, updatedAt: now, updatedBy: by }).onConflictDoNothing().run();
}

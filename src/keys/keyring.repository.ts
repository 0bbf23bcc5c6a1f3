import { eq } from 'drizzle-orm';
import { seal, unseal } from '../shared/crypto.js';
import type { Db } from '../store/store.js';
import { keyring } from './keyring.table.js';
import { keyErrors } from './keys.errors.js';
import { type DataKeys, dataKeyNames, initialDataKey, wrapKey } from './subkeys.js';

const aad = (name: string) => `keyring:${name}`;

/**
 * Loads the data keys, creating them on a new database. `masters` lists the keys to try for
 * unwrapping, the one that opened the database first; if a rotation was interrupted after the
 * re-key but before the re-wrap, the older key unwraps and the keys are re-wrapped at once.
 */
export function loadDataKeys(db: Db, masters: Buffer[], now: number): DataKeys {
  const current = masters[0]!;
  return db.transaction((tx) => {
    const out: Partial<DataKeys> = {};
    for (const name of dataKeyNames) {
      const row = tx.select().from(keyring).where(eq(keyring.name, name)).get();
      if (!row) {
        const key = initialDataKey(current, name);
        tx.insert(keyring)
          .values({ name, sealed: seal(wrapKey(current), key, aad(name)), createdAt: now })
          .run();
        out[name] = key;
        continue;
      }
      const opened = tryUnwrap(row.sealed, name, masters);
      if (!opened) {
        throw keyErrors.keyringUnreadable(name);
      }
      if (opened.master !== current) rewrap(tx as unknown as Db, name, opened.key, current, now);
      out[name] = opened.key;
    }
    return out as DataKeys;
  });
}

export function rewrapAll(db: Db, keys: DataKeys, newMaster: Buffer, now: number): void {
  for (const name of dataKeyNames) rewrap(db, name, keys[name], newMaster, now);
}

function rewrap(db: Db, name: string, key: Buffer, master: Buffer, now: number): void {
  db.update(keyring)
    .set({ sealed: seal(wrapKey(master), key, aad(name)), rewrappedAt: now })
    .where(eq(keyring.name, name))
    .run();
}

function tryUnwrap(
  sealed: Buffer,
  name: string,
  masters: Buffer[],
): { key: Buffer; master: Buffer } | undefined {
  for (const master of masters) {
    try {
      return { key: unseal(wrapKey(master), sealed, aad(name)), master };
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

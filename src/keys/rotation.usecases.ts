import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, unlinkSync } from 'node:fs';
import { emitAudit } from '../audit/audit.repository.js';
import { AppError } from '../shared/errors.js';
import type { Store } from '../store/store.js';
import { rewrapAll } from './keyring.repository.js';
import { pendingKeyFile, writeKeyFile } from './master-key.js';
import { type DataKeys, databaseKey } from './subkeys.js';

/**
 * Rotates the master key: new key to `master.key.new` (durably), data keys re-wrapped with it
 * and the rotation audited in one transaction, every database page re-encrypted, then the key
 * files swapped. A crash at any step is settled at the next start by `settleKeyFiles`.
 * Returns the path where the previous key was kept (older backups still need it).
 */
export function rotateMasterKey(args: {
  store: Store;
  keys: DataKeys;
  keyFile: string;
  actor: string;
  now: number;
}): string {
  const { store, keys, keyFile } = args;
  if (store.keySource.source === 'env') {
    throw new AppError(
      'keys.rekey_needs_file',
      'rekey rotates the key file; the key came from VEILDRAFT_MASTER_KEY. Use VEILDRAFT_MASTER_KEY_FILE to rotate.',
    );
  }
  const pending = pendingKeyFile(keyFile);
  const next = randomBytes(32);
  writeKeyFile(pending, next);
  store.db.transaction((tx) => {
    rewrapAll(tx as unknown as Store['db'], keys, next, args.now);
    emitAudit(tx, keys.audit, { actor: args.actor, action: 'store.rekey', at: args.now });
  });
  // SQLite3 Multiple Ciphers cannot re-key a database in WAL mode: leave WAL for the re-key.
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  store.sqlite.pragma('journal_mode = DELETE');
  store.sqlite.pragma(`rekey = "x'${databaseKey(next).toString('hex')}'"`);
  store.sqlite.pragma('journal_mode = WAL');
  return settleKeyFiles(keyFile, pending, args.now) ?? keyFile;
}

/**
 * After the database opened with `usedFile`: if that was the pending key, the rotation reached
 * the re-key, so the old key is archived and the new one takes its place; otherwise a pending
 * key never came into use and is removed.
 */
export function settleKeyFiles(
  keyFile: string,
  usedFile: string | undefined,
  now: number,
): string | undefined {
  const pending = pendingKeyFile(keyFile);
  if (!existsSync(pending)) return undefined;
  if (usedFile === pending) {
    const archived = `${keyFile}.${new Date(now).toISOString().replace(/[:.]/g, '-')}.old`;
    if (existsSync(keyFile)) renameSync(keyFile, archived);
    renameSync(pending, keyFile);
    return archived;
  }
  unlinkSync(pending);
  return undefined;
}

import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';

/**
 * The encrypted database cannot be opened or used as it is (`store.*`). Each one stops the
 * process before it writes anything; the message says how to recover.
 */
export const storeErrors = {
  unencrypted: createErrorFactory({
    code: 'store.cipher_not_in_force',
    message: (file: string) =>
      `${file} is an unencrypted SQLite database. Veildraft only runs on its encrypted store; move that file away.`,
  }),
  wrongCipher: createErrorFactory({
    code: 'store.cipher_not_in_force',
    message: (p: { cipher: string; legacy: number }) =>
      `The database cipher is ${p.cipher} (legacy ${p.legacy}), not the SQLCipher v4 scheme; refusing to run.`,
  }),
  wrongKey: createErrorFactory({
    code: 'store.wrong_key',
    message: (p: { where: string; file: string }) =>
      `The master key from ${p.where} does not open the database ${p.file}. Use the key this database was created with (restore it from your backup); nothing was changed. If you are sure the key is right, the first bytes of the file are damaged: restore the database from your backup.`,
  }),
  keyMissing: createErrorFactory({
    code: 'store.key_missing',
    message: (keyFile: string) =>
      `The database exists but its master key file ${keyFile} is missing. Restore the key from your backup to that path (or set VEILDRAFT_MASTER_KEY). Veildraft will not create a new key for an existing database.`,
  }),
  shorterThanAPage: createErrorFactory({
    code: 'store.corrupt',
    message: (file: string) =>
      `${file} is shorter than one database page; it is not a Veildraft database, or it was truncated. Restore it from your backup.`,
  }),
  corrupt: createErrorFactory({
    code: 'store.corrupt',
    message: (p: { file: string; damage: string }) =>
      `The database ${p.file} is damaged (${p.damage}). Stop here and restore the database from your backup (see README, "Damaged database"); Veildraft wrote nothing to it.`,
  }),
  /** The nightly check was stopped by shutdown: its job runs again, nothing is wrong. */
  integrityCheckInterrupted: createErrorFactory({
    code: 'store.integrity_check_interrupted',
    message: 'The integrity check was interrupted by shutdown; it runs again.',
  }),
  lockContended: createErrorFactory({
    code: 'store.in_use',
    message: (lockFile: string) => `Could not take the lock ${lockFile}; try again.`,
  }),
  heldBy: createErrorFactory({
    code: 'store.in_use',
    message: (p: { what: string; pid: number; since: number; advice: string }) =>
      `The data folder is in use by ${p.what}, process ${p.pid} since ${new Date(p.since).toISOString()}. ${p.advice} Nothing was changed.`,
  }),
  openElsewhere: createErrorFactory({
    code: 'store.in_use',
    message:
      'Another process has the database open (the appliance or another veildraft command). Stop it, then run `veildraft rekey` again. Nothing was changed.',
  }),
};

export type StoreErrorCode = ErrorCodes<typeof storeErrors>;

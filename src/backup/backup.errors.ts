import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';

/** Making, checking and restoring backups (`backup.*`). Each message says what was left behind. */
export const backupErrors = {
  diskFull: createErrorFactory({
    code: 'backup.disk_full',
    message: (dir: string) =>
      `The backup folder ${dir} ran out of space while the backup was written. The partial file was removed; no backup was made. Free space there (or lower "keep"), then back up again.`,
  }),
  failed: createErrorFactory({
    code: 'backup.failed',
    message: (dir: string) =>
      `The backup into ${dir} failed; the partial file was removed and no backup was made. The log has the cause.`,
  }),
  notFound: createErrorFactory({
    code: 'backup.not_found',
    message: (file: string) => `There is no backup file ${file}.`,
    status: 404,
    permanent: true,
  }),
  badName: createErrorFactory({
    code: 'backup.bad_name',
    message: 'Choose a backup from the list: that name is not one of the backup files.',
    status: 400,
    permanent: true,
  }),
  noKey: createErrorFactory({
    code: 'backup.wrong_key',
    message: (p: { file: string; keyDir: string }) =>
      `None of the master keys this appliance has (the current key, a pending one, or the previous keys kept as *.old in ${p.keyDir}) opens ${p.file}. It was made under another master key, or it is not a Veildraft backup. Copy the master key file that was in use when the backup was made into ${p.keyDir} as master.key.<any-name>.old (or pass --key-file) and try again.`,
    status: 400,
    permanent: true,
  }),
  corrupt: createErrorFactory({
    code: 'backup.corrupt',
    message: (p: { file: string; problem: string }) =>
      `The backup ${p.file} is damaged (${p.problem}); it cannot be restored. Use another backup.`,
    status: 400,
    permanent: true,
  }),
  checksumMismatch: createErrorFactory({
    code: 'backup.corrupt',
    message: (file: string) =>
      `The backup ${file} no longer matches the sha256 in its manifest: it changed after it was made. Use another backup.`,
    status: 400,
    permanent: true,
  }),
  restoreRolledBack: createErrorFactory({
    code: 'backup.restore_rolled_back',
    message: (p: { step: string; restorePoint: string }) =>
      `The restored database failed at "${p.step}", so the restore was undone: the database from before the restore is back in place (it had been kept in ${p.restorePoint}). The log and --debug show the cause.`,
  }),
  badRecipient: createErrorFactory({
    code: 'backup.bad_recipient',
    message: 'The off-box recipient must be an age X25519 public key: "age1" followed by 58 characters.',
    status: 400,
    permanent: true,
  }),
  offboxFailed: createErrorFactory({
    code: 'backup.offbox_failed',
    message: (dir: string) =>
      `The backup was made and verified, but its off-box copy into ${dir} failed (the partial copy was removed). The log has the cause.`,
  }),
};

export type BackupErrorCode = ErrorCodes<typeof backupErrors>;

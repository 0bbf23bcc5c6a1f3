import path from 'node:path';
import { formatSize } from '../backup/backup.models.js';
import { createBackupService } from '../backup/backup.service.js';
import { checkBackup } from '../backup/backup.usecases.js';
import { type BackupEntry, listBackups } from '../backup/backup-files.js';
import { keyCandidates } from '../backup/backup-keys.js';
import { restoreBackup } from '../backup/restore.usecases.js';
import { systemClock } from '../shared/clock.js';
import { createLogger } from '../shared/logger.js';
import { afterRestoreSteps, backupPlaces, openAppliance } from '../start.js';
import { acquireDataLock } from '../store/data-lock.js';
import type { CliIo } from './cli-action.js';
import { version } from './version.js';

const now = () => systemClock.now();

export async function backupCreateCommand(io: CliIo): Promise<number> {
  const config = io.config();
  const { store, keys } = openAppliance(config, systemClock);
  try {
    const backups = createBackupService({
      store,
      keys,
      clock: systemClock,
      logger: createLogger('silent'),
      places: backupPlaces(config),
      appVersion: version,
    });
    const done = await backups.backUpNow({ kind: 'cli' }, 'cli');
    const m = done.manifest;
    io.stdout.write(
      `Backup ${path.join(config.backupDir, m.file)} written and verified (${formatSize(m.size)}, integrity ${m.verification.integrity}, ${m.verification.ms} ms).\n`,
    );
    if (m.offbox)
      io.stdout.write(`Off-box copy: ${path.join(config.backupOffboxDir ?? '', m.offbox.file)}\n`);
    if (done.offboxError) io.stderr.write(`error [${done.offboxError.code}]: ${done.offboxError.message}\n`);
    if (done.pruned.length > 0)
      io.stdout.write(`Removed ${done.pruned.length} older backup(s) beyond "keep".\n`);
    return done.offboxError ? 1 : 0;
  } finally {
    store.close();
  }
}

export function backupListCommand(io: CliIo): number {
  const config = io.config();
  const entries = listBackups(config.backupDir);
  if (entries.length === 0) {
    io.stdout.write(`No backups in ${config.backupDir}.\n`);
    return 0;
  }
  for (const b of entries) io.stdout.write(`${describe(b)}\n`);
  return 0;
}

export async function backupVerifyCommand(
  io: CliIo,
  file: string,
  opts: { keyFile?: string },
): Promise<number> {
  const config = io.config();
  const checked = await checkBackup(
    path.resolve(file),
    keyCandidates({ keyFile: config.masterKeyFile, envKey: config.masterKey, extraKeyFile: opts.keyFile }),
    { keyDir: path.dirname(config.masterKeyFile), now },
  );
  const v = checked.facts.verification;
  const tables = Object.keys(v.rowCounts).length;
  const rows = Object.values(v.rowCounts).reduce((a, b) => a + b, 0);
  io.stdout.write(
    [
      `Backup ${checked.file} is good.`,
      `  checksum: ${checked.manifest ? 'matches its manifest' : 'no manifest to compare with'}`,
      `  key: opened with ${checked.key.where}`,
      `  cipher: ${v.cipher}; integrity_check: ${v.integrity}`,
      `  schema: ${checked.facts.schemaVersion.tag}; ${rows} row(s) in ${tables} table(s)`,
      '',
    ].join('\n'),
  );
  return 0;
}

export async function restoreCommand(io: CliIo, file: string, opts: { keyFile?: string }): Promise<number> {
  const config = io.config();
  const lock = acquireDataLock(config.dataDir, 'restore', now());
  try {
    const done = await restoreBackup({
      file,
      dataDir: config.dataDir,
      keyFile: config.masterKeyFile,
      envKey: config.masterKey,
      extraKeyFile: opts.keyFile,
      open: () => openAppliance(config, systemClock, undefined, lock),
      afterRestore: afterRestoreSteps(config),
      actor: { kind: 'cli' },
      now,
    });
    io.stdout.write(
      [
        `Restored ${done.file}${done.manifest ? ` (made ${new Date(done.manifest.createdAt).toISOString()} by version ${done.manifest.appVersion})` : ''}.`,
        done.rekeyed
          ? 'It was made under a previous master key and is now re-encrypted under the current one.'
          : '',
        done.restorePoint
          ? `The database from before the restore is kept in ${done.restorePoint} until the next restore.`
          : '',
        done.steps.length > 0 ? `After-restore steps run: ${done.steps.join(', ')}.` : '',
        'Start the appliance again.',
        '',
      ]
        .filter((l, i, all) => l !== '' || i === all.length - 1)
        .join('\n'),
    );
    return 0;
  } finally {
    lock.release();
  }
}

/** One line per backup: name, size, when, versions, verdict. */
function describe(b: BackupEntry): string {
  const m = b.manifest;
  if (!m) return `${b.name}  ${formatSize(b.size)}  UNVERIFIED (${b.problem})`;
  const verdict = m.verification.ok ? 'verified' : `FAILED: ${m.verification.integrity}`;
  return `${b.name}  ${formatSize(m.size)}  ${new Date(m.createdAt).toISOString()}  app ${m.appVersion}  schema ${m.schemaVersion.tag}  ${verdict}${m.offbox ? '  +off-box' : ''}`;
}

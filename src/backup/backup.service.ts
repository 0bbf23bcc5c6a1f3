import path from 'node:path';
import type { AuditActor } from '../audit/audit.models.js';
import { emitAudit } from '../audit/audit.repository.js';
import type { DataKeys } from '../keys/subkeys.js';
import type { Clock } from '../shared/clock.js';
import { type AppError, errorCode } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import type { Store } from '../store/store.js';
import { backupErrors } from './backup.errors.js';
import { BACKUP_PATTERN, type BackupSettings, type Manifest } from './backup.models.js';
import { type BackupOutcome, checkBackup, createBackup, reverifyBackup } from './backup.usecases.js';
import { type BackupEntry, listBackups } from './backup-files.js';
import { keyCandidates } from './backup-keys.js';
import { loadBackupSettings, saveBackupSettings } from './backup-settings.usecases.js';
import { stagePendingRestore } from './pending-restore.js';

export interface BackupPlaces {
  /** VEILDRAFT_BACKUP_DIR */
  dir: string;
  /** VEILDRAFT_BACKUP_OFFBOX_DIR: where age-wrapped copies go when a recipient is set. */
  offboxDir?: string;
  /** The data folder, where a restore chosen in the setup wizard is staged. */
  dataDir: string;
  /** The master key file: previous keys are archived beside it. */
  keyFile: string;
  envKey?: string;
}

/** Backups as the console, the CLI and the scheduled job use them; built once by the composition root. */
export interface BackupService {
  places: BackupPlaces;
  list(): BackupEntry[];
  settings(): BackupSettings;
  saveSettings(
    actor: AuditActor,
    form: Record<string, string | string[] | undefined>,
  ): ReturnType<typeof saveBackupSettings>;
  /** Makes, verifies and prunes; audited whether it worked or not. */
  backUpNow(actor: AuditActor, trigger: Manifest['trigger']): Promise<BackupOutcome>;
  verify(actor: AuditActor, name: string): Promise<{ ok: true } | { ok: false; error: AppError }>;
  /**
   * Checks a backup from the backup folder and stages it to be restored at the next start (the
   * first-run wizard: the running appliance holds the database open).
   */
  stageRestore(name: string): Promise<void>;
  /** The path of a backup in the backup folder for a download (only names from the list), audited. */
  download(actor: AuditActor, name: string): string;
}

export function createBackupService(deps: {
  store: Pick<Store, 'db' | 'sqlite' | 'masterKey'>;
  keys: Pick<DataKeys, 'audit'>;
  clock: Clock;
  logger: Logger;
  places: BackupPlaces;
  appVersion: string;
}): BackupService {
  const { store, keys, clock, logger, places } = deps;
  const now = () => clock.now();
  const audit = (
    actor: AuditActor,
    action: string,
    target: string,
    metadata: Record<string, string | number | boolean>,
  ) =>
    store.db.transaction((tx) => emitAudit(tx, keys.audit, { actor, action, target, metadata, at: now() }));
  const fileOf = (name: string) => {
    if (!BACKUP_PATTERN.test(name) || !listBackups(places.dir).some((b) => b.name === name))
      throw backupErrors.badName();
    return path.join(places.dir, name);
  };
  return {
    places,
    list: () => listBackups(places.dir),
    settings: () => loadBackupSettings(store.db),
    saveSettings: (actor, form) => saveBackupSettings(store.db, keys.audit, actor, form, now()),
    async backUpNow(actor, trigger) {
      const settings = loadBackupSettings(store.db);
      try {
        const outcome = await createBackup({
          sqlite: store.sqlite,
          masterKey: store.masterKey,
          target: {
            dir: places.dir,
            offboxDir: places.offboxDir,
            recipient: settings.recipient,
            keep: settings.keep,
          },
          trigger,
          appVersion: deps.appVersion,
          now,
        });
        const m = outcome.manifest;
        audit(actor, 'backup.create', m.file, {
          size: m.size,
          trigger,
          verified: m.verification.ok,
          pruned: outcome.pruned.length,
          offbox: Boolean(m.offbox),
          ...(outcome.offboxError ? { offboxError: outcome.offboxError.code } : {}),
        });
        if (outcome.offboxError) logger.error({ err: outcome.offboxError }, outcome.offboxError.message);
        logger.info({ file: m.file, size: m.size, ms: m.verification.ms }, 'backup made and verified');
        return outcome;
      } catch (e) {
        logger.error({ err: e }, 'backup failed');
        audit(actor, 'backup.fail', places.dir, { trigger, code: errorCode(e) });
        throw e;
      }
    },
    async verify(actor, name) {
      const result = await reverifyBackup(places.dir, name, keyCandidates(places), {
        keyDir: path.dirname(places.keyFile),
        now,
      });
      audit(actor, 'backup.verify', name, result.ok ? { ok: true } : { ok: false, code: result.error.code });
      return result;
    },
    async stageRestore(name) {
      const file = fileOf(name);
      await checkBackup(file, keyCandidates(places), { keyDir: path.dirname(places.keyFile), now });
      stagePendingRestore(places.dataDir, file, now());
      logger.warn({ file }, 'a restore was chosen in the setup wizard; it runs at the next start');
    },
    download(actor, name) {
      const file = fileOf(name);
      audit(actor, 'backup.download', name, {});
      return file;
    },
  };
}

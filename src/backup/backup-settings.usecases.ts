import type { AuditActor } from '../audit/audit.models.js';
import { emitAudit } from '../audit/audit.repository.js';
import { readSetting, writeSetting } from '../settings/settings.repository.js';
import type { Tx } from '../store/store.js';
import {
  BACKUP_SETTINGS_KEY,
  type BackupSettings,
  backupSettingsSchema,
  defaultBackupSettings,
  parseBackupSettings,
} from './backup.models.js';

/** The stored backup settings, or the defaults until an admin saves them (or when they no longer parse). */
export function loadBackupSettings(db: Tx): BackupSettings {
  const raw = readSetting(db, BACKUP_SETTINGS_KEY);
  const parsed = raw === undefined ? undefined : backupSettingsSchema.safeParse(JSON.parse(raw));
  return parsed?.success ? parsed.data : defaultBackupSettings;
}

/** Validates and stores the settings, audited in the same transaction (the recipient is a public key). */
export function saveBackupSettings(
  db: { transaction<T>(fn: (tx: Tx) => T): T },
  auditKey: Buffer,
  actor: AuditActor,
  form: Record<string, string | string[] | undefined>,
  now: number,
): ReturnType<typeof parseBackupSettings> {
  const parsed = parseBackupSettings(form);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  db.transaction((tx) => {
    writeSetting(tx, BACKUP_SETTINGS_KEY, JSON.stringify(v), now, actor.kind === 'user' ? actor.id : null);
    emitAudit(tx, auditKey, {
      actor,
      action: 'settings.update',
      target: `settings:${BACKUP_SETTINGS_KEY}`,
      metadata: { enabled: v.enabled, time: v.time, keep: v.keep, offbox: v.recipient !== '' },
      at: now,
    });
  });
  return parsed;
}

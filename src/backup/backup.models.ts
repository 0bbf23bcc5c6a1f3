import { z } from 'zod';

/** A backup file's name: the instant it was made, so names sort by age. */
export const BACKUP_PATTERN = /^veildraft-(\d{8}T\d{6}(?:\d{3})?Z)\.db$/;

export function backupName(at: number): string {
  const stamp = new Date(at).toISOString().replace(/[-:]/g, '').replace('.', '');
  return `veildraft-${stamp}.db`;
}

export const manifestName = (backup: string) => `${backup}.manifest.json`;
export const offboxName = (backup: string) => `${backup}.age`;

export const verificationSchema = z.object({
  ok: z.boolean(),
  checkedAt: z.number(),
  /** `PRAGMA integrity_check`'s verdict: "ok", or its first problems. */
  integrity: z.string(),
  cipher: z.string(),
  rowCounts: z.record(z.string(), z.number()),
  ms: z.number(),
});
export type Verification = z.infer<typeof verificationSchema>;

/**
 * What is known about one backup, written beside it once it verified. `keyId` names the master
 * key that opens it without revealing it (see backup-keys.ts): after a rotation, restore picks
 * the archived key by it.
 */
export const manifestSchema = z.object({
  format: z.literal(1),
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  appVersion: z.string(),
  /** The last migration applied to the database when it was backed up, and how many there were. */
  schemaVersion: z.object({ tag: z.string(), count: z.number().int() }),
  createdAt: z.number(),
  trigger: z.enum(['schedule', 'console', 'cli']),
  keyId: z.string(),
  verification: verificationSchema,
  offbox: z.object({ file: z.string(), sha256: z.string(), recipient: z.string() }).optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** An age X25519 recipient (`age1` + 58 bech32 characters). */
export const AGE_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

/**
 * The console's backup settings (stored under one settings key). These are the single source of
 * truth for schedule, keep and recipient; the folders are deployment facts and come from config.
 */
export const backupSettingsSchema = z.object({
  enabled: z.boolean(),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use the 24-hour form HH:MM, e.g. 02:00.'),
  keep: z.coerce
    .number({ error: 'Keep: enter a whole number of backups.' })
    .int('Keep: enter a whole number of backups.')
    .min(1, 'Keep: at least 1 backup.')
    .max(1000, 'Keep: at most 1000 backups.'),
  recipient: z
    .string()
    .refine(
      (v) => v === '' || AGE_RECIPIENT.test(v),
      'The recipient is an age public key: age1 followed by 58 characters.',
    ),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

/** Daily at 02:00 local and 30 kept, as hosted services promise 30 days of backups. */
export const defaultBackupSettings: BackupSettings = {
  enabled: true,
  time: '02:00',
  keep: 30,
  recipient: '',
};

export const BACKUP_SETTINGS_KEY = 'backup';

export function parseBackupSettings(
  form: Record<string, string | string[] | undefined>,
): { ok: true; value: BackupSettings } | { ok: false; errors: Record<string, string> } {
  const one = (k: string) => {
    const v = form[k];
    return ((Array.isArray(v) ? v[0] : v) ?? '').trim();
  };
  const parsed = backupSettingsSchema.safeParse({
    enabled: one('enabled') === 'on',
    time: one('time'),
    keep: one('keep'),
    recipient: one('recipient'),
  });
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
  return { ok: false, errors };
}

/** The next time the clock reads `time` (HH:MM, the server's local time) after `now`. */
export function nextBackupAt(now: number, time: string): number {
  const [h, m] = time.split(':').map(Number);
  const at = new Date(now);
  at.setHours(h ?? 2, m ?? 0, 0, 0);
  if (at.getTime() <= now) at.setDate(at.getDate() + 1);
  return at.getTime();
}

/** The backups to delete so that the newest `keep` verified ones remain (names sort by age). */
export function backupsToPrune(names: readonly string[], keep: number): string[] {
  const sorted = [...names].filter((n) => BACKUP_PATTERN.test(n)).sort();
  return sorted.slice(0, Math.max(0, sorted.length - keep));
}

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

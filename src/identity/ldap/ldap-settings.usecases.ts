import { emitAudit } from '../../audit/audit.repository.js';
import type { ConsoleDeps } from '../../auth/auth.deps.js';
import type { DataKeys } from '../../keys/subkeys.js';
import { readSetting, writeSetting } from '../../settings/settings.repository.js';
import { seal, unseal } from '../../shared/crypto.js';
import type { Tx } from '../../store/store.js';
import {
  type LdapConfig,
  type LdapSettings,
  ldapDefaults,
  ldapSettingsFromForm,
  ldapSettingsSchema,
} from './ldap.models.js';

/** The settings key of the LDAP section of Settings → Sign-in. */
export const LDAP_SETTINGS_KEY = 'signin.ldap';
/** Binds the sealed service password to its place, as mailbox passwords are bound to their row. */
const PASSWORD_AAD = `settings:${LDAP_SETTINGS_KEY}:bindPassword`;

interface Stored {
  settings: LdapSettings;
  /** AES-256-GCM under keys.secrets, base64; absent until an admin enters one. */
  bindPasswordSealed?: string;
}

function readStored(db: Tx): Stored | null {
  const raw = readSetting(db, LDAP_SETTINGS_KEY);
  if (raw === undefined) return null;
  const value = JSON.parse(raw) as { settings?: unknown; bindPasswordSealed?: unknown };
  const parsed = ldapSettingsSchema.safeParse(value.settings);
  // A stored value that no longer parses is treated as never saved: LDAP stays off.
  if (!parsed.success) return null;
  const sealed = typeof value.bindPasswordSealed === 'string' ? value.bindPasswordSealed : undefined;
  return { settings: parsed.data, bindPasswordSealed: sealed };
}

/** What the console shows: the settings (defaults until saved) and whether a password is kept. */
export function loadLdapView(deps: Pick<ConsoleDeps, 'db'>): {
  settings: LdapSettings;
  hasBindPassword: boolean;
} {
  const stored = readStored(deps.db);
  return { settings: stored?.settings ?? ldapDefaults, hasBindPassword: Boolean(stored?.bindPasswordSealed) };
}

/** The saved settings with the service password unsealed (keep in memory only), or null if never saved. */
export function loadLdapConfig(db: Tx, keys: DataKeys): LdapConfig | null {
  const stored = readStored(db);
  if (!stored?.bindPasswordSealed) return null;
  const bindPassword = unseal(keys.secrets, Buffer.from(stored.bindPasswordSealed, 'base64'), PASSWORD_AAD);
  return { ...stored.settings, bindPassword: bindPassword.toString('utf8') };
}

export type LdapSaveResult = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * Validates and stores the LDAP section. An empty password field keeps the sealed one; the
 * password is never shown back and never audited. The audit row, in the same transaction,
 * keeps the choices (transport, attributes, sources) and whether the password changed.
 */
export function saveLdapSettings(
  deps: ConsoleDeps,
  actorId: number,
  form: Record<string, string | string[] | undefined>,
): LdapSaveResult {
  const parsed = ldapSettingsSchema.safeParse(ldapSettingsFromForm(form));
  const errors: Record<string, string> = {};
  if (!parsed.success)
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
  const rawPassword = form.bindPassword;
  const password = (Array.isArray(rawPassword) ? rawPassword[0] : rawPassword) ?? '';
  if (password.length > 1024) errors.bindPassword = 'Service account password: at most 1024 characters.';
  const stored = readStored(deps.db);
  if (password === '' && !stored?.bindPasswordSealed)
    errors.bindPassword = 'Enter the service account password.';
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };

  const settings = parsed.data;
  const sealed =
    password === ''
      ? stored!.bindPasswordSealed!
      : seal(deps.keys.secrets, Buffer.from(password, 'utf8'), PASSWORD_AAD).toString('base64');
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    writeSetting(
      tx,
      LDAP_SETTINGS_KEY,
      JSON.stringify({ settings, bindPasswordSealed: sealed }),
      now,
      actorId,
    );
    emitAudit(tx, deps.keys.audit, {
      actor: { kind: 'user', id: actorId },
      action: 'settings.update',
      target: `settings:${LDAP_SETTINGS_KEY}`,
      metadata: {
        enabled: settings.enabled,
        scheme: new URL(settings.url).protocol.replace(':', ''),
        startTls: settings.startTls,
        verifyTls: settings.verifyTls,
        caPinned: settings.caPem !== '',
        loginAttribute: settings.loginAttribute,
        subjectAttribute: settings.subjectAttribute,
        groupSource: settings.groupSource,
        disabledFilter: settings.disabledFilter !== '',
        bindPasswordChanged: password !== '',
      },
      at: now,
    });
  });
  return { ok: true };
}

import { emitAudit } from '../audit/audit.repository.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import type { DataKeys } from '../keys/subkeys.js';
import { deleteSetting, readSetting, writeSetting } from '../settings/settings.repository.js';
import { seal, unseal } from '../shared/crypto.js';
import type { Tx } from '../store/store.js';
import type { RoleMapping } from './identity.types.js';
import { parseRoleMapping } from './role-mapping.models.js';
import {
  defaultPolicy,
  type Form,
  type OidcSettings,
  oidcSchema,
  parseSigninForm,
  policySchema,
  type SigninParse,
  type SigninPolicy,
  signinKeys,
} from './signin-settings.models.js';

/** The client secret is sealed like mailbox passwords, bound to its settings key. */
const SECRET_AAD = `settings:${signinKeys.oidcSecret}`;

function readJson<T>(db: Tx, key: string, schema: { safeParse(v: unknown): { success: boolean; data?: T } }) {
  const raw = readSetting(db, key);
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : undefined;
}

/** The one role mapping every directory (OIDC and LDAP) maps with. */
export function loadRoleMapping(db: Tx): RoleMapping {
  return parseRoleMapping(readSetting(db, signinKeys.roleMapping));
}

export function loadSigninPolicy(db: Tx): SigninPolicy {
  return readJson(db, signinKeys.policy, policySchema) ?? defaultPolicy;
}

export function loadOidcSettings(db: Tx): OidcSettings | null {
  return readJson(db, signinKeys.oidc, oidcSchema) ?? null;
}

export function hasOidcSecret(db: Tx): boolean {
  return readSetting(db, signinKeys.oidcSecret) !== undefined;
}

export function loadOidcSecret(db: Tx, keys: Pick<DataKeys, 'secrets'>): string | undefined {
  const sealed = readSetting(db, signinKeys.oidcSecret);
  return sealed === undefined
    ? undefined
    : unseal(keys.secrets, Buffer.from(sealed, 'base64'), SECRET_AAD).toString('utf8');
}

/** Settings → Sign-in as the page shows it: the secret only as "one is stored". */
export function signinSettingsView(deps: Pick<ConsoleDeps, 'db'>) {
  return {
    oidc: loadOidcSettings(deps.db),
    hasSecret: hasOidcSecret(deps.db),
    mapping: loadRoleMapping(deps.db),
    policy: loadSigninPolicy(deps.db),
  };
}
export type SigninSettingsView = ReturnType<typeof signinSettingsView>;

/**
 * Saves Settings → Sign-in: provider, mapping and policy in one transaction with one audit row
 * that says what changed in shape (counts, flags, the issuer's host), never group names or the
 * secret. An empty secret field keeps the stored secret; removing the provider removes it too.
 */
export function saveSigninSettings(
  deps: ConsoleDeps,
  actorId: number,
  form: Form,
  mailboxIds: number[],
): SigninParse {
  const parsed = parseSigninForm(form, mailboxIds);
  if (!parsed.ok) return parsed;
  const { oidc, mapping, policy, newSecret } = parsed.value;
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    writeSetting(tx, signinKeys.roleMapping, JSON.stringify(mapping), now, actorId);
    writeSetting(tx, signinKeys.policy, JSON.stringify(policy), now, actorId);
    if (oidc) writeSetting(tx, signinKeys.oidc, JSON.stringify(oidc), now, actorId);
    else deleteSetting(tx, signinKeys.oidc);
    if (!oidc) deleteSetting(tx, signinKeys.oidcSecret);
    else if (newSecret !== undefined)
      writeSetting(
        tx,
        signinKeys.oidcSecret,
        seal(deps.keys.secrets, Buffer.from(newSecret, 'utf8'), SECRET_AAD).toString('base64'),
        now,
        actorId,
      );
    emitAudit(tx, deps.keys.audit, {
      actor: { kind: 'user', id: actorId },
      action: 'settings.update',
      target: 'settings:signin',
      metadata: {
        oidc: oidc !== null,
        ...(oidc
          ? {
              issuerHost: new URL(oidc.issuer).host,
              usernameClaim: oidc.usernameClaim,
              groupsClaim: oidc.groupsClaim,
              endSession: oidc.endSession,
            }
          : {}),
        secretChanged: oidc !== null && newSecret !== undefined,
        adminGroups: mapping.admin.length,
        reviewerGroups: mapping.reviewer.length,
        auditorGroups: mapping.auditor.length,
        mailboxGroups: mapping.reviewerMailboxes.length,
        createUsers: policy.createUsers,
        restrictLocal: policy.restrictLocal,
      },
      at: now,
    });
  });
  return parsed;
}

import type { AuditActor } from '../audit/audit.models.js';
import { emitAudit } from '../audit/audit.repository.js';
import { seal } from '../shared/crypto.js';
import { type MailboxView, oauthSecretAad, toView } from './mailboxes.models.js';
import { findMailboxById, updateMailboxAuth, updateMailboxState } from './mailboxes.repository.js';
import { type MailboxDeps, requireMailbox } from './mailboxes.usecases.js';
import { checkOAuthInput, type OAuthInput, oauthColumns } from './oauth-settings.models.js';

export type AuthChangeResult =
  | { ok: true; mailbox: MailboxView }
  | { ok: false; field: string; message: string };

/**
 * Switches a mailbox to OAuth2, or changes its OAuth2 settings: validated, the secret sealed,
 * the password dropped, audited in the same transaction, and a mailbox in `auth_failed` retried
 * at once. An empty secret keeps the stored one while the provider (and, for Microsoft, the
 * choice between secret and certificate) stays the same.
 */
export function setMailboxOAuth(
  deps: MailboxDeps,
  ref: string | number,
  input: OAuthInput,
  actor: AuditActor,
): AuthChangeResult {
  const row = requireMailbox(deps.db, ref);
  const keepSecret =
    row.authMethod === 'oauth2' &&
    row.oauthSecretSealed !== null &&
    row.oauthProvider === input.oauthProvider?.trim() &&
    Boolean(row.oauthCertificatePem) === Boolean(input.oauthCertificatePem?.trim());
  const checked = checkOAuthInput(input, row.username, {
    allowPlaintextLoopback: deps.allowPlaintextLoopback,
    keepSecret,
  });
  if (!checked.ok) return checked;
  const { settings, secret } = checked;
  const at = deps.clock.now();
  deps.db.transaction((tx) => {
    updateMailboxAuth(
      tx,
      row.id,
      {
        authMethod: 'oauth2',
        ...oauthColumns(settings),
        oauthSecretSealed:
          secret === null
            ? row.oauthSecretSealed
            : seal(deps.keys.secrets, Buffer.from(secret), oauthSecretAad(row.id)),
        passwordSealed: Buffer.alloc(0),
      },
      at,
    );
    if (row.state === 'auth_failed') updateMailboxState(tx, row.id, 'active', null, at);
    emitAudit(tx, deps.keys.audit, {
      actor,
      action: 'mailbox.oauth_set',
      target: row.id,
      metadata: {
        from: row.authMethod,
        provider: settings.provider,
        secretChanged: secret !== null,
        certificate: Boolean(settings.certificatePem),
      },
      at,
    });
  });
  return { ok: true, mailbox: toView(findMailboxById(deps.db, row.id)!) };
}

import { emitAudit } from '../../audit/audit.repository.js';
import type { ConsoleDeps } from '../../auth/auth.deps.js';
import { hmacHex } from '../../shared/crypto.js';
import { type AppError, isAppError } from '../../shared/errors.js';
import type { Role } from '../../users/users.table.js';
import { type DirectoryRefusal, signInFromDirectory } from '../directory-signin.usecases.js';
import { findIdentityOfUser } from '../identities.repository.js';
import type { DirectoryIdentity } from '../identity.types.js';
import { mapDirectoryAccess } from '../role-mapping.models.js';
import {
  loadOidcSecret,
  loadOidcSettings,
  loadRoleMapping,
  loadSigninPolicy,
} from '../signin-settings.usecases.js';
import { oidcErrors } from './oidc.errors.js';
import { type Claims, identityFromClaims } from './oidc-claims.models.js';
import { authorizationUrl, endSessionUrl, ProviderConfigs, redeemCode } from './oidc-client.js';
import { OidcFlows } from './oidc-flows.js';

/** What Settings → Sign-in's test shows: what the provider said and what the console made of it. */
export interface OidcTestReport {
  claims: [string, string][];
  identity: DirectoryIdentity | null;
  /** The role the mapping gives, or why there is none. */
  outcome: { role: Role; mailboxIds: number[] } | { refused: string };
}

/** The in-memory part of OIDC: sign-ins under way and discovered providers (see app.ts). */
export interface OidcRuntime {
  flows: OidcFlows<OidcTestReport>;
  configs: ProviderConfigs;
}

export function createOidcRuntime(): OidcRuntime {
  return { flows: new OidcFlows<OidcTestReport>(), configs: new ProviderConfigs() };
}

/** The provider's button on the sign-in page, when one is set up. */
export function oidcButton(deps: Pick<ConsoleDeps, 'db'>): { providerName: string } | null {
  const settings = loadOidcSettings(deps.db);
  return settings ? { providerName: settings.providerName } : null;
}

function access(deps: ConsoleDeps) {
  const settings = loadOidcSettings(deps.db);
  if (!settings) throw oidcErrors.notConfigured();
  return { settings, clientSecret: loadOidcSecret(deps.db, deps.keys) };
}

/** Starts a sign-in (or an admin's test): the provider's URL to send the browser to, and the flow id. */
export async function startOidc(
  deps: ConsoleDeps,
  runtime: OidcRuntime,
  input: { redirectUri: string; test?: { adminId: number } },
): Promise<{ flowId: string; url: string }> {
  const provider = access(deps);
  const config = await runtime.configs.get(provider, deps.clock.now());
  const { url, secrets } = await authorizationUrl(config, {
    redirectUri: input.redirectUri,
    scopes: provider.settings.scopes,
    forceLogin: input.test !== undefined,
  });
  const flowId = runtime.flows.begin({
    secrets,
    redirectUri: input.redirectUri,
    mode: input.test ? 'test' : 'signin',
    testerId: input.test?.adminId,
    createdAt: deps.clock.now(),
  });
  return { flowId, url: url.toString() };
}

export type OidcOutcome =
  | { kind: 'signed_in'; sessionId: string }
  | { kind: 'tested'; resultId: string }
  | { kind: 'refused'; code: string; message: string };

const refusals: Record<DirectoryRefusal, string> = {
  no_mapped_group: 'Your account has no role in Veildraft. Ask your administrator.',
  not_provisioned: 'Your account is not set up in Veildraft yet. Ask your administrator to add you.',
  disabled: 'Your Veildraft account is disabled. Ask your administrator.',
  username_taken:
    'A Veildraft account with your user name exists already and is not linked to single sign-on. Ask your administrator.',
  username_invalid: 'Your user name cannot be used in Veildraft. Ask your administrator.',
};

const hidden = new Set(['nonce', 'at_hash', 'c_hash', 's_hash']);

/**
 * The provider's redirect back: takes the flow, redeems the code through openid-client's
 * checks, maps the claims, and signs the person in through the one directory path (role
 * re-evaluated, sessions ended when nothing maps). A test builds a report instead and changes
 * no user. Every refusal is audited with its code; the library's detail goes to the log.
 */
export async function finishOidc(
  deps: ConsoleDeps,
  runtime: OidcRuntime,
  input: { flowId: string | undefined; query: URLSearchParams; client: string },
): Promise<OidcOutcome> {
  const flow = runtime.flows.take(input.flowId, deps.clock.now());
  try {
    if (!flow) throw oidcErrors.flowUnknown();
    const provider = access(deps);
    const config = await runtime.configs.get(provider, deps.clock.now());
    const claims = await redeemCode(config, {
      redirectUri: flow.redirectUri,
      query: input.query,
      secrets: flow.secrets,
      wanted: [provider.settings.usernameClaim, provider.settings.groupsClaim],
    });
    const found = identityFromClaims(provider.settings, config.serverMetadata().issuer, claims);
    if (flow.mode === 'test') return testReport(deps, runtime, flow.testerId!, claims, found);
    if (!found.ok)
      throw found.reason === 'group_overage' ? oidcErrors.groupOverage() : oidcErrors.noUsername();
    const result = await signInFromDirectory(deps, found.identity, {
      mapping: loadRoleMapping(deps.db),
      createUsers: loadSigninPolicy(deps.db).createUsers,
      client: input.client,
    });
    if (result.ok) return { kind: 'signed_in', sessionId: result.sessionId };
    return { kind: 'refused', code: `directory.${result.reason}`, message: refusals[result.reason] };
  } catch (e) {
    if (!isAppError(e)) throw e;
    refusalAudit(deps, e, input.client, flow?.mode === 'test' ? flow.testerId : undefined);
    return { kind: 'refused', code: e.code, message: e.message };
  }
}

function refusalAudit(deps: ConsoleDeps, e: AppError, client: string, testerId?: number) {
  const cause = e.cause instanceof Error ? e.cause.message : undefined;
  deps.logger.warn({ code: e.code, detail: cause?.slice(0, 200) }, 'single sign-on refused');
  deps.db.transaction((tx) => {
    emitAudit(tx, deps.keys.audit, {
      actor: testerId ? { kind: 'user', id: testerId } : { kind: 'anonymous' },
      action: testerId ? 'auth.oidc_test' : 'auth.signin_failed',
      metadata: {
        provider: 'oidc',
        reason: e.code,
        client: hmacHex(deps.keys.pseudonym, `signin-client:${client}`).slice(0, 16),
      },
      at: deps.clock.now(),
    });
  });
}

function testReport(
  deps: ConsoleDeps,
  runtime: OidcRuntime,
  adminId: number,
  claims: Claims,
  found: ReturnType<typeof identityFromClaims>,
): OidcOutcome {
  let outcome: OidcTestReport['outcome'];
  if (!found.ok)
    outcome = {
      refused: (found.reason === 'group_overage' ? oidcErrors.groupOverage() : oidcErrors.noUsername())
        .message,
    };
  else {
    const mapped = mapDirectoryAccess(found.identity, loadRoleMapping(deps.db));
    outcome = mapped.ok
      ? { role: mapped.role, mailboxIds: mapped.mailboxIds }
      : { refused: refusals.no_mapped_group };
  }
  const report: OidcTestReport = {
    claims: Object.entries(claims)
      .filter(([k]) => !hidden.has(k))
      .map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
    identity: found.ok ? found.identity : null,
    outcome,
  };
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    emitAudit(tx, deps.keys.audit, {
      actor: { kind: 'user', id: adminId },
      action: 'auth.oidc_test',
      metadata: {
        provider: 'oidc',
        groups: found.ok ? found.identity.groups.length : 0,
        ...('role' in outcome
          ? { role: outcome.role }
          : { reason: found.ok ? 'no_mapped_group' : found.reason }),
      },
      at: now,
    });
  });
  return { kind: 'tested', resultId: runtime.flows.keepResult(adminId, report, now) };
}

/**
 * Where to send a directory user's browser after the console's own sign-out, when the admin
 * chose to end the provider's session too and the provider offers RP-initiated logout.
 */
export async function oidcSignOutUrl(
  deps: ConsoleDeps,
  runtime: OidcRuntime,
  input: { userId: number; postLogoutRedirectUri: string },
): Promise<string | null> {
  const settings = loadOidcSettings(deps.db);
  if (!settings?.endSession || findIdentityOfUser(deps.db, input.userId)?.provider !== 'oidc') return null;
  try {
    const config = await runtime.configs.get(
      { settings, clientSecret: loadOidcSecret(deps.db, deps.keys) },
      deps.clock.now(),
    );
    return endSessionUrl(config, input.postLogoutRedirectUri);
  } catch {
    // The console's session is over either way; a provider that is down must not keep anyone in.
    return null;
  }
}

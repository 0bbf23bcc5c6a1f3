import { createErrorFactory, type ErrorCodes } from '../../shared/errors.js';

/**
 * Why an OIDC sign-in did not happen (`oidc.*`). Each is shown on the sign-in page as a plain
 * sentence and audited by code; the library's detail goes to the log and the audit row only.
 */
export const oidcErrors = {
  notConfigured: createErrorFactory({
    code: 'oidc.not_configured',
    message: 'Single sign-on is not set up. Sign in with a local account, or ask your administrator.',
    status: 404,
    permanent: true,
  }),
  /** No flow for this browser: the state cookie is missing, expired, used already, or another tab's. */
  flowUnknown: createErrorFactory({
    code: 'oidc.flow_unknown',
    message: 'This sign-in link has expired or was used already. Start again from the sign-in page.',
    status: 400,
    permanent: true,
  }),
  accessDenied: createErrorFactory({
    code: 'oidc.access_denied',
    message: 'The sign-in was cancelled or refused at your identity provider.',
    status: 400,
    permanent: true,
  }),
  providerError: createErrorFactory({
    code: 'oidc.provider_error',
    message: (error: string) =>
      `Your identity provider answered with an error (${error}). Ask your administrator.`,
    status: 400,
    permanent: true,
  }),
  /** The token endpoint refused the code: used twice, expired, or the PKCE verifier did not match. */
  codeRefused: createErrorFactory({
    code: 'oidc.code_refused',
    message:
      'Your identity provider did not accept this sign-in (the code was used already or expired). Start again.',
    status: 400,
    permanent: true,
  }),
  /** State, nonce, issuer, audience, expiry or signature did not check out. */
  responseInvalid: createErrorFactory({
    code: 'oidc.response_invalid',
    message:
      'The answer from your identity provider did not pass the security checks, so nobody was signed in.',
    status: 400,
    permanent: true,
  }),
  unreachable: createErrorFactory({
    code: 'oidc.unreachable',
    message: 'The identity provider could not be reached. Try again later, or sign in with a local account.',
    status: 500,
  }),
  groupOverage: createErrorFactory({
    code: 'oidc.group_overage',
    message:
      'Your identity provider left out your groups because you are in too many of them (Entra ID group overage). Ask your administrator to map app roles (the roles claim) instead of groups.',
    status: 400,
    permanent: true,
  }),
  noUsername: createErrorFactory({
    code: 'oidc.no_username',
    message:
      'Your identity provider did not send the user name claim the console is set up to read. Ask your administrator.',
    status: 400,
    permanent: true,
  }),
};

export type OidcErrorCode = ErrorCodes<typeof oidcErrors>;

import { createErrorFactory, type ErrorCodes } from '../../shared/errors.js';

/**
 * What an LDAP sign-in ran into (`ldap.*`). The sign-in page shows none of these to the person
 * signing in (it never says which part was wrong); the audit row, the console's "Test sign-in"
 * and `veildraft sso ldap-test` name them, so an admin can tell a directory problem from a typo.
 */
export const ldapErrors = {
  unreachable: createErrorFactory({
    code: 'ldap.unreachable',
    message: 'The directory server did not answer (address, port, firewall or timeout).',
  }),
  tlsFailed: createErrorFactory({
    code: 'ldap.tls_failed',
    message:
      'The TLS handshake with the directory failed: check the CA certificate and that the server name matches its certificate.',
  }),
  serviceBindFailed: createErrorFactory({
    code: 'ldap.service_bind_failed',
    message: 'The directory refused the service account: check its bind DN and password.',
  }),
  userNotFound: createErrorFactory({
    code: 'ldap.user_not_found',
    message: 'No directory entry matches this user name under the search base and filter.',
    status: 400,
  }),
  badCredentials: createErrorFactory({
    code: 'ldap.bad_credentials',
    message: 'The directory refused the password.',
    status: 400,
  }),
  userDisabled: createErrorFactory({
    code: 'ldap.user_disabled',
    message: 'The directory marks this account as disabled or locked.',
    status: 400,
  }),
  ambiguousUser: createErrorFactory({
    code: 'ldap.ambiguous_user',
    message: (count: number) =>
      `${count} directory entries match this user name: narrow the search base or filter so exactly one does.`,
    status: 400,
  }),
  searchFailed: createErrorFactory({
    code: 'ldap.search_failed',
    message: 'The directory refused the search: check the search base and filters.',
  }),
  notConfigured: createErrorFactory({
    code: 'ldap.not_configured',
    message: 'LDAP sign-in is not configured: save the LDAP settings first.',
    status: 400,
  }),
};

export type LdapErrorCode = ErrorCodes<typeof ldapErrors>;

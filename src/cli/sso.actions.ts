import { testLdapSignIn } from '../identity/ldap/ldap-signin.usecases.js';
import { systemClock } from '../shared/clock.js';
import { createAppLogger } from '../shared/logger.js';
import { openAppliance } from '../start.js';
import type { CliIo } from './cli-action.js';
import { readPasswordFromStdin } from './stdin-secret.js';

/**
 * `veildraft sso ldap-test <username>`: what the console's "Test sign-in" shows, from the
 * shell. Exit 0 when the directory accepted the password, 1 otherwise (the code says why).
 */
export async function ssoLdapTestCommand(io: CliIo, username: string, options: { json?: boolean }) {
  const password = await readPasswordFromStdin(io, `veildraft sso ldap-test ${username}`);
  const config = io.config();
  const { store, keys } = openAppliance(config, systemClock);
  try {
    const deps = { db: store.db, keys, clock: systemClock, logger: createAppLogger(config) };
    const result = await testLdapSignIn(deps, { kind: 'cli' }, { username, password, client: 'cli' });
    if (options.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else if (!result.ok) io.stdout.write(`${result.code}: ${result.message}\n`);
    else {
      const { identity, access } = result;
      const role = access.ok
        ? `${access.role}${access.mailboxIds.length ? ` (mailboxes ${access.mailboxIds.join(', ')})` : ''}`
        : 'none (no group is mapped to a role: this person would be refused)';
      const lines = [
        `dn: ${result.dn}`,
        `subject: ${identity.subject}`,
        `username: ${identity.username}`,
        `email: ${identity.email ?? '-'}`,
        `display name: ${identity.displayName ?? '-'}`,
        `groups: ${identity.groups.join(', ') || 'none'}`,
        `mapped role: ${role}`,
        'attributes:',
        ...Object.entries(result.attributes).map(([k, v]) => `  ${k}: ${v.join(', ')}`),
      ];
      io.stdout.write(`${lines.join('\n')}\n`);
    }
    return result.ok ? 0 : 1;
  } finally {
    store.close();
  }
}

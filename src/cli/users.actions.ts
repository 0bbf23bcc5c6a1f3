import { systemClock } from '../shared/clock.js';
import { createAppLogger } from '../shared/logger.js';
import { openAppliance } from '../start.js';
import { userErrors } from '../users/users.errors.js';
import { normaliseUsername } from '../users/users.models.js';
import { findUserByName, listUsers } from '../users/users.repository.js';
import { resetMfa } from '../users/users.usecases.js';
import type { CliIo } from './cli-action.js';

/** `veildraft users list`: console users with their role and state. */
export function usersListCommand(io: CliIo): number {
  const { store } = openAppliance(io.config(), systemClock);
  try {
    for (const u of listUsers(store.db)) {
      const state = u.disabledAt != null ? 'disabled' : u.enrolledAt == null ? 'must enrol' : 'active';
      io.stdout.write(`${u.id}\t${u.username}\t${u.role}\t${state}\n`);
    }
    return 0;
  } finally {
    store.close();
  }
}

/** `veildraft users reset-mfa <username>`: the way back in for a locked-out admin. */
export function usersResetMfaCommand(io: CliIo, username: string): number {
  const config = io.config();
  const { store, keys } = openAppliance(config, systemClock);
  try {
    const user = findUserByName(store.db, normaliseUsername(username));
    if (!user) throw userErrors.notFound(username);
    const deps = { db: store.db, keys, clock: systemClock, logger: createAppLogger(config) };
    const result = resetMfa(deps, { kind: 'cli' }, user.id);
    if (!result.ok) throw userErrors.resetRefused(result.message);
    io.stdout.write(
      `Two-factor sign-in of ${user.username} was reset. They sign in with their password and enrol a new authenticator.\n`,
    );
    return 0;
  } finally {
    store.close();
  }
}

import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { systemClock } from '../shared/clock.js';
import { createAppLogger } from '../shared/logger.js';
import { openAppliance } from '../start.js';
import { userErrors } from '../users/users.errors.js';
import { normaliseUsername } from '../users/users.models.js';
import { findUserByName, listUsers } from '../users/users.repository.js';
import { resetMfa } from '../users/users.usecases.js';
import { action } from './cli-run.js';

/** Console users from the appliance's shell: list them, and the way back in for a locked-out admin. */
export function registerUsersCommands(program: Command): void {
  const users = program.command('users').description('console users');
  users
    .command('list')
    .description('list console users with their role and state')
    .action(
      action(program, (): number => {
        const { store } = openAppliance(loadConfig(), systemClock);
        try {
          for (const u of listUsers(store.db)) {
            const state = u.disabledAt != null ? 'disabled' : u.enrolledAt == null ? 'must enrol' : 'active';
            process.stdout.write(`${u.id}\t${u.username}\t${u.role}\t${state}\n`);
          }
          return 0;
        } finally {
          store.close();
        }
      }),
    );
  users
    .command('reset-mfa')
    .argument('<username>')
    .description(
      "end the user's sessions; they enrol a new authenticator at next sign-in (works for the last admin)",
    )
    .action(
      action(program, (username: string): number => {
        const config = loadConfig();
        const { store, keys } = openAppliance(config, systemClock);
        try {
          const user = findUserByName(store.db, normaliseUsername(username));
          if (!user) throw userErrors.notFound(username);
          const deps = { db: store.db, keys, clock: systemClock, logger: createAppLogger(config) };
          const result = resetMfa(deps, { kind: 'cli' }, user.id);
          if (!result.ok) throw userErrors.resetRefused(result.message);
          process.stdout.write(
            `Two-factor sign-in of ${user.username} was reset. They sign in with their password and enrol a new authenticator.\n`,
          );
          return 0;
        } finally {
          store.close();
        }
      }),
    );
}

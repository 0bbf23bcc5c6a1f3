import { action, type CliRun } from './cli-action.js';

/** Console users from the appliance's shell: list them, and the way back in for a locked-out admin. */
export function registerUsersCommands(run: CliRun): void {
  const users = run.program.command('users').description('console users');
  users
    .command('list')
    .description('list console users with their role and state')
    .action(action(run, async () => (await import('./users.actions.js')).usersListCommand));
  users
    .command('reset-mfa')
    .argument('<username>')
    .description(
      "end the user's sessions; they enrol a new authenticator at next sign-in (works for the last admin)",
    )
    .action(action(run, async () => (await import('./users.actions.js')).usersResetMfaCommand));
}

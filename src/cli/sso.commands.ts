import { action, type CliRun } from './cli-action.js';

/** `veildraft sso …`: single sign-on checks from the appliance's shell (actions in sso.actions.ts). */
export function registerSsoCommands(run: CliRun): void {
  const sso = run.program.command('sso').description('single sign-on (LDAP)');
  sso
    .command('ldap-test <username>')
    .description(
      'look a person up in the directory with the saved LDAP settings (password on stdin) and print the DN, attributes, groups and mapped role; signs nobody in',
    )
    .option('--json', 'print the result as JSON')
    .action(action(run, async () => (await import('./sso.actions.js')).ssoLdapTestCommand));
}

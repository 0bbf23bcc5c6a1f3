import { Option } from 'commander';
import { action, type CliRun } from './cli-action.js';

const actions = () => import('./appliance.actions.js');

/** The appliance itself: run it, check the installation, rotate the key, verify the audit chain. */
export function registerApplianceCommands(run: CliRun): void {
  const { program } = run;
  program
    .command('start')
    .description('run the appliance: workers and the web server')
    .action(action(run, async () => (await actions()).startCommand));
  program
    .command('doctor')
    .description('check the installation and print a checklist')
    .action(action(run, async () => (await actions()).doctorCommand));
  program
    .command('rekey')
    .description('rotate the master key and re-encrypt the database (stop the appliance first)')
    .addOption(new Option('--pause-at <step>', 'stop after a step until killed (tests)').hideHelp())
    .action(action(run, async () => (await actions()).rekeyCommand));
  program
    .command('audit')
    .description('audit log tools')
    .command('verify')
    .description('verify the audit hash chain and name the first bad row')
    .action(action(run, async () => (await actions()).auditVerifyCommand));
}

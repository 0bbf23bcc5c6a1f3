import { action, type CliRun } from './cli-action.js';

/** Data-subject requests from the appliance's shell (the console's Privacy → Requests page, by hand). */
export function registerDsrCommands(run: CliRun): void {
  const dsr = run.program.command('dsr').description('data-subject requests: find, export, erase, list');
  const actions = () => import('./dsr.actions.js');
  dsr
    .command('find')
    .description('what is held about a person, counted per table (changes nothing)')
    .requiredOption('--email <address>', "the person's e-mail address")
    .option('--name <name>', 'also list conversations whose text still names them (anonymizer misses)')
    .action(action(run, async () => (await actions()).dsrFindCommand));
  dsr
    .command('export')
    .description('access request (Art. 15): log it and write the JSON export and a plain-language summary')
    .requiredOption('--email <address>', "the person's e-mail address")
    .requiredOption('--out <file>', 'the JSON file to write; the summary goes to <file>.summary.txt')
    .option('--reference <ref>', 'your reference for the request (ticket number)')
    .action(action(run, async () => (await actions()).dsrExportCommand));
  dsr
    .command('erase')
    .description(
      'erasure request (Art. 17): log it and queue the erasure job (the running appliance does it)',
    )
    .requiredOption('--email <address>', "the person's e-mail address")
    .option('--reference <ref>', 'your reference for the request (ticket number)')
    .option('--wait <seconds>', 'wait this long for the job, then print the certificate', '0')
    .action(action(run, async () => (await actions()).dsrEraseCommand));
  dsr
    .command('list')
    .description('the request tracker: received, due, status, handler; overdue marked')
    .action(action(run, async () => (await actions()).dsrListCommand));
  dsr
    .command('certificate')
    .argument('<id>', 'the request id (see dsr list)')
    .description("an erasure request's certificate, as text (or --json)")
    .option('--json', 'the certificate as JSON')
    .action(action(run, async () => (await actions()).dsrCertificateCommand));
}

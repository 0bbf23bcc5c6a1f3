import { action, type CliRun } from './cli-action.js';

type Actions = typeof import('./mailbox.actions.js');
const actions = (): Promise<Actions> => import('./mailbox.actions.js');

/** `veildraft mailbox …`: the IMAP mailboxes Veildraft watches (actions in mailbox.actions.ts). */
export function registerMailboxCommands(run: CliRun): void {
  const mailbox = run.program.command('mailbox').description('IMAP mailboxes Veildraft watches');

  mailbox
    .command('add')
    .description('add a mailbox (password on stdin); prints it as JSON, without the password')
    .requiredOption('--name <name>', 'display name, unique')
    .requiredOption('--host <host>', 'IMAP server host name')
    .requiredOption('--port <port>', 'IMAP port (993 for tls, 143 for starttls)')
    .requiredOption('--security <mode>', 'tls | starttls | none (none: loopback only, when allowed)')
    .requiredOption('--user <username>', 'login name')
    .option('--password-stdin', 'read the password from stdin (required)')
    .option('--ca-file <file>', 'PEM CA certificate to trust for this server only')
    .option('--from <from>', 'agent From, e.g. "Support <support@example.org>"')
    .option('--sent-folder <path>', 'Sent folder, instead of SPECIAL-USE discovery')
    .option('--drafts-folder <path>', 'Drafts folder, instead of SPECIAL-USE discovery')
    .option('--signature-file <file>', 'text file with the signature added to drafts')
    .option('--no-drafting', 'watch the mailbox but write no drafts (yet)')
    .action(action(run, async () => (await actions()).mailboxAddCommand));

  mailbox
    .command('test <name>')
    .description('check DNS, TCP, TLS, login, capabilities and folders; exit 1 when something fails')
    .option('--json', 'print the diagnosis as JSON')
    .action(action(run, async () => (await actions()).mailboxTestCommand));

  mailbox
    .command('list')
    .description('list mailboxes')
    .option('--json', 'print as JSON')
    .action(action(run, async () => (await actions()).mailboxListCommand));

  for (const [verb, doc, pick] of [
    ['pause', 'stop syncing and drafting for a mailbox', (m: Actions) => m.mailboxPauseCommand],
    ['resume', 'resume a paused (or failed) mailbox', (m: Actions) => m.mailboxResumeCommand],
  ] as const) {
    mailbox
      .command(`${verb} <name>`)
      .description(doc)
      .action(action(run, async () => pick(await actions())));
  }

  mailbox
    .command('remove <name>')
    .description('forget a mailbox (nothing on the server is touched)')
    .action(action(run, async () => (await actions()).mailboxRemoveCommand));

  mailbox
    .command('password <name>')
    .description('set a new password (from stdin), e.g. after auth_failed')
    .option('--password-stdin', 'read the password from stdin (required)')
    .action(action(run, async () => (await actions()).mailboxPasswordCommand));
}

import type { Command } from 'commander';
import { action, type CliRun } from './cli-action.js';

type Actions = typeof import('./mailbox.actions.js');
const actions = (): Promise<Actions> => import('./mailbox.actions.js');

/** The OAuth2 settings, shared by `mailbox add --auth oauth2` and `mailbox oauth`. Secrets never on argv. */
function oauthOptions(command: Command): Command {
  return command
    .option('--oauth-provider <provider>', 'microsoft | google | custom')
    .option('--oauth-tenant <tenant>', 'Microsoft 365: the Entra tenant id or domain')
    .option(
      '--oauth-client-id <id>',
      'Microsoft 365: the application (client) id; Google: the service account e-mail (read from its JSON key when left out); custom: the client id',
    )
    .option('--oauth-token-url <url>', 'custom: the token endpoint (https)')
    .option('--oauth-scope <scope>', 'custom: the scope to ask for (optional)')
    .option('--oauth-certificate-file <file>', 'Microsoft 365: certificate (PEM) instead of a client secret')
    .option(
      '--oauth-secret-stdin',
      'read the client secret (Google: the JSON key; with a certificate: its private key) from stdin',
    )
    .option('--oauth-secret-file <file>', 'read the client secret or key from a file instead');
}

/** `veildraft mailbox …`: the IMAP mailboxes Veildraft watches (actions in mailbox.actions.ts). */
export function registerMailboxCommands(run: CliRun): void {
  const mailbox = run.program.command('mailbox').description('IMAP mailboxes Veildraft watches');

  const add = mailbox
    .command('add')
    .description(
      'add a mailbox (password, or OAuth2 secret, on stdin or from a file); prints it as JSON, without secrets',
    )
    .requiredOption('--name <name>', 'display name, unique')
    .requiredOption('--host <host>', 'IMAP server host name')
    .requiredOption('--port <port>', 'IMAP port (993 for tls, 143 for starttls)')
    .requiredOption('--security <mode>', 'tls | starttls | none (none: loopback only, when allowed)')
    .requiredOption('--user <username>', 'login name')
    .option('--password-stdin', 'read the password from stdin (required for --auth password)')
    .option('--auth <method>', 'password | oauth2', 'password')
    .option('--ca-file <file>', 'PEM CA certificate to trust for this server only')
    .option('--from <from>', 'agent From, e.g. "Support <support@example.org>"')
    .option('--sent-folder <path>', 'Sent folder, instead of SPECIAL-USE discovery')
    .option('--drafts-folder <path>', 'Drafts folder, instead of SPECIAL-USE discovery')
    .option('--signature-file <file>', 'text file with the signature added to drafts')
    .option('--no-drafting', 'watch the mailbox but write no drafts (yet)');
  oauthOptions(add).action(action(run, async () => (await actions()).mailboxAddCommand));

  oauthOptions(
    mailbox
      .command('oauth <name>')
      .description(
        'switch a mailbox to OAuth2 sign-in, or change its OAuth2 settings (without a secret option the stored secret is kept)',
      ),
  ).action(action(run, async () => (await actions()).mailboxOAuthCommand));

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

import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { AuditActor } from '../audit/audit.models.js';
import { loadConfig } from '../config/config.js';
import { testConnection } from '../mailboxes/connection-test.js';
import { type MailboxView, parseFromOption } from '../mailboxes/mailboxes.models.js';
import {
  addMailbox,
  listMailboxes,
  type MailboxDeps,
  mailboxConnection,
  pauseMailbox,
  recordDiscoveredFolders,
  removeMailbox,
  requireMailbox,
  resumeMailbox,
  updateMailboxPassword,
} from '../mailboxes/mailboxes.usecases.js';
import { systemClock } from '../shared/clock.js';
import { openAppliance } from '../start.js';
import { cliErrors } from './cli.errors.js';
import { action } from './cli-run.js';

const ACTOR: AuditActor = { kind: 'cli' };

/** Opens the store for one command and closes it afterwards, whatever happens. */
async function withMailboxes<T>(
  fn: (deps: MailboxDeps, keys: ReturnType<typeof openAppliance>['keys']) => T | Promise<T>,
) {
  const config = loadConfig();
  const { store, keys } = openAppliance(config, systemClock);
  try {
    return await fn(
      { db: store.db, keys, clock: systemClock, allowPlaintextLoopback: config.imapAllowPlaintextLoopback },
      keys,
    );
  } finally {
    store.close();
  }
}

/** The password comes from stdin only, never from argv (visible in `ps` and shell history). */
async function readPasswordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw cliErrors.passwordStdin(
      'Pipe the password on stdin, e.g. `printf %s "$PASS" | veildraft mailbox add … --password-stdin`.',
    );
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (!password) throw cliErrors.passwordStdin('No password was given on stdin.');
  return password;
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function describe(m: MailboxView): string {
  const error = m.lastError ? ` (last error ${m.lastError.code})` : '';
  return `${m.id}\t${m.name}\t${m.security}://${m.host}:${m.port}\t${m.state}${error}`;
}

interface AddOptions {
  name: string;
  host: string;
  port: string;
  security: string;
  user: string;
  passwordStdin?: boolean;
  caFile?: string;
  from?: string;
  sentFolder?: string;
  draftsFolder?: string;
  signatureFile?: string;
  drafting: boolean;
}

export function registerMailboxCommands(program: Command): void {
  const mailbox = program.command('mailbox').description('IMAP mailboxes Veildraft watches');

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
    .action(
      action(program, async (opts: AddOptions) => {
        if (!opts.passwordStdin) {
          throw cliErrors.passwordStdin('Give the password on stdin with --password-stdin.');
        }
        const password = await readPasswordFromStdin();
        const caPem = opts.caFile ? readFileSync(opts.caFile, 'utf8') : undefined;
        const from = opts.from ? parseFromOption(opts.from) : undefined;
        const view = await withMailboxes((deps) =>
          addMailbox(
            deps,
            {
              name: opts.name,
              host: opts.host,
              port: opts.port as unknown as number,
              security: opts.security as 'tls',
              username: opts.user,
              password,
              caPem,
              fromAddress: from?.address,
              fromName: from?.name,
              sentFolder: opts.sentFolder,
              draftsFolder: opts.draftsFolder,
              signature: opts.signatureFile ? readFileSync(opts.signatureFile, 'utf8') : undefined,
              draftingEnabled: opts.drafting,
            },
            ACTOR,
          ),
        );
        print(view);
      }),
    );

  mailbox
    .command('test <name>')
    .description('check DNS, TCP, TLS, login, capabilities and folders; exit 1 when something fails')
    .option('--json', 'print the diagnosis as JSON')
    .action(
      action(program, async (name: string, opts: { json?: boolean }) => {
        const config = loadConfig();
        const diagnosis = await withMailboxes(async (deps, keys) => {
          const row = requireMailbox(deps.db, name);
          const d = await testConnection(mailboxConnection(row, keys), {
            timeoutMs: config.imapConnectTimeoutSeconds * 1000,
            folders: { sent: row.sentFolder, drafts: row.draftsFolder, manual: row.foldersManual },
          });
          if (d.ok) recordDiscoveredFolders(deps.db, row, d.folders, deps.clock.now());
          return d;
        });
        if (opts.json) print(diagnosis);
        else {
          for (const s of diagnosis.steps) {
            process.stdout.write(
              `[${s.ok ? ' ok ' : 'FAIL'}] ${s.step}: ${s.detail}${s.ok ? '' : ` [${s.code}]`}\n`,
            );
          }
          process.stdout.write(
            `${diagnosis.ok ? 'OK' : `FAILED [${diagnosis.code}]`}: ${diagnosis.message}\n`,
          );
          if (diagnosis.code === 'mail.tls_untrusted')
            process.stdout.write(
              'Remove the mailbox and add it again with --ca-file <CA certificate PEM>.\n',
            );
        }
        return diagnosis.ok ? 0 : 1;
      }),
    );

  mailbox
    .command('list')
    .description('list mailboxes')
    .option('--json', 'print as JSON')
    .action(
      action(program, async (opts: { json?: boolean }) => {
        const views = await withMailboxes((deps) => listMailboxes(deps.db));
        if (opts.json) print(views);
        else process.stdout.write(views.length ? `${views.map(describe).join('\n')}\n` : 'No mailboxes.\n');
      }),
    );

  for (const [verb, fn, doc] of [
    ['pause', pauseMailbox, 'stop syncing and drafting for a mailbox'],
    ['resume', resumeMailbox, 'resume a paused (or failed) mailbox'],
  ] as const) {
    mailbox
      .command(`${verb} <name>`)
      .description(doc)
      .action(
        action(program, async (name: string) => {
          const view = await withMailboxes((deps) => fn(deps, name, ACTOR));
          process.stdout.write(`${describe(view)}\n`);
        }),
      );
  }

  mailbox
    .command('remove <name>')
    .description('forget a mailbox (nothing on the server is touched)')
    .action(
      action(program, async (name: string) => {
        await withMailboxes((deps) => removeMailbox(deps, name, ACTOR));
        process.stdout.write(`Removed mailbox ${name}.\n`);
      }),
    );

  mailbox
    .command('password <name>')
    .description('set a new password (from stdin), e.g. after auth_failed')
    .option('--password-stdin', 'read the password from stdin (required)')
    .action(
      action(program, async (name: string, opts: { passwordStdin?: boolean }) => {
        if (!opts.passwordStdin) {
          throw cliErrors.passwordStdin('Give the password on stdin with --password-stdin.');
        }
        const password = await readPasswordFromStdin();
        const view = await withMailboxes((deps) => updateMailboxPassword(deps, name, password, ACTOR));
        process.stdout.write(`${describe(view)}\n`);
      }),
    );
}

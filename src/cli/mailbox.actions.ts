import { readFileSync } from 'node:fs';
import type { AuditActor } from '../audit/audit.models.js';
import { testConnection } from '../mailboxes/connection-test.js';
import { setMailboxOAuth } from '../mailboxes/mailbox-auth.usecases.js';
import { mailboxErrors } from '../mailboxes/mailboxes.errors.js';
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
import type { OAuthInput } from '../mailboxes/oauth-settings.models.js';
import { createMailboxTokens } from '../mailboxes/oauth-tokens.js';
import { systemClock } from '../shared/clock.js';
import { openAppliance } from '../start.js';
import { cliErrors } from './cli.errors.js';
import type { CliIo } from './cli-action.js';
import { readPasswordFromStdin } from './stdin-secret.js';

const MAILBOX_EXAMPLE = 'veildraft mailbox add … --password-stdin';

const ACTOR: AuditActor = { kind: 'cli' };

/** Opens the store for one command and closes it afterwards, whatever happens. */
async function withMailboxes<T>(
  io: CliIo,
  fn: (deps: MailboxDeps, keys: ReturnType<typeof openAppliance>['keys']) => T | Promise<T>,
) {
  const config = io.config();
  const { store, keys } = openAppliance(config, systemClock);
  try {
    return await fn(
      {
        db: store.db,
        keys,
        clock: systemClock,
        allowPlaintextLoopback: config.imapAllowPlaintextLoopback,
        draftBacklogHours: config.draftBacklogHours,
      },
      keys,
    );
  } finally {
    store.close();
  }
}

export interface OAuthOptions {
  oauthProvider?: string;
  oauthTenant?: string;
  oauthClientId?: string;
  oauthTokenUrl?: string;
  oauthScope?: string;
  oauthCertificateFile?: string;
  oauthSecretStdin?: boolean;
  oauthSecretFile?: string;
}

/** The OAuth2 settings of the options as the use cases take them; the secret from stdin or its file. */
async function readOAuthOptions(io: CliIo, opts: OAuthOptions): Promise<OAuthInput> {
  const secret = opts.oauthSecretFile
    ? readFileSync(opts.oauthSecretFile, 'utf8').replace(/\r?\n$/, '')
    : opts.oauthSecretStdin
      ? await readPasswordFromStdin(
          io,
          'veildraft mailbox … --oauth-secret-stdin',
          'OAuth2 client secret or key',
        )
      : undefined;
  return {
    oauthProvider: opts.oauthProvider,
    oauthTenant: opts.oauthTenant,
    oauthClientId: opts.oauthClientId,
    oauthTokenUrl: opts.oauthTokenUrl,
    oauthScope: opts.oauthScope,
    oauthCertificatePem: opts.oauthCertificateFile
      ? readFileSync(opts.oauthCertificateFile, 'utf8')
      : undefined,
    oauthSecret: secret,
  };
}

function print(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function describe(m: MailboxView): string {
  const error = m.lastError ? ` (last error ${m.lastError.code})` : '';
  const auth = m.auth.method === 'oauth2' ? `oauth2:${m.auth.provider}` : 'password';
  return `${m.id}\t${m.name}\t${m.security}://${m.host}:${m.port}\t${auth}\t${m.state}${error}`;
}

export interface AddOptions extends OAuthOptions {
  name: string;
  auth: string;
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

export async function mailboxAddCommand(io: CliIo, opts: AddOptions): Promise<void> {
  const oauth = opts.auth === 'oauth2';
  if (!oauth && !opts.passwordStdin) {
    throw cliErrors.passwordStdin('Give the password on stdin with --password-stdin.');
  }
  const password = oauth ? undefined : await readPasswordFromStdin(io, MAILBOX_EXAMPLE);
  const oauthInput = oauth ? await readOAuthOptions(io, opts) : {};
  const caPem = opts.caFile ? readFileSync(opts.caFile, 'utf8') : undefined;
  const from = opts.from ? parseFromOption(opts.from) : undefined;
  const view = await withMailboxes(io, (deps) =>
    addMailbox(
      deps,
      {
        name: opts.name,
        host: opts.host,
        port: opts.port as unknown as number,
        security: opts.security as 'tls',
        username: opts.user,
        authMethod: oauth ? 'oauth2' : 'password',
        password,
        ...oauthInput,
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
  print(io, view);
}

export async function mailboxTestCommand(io: CliIo, name: string, opts: { json?: boolean }): Promise<number> {
  const config = io.config();
  const diagnosis = await withMailboxes(io, async (deps, keys) => {
    const row = requireMailbox(deps.db, name);
    const timeoutMs = config.imapConnectTimeoutSeconds * 1000;
    const tokens = createMailboxTokens({ clock: deps.clock, timeoutMs });
    const d = await testConnection(mailboxConnection(row, keys), {
      timeoutMs,
      folders: { sent: row.sentFolder, drafts: row.draftsFolder, manual: row.foldersManual },
      ...(row.authMethod === 'oauth2'
        ? { token: async () => (await tokens.token(row, keys)).accessToken }
        : {}),
    });
    if (d.ok) recordDiscoveredFolders(deps.db, row, d.folders, deps.clock.now());
    return d;
  });
  if (opts.json) print(io, diagnosis);
  else {
    for (const s of diagnosis.steps) {
      io.stdout.write(`[${s.ok ? ' ok ' : 'FAIL'}] ${s.step}: ${s.detail}${s.ok ? '' : ` [${s.code}]`}\n`);
    }
    io.stdout.write(`${diagnosis.ok ? 'OK' : `FAILED [${diagnosis.code}]`}: ${diagnosis.message}\n`);
    if (diagnosis.code === 'mail.tls_untrusted')
      io.stdout.write('Remove the mailbox and add it again with --ca-file <CA certificate PEM>.\n');
  }
  return diagnosis.ok ? 0 : 1;
}

export async function mailboxListCommand(io: CliIo, opts: { json?: boolean }): Promise<void> {
  const views = await withMailboxes(io, (deps) => listMailboxes(deps.db));
  if (opts.json) print(io, views);
  else io.stdout.write(views.length ? `${views.map(describe).join('\n')}\n` : 'No mailboxes.\n');
}

const stateCommand =
  (change: typeof pauseMailbox | typeof resumeMailbox) =>
  async (io: CliIo, name: string): Promise<void> => {
    const view = await withMailboxes(io, (deps) => change(deps, name, ACTOR));
    io.stdout.write(`${describe(view)}\n`);
  };

export const mailboxPauseCommand = stateCommand(pauseMailbox);
export const mailboxResumeCommand = stateCommand(resumeMailbox);

export async function mailboxRemoveCommand(io: CliIo, name: string): Promise<void> {
  await withMailboxes(io, (deps) => removeMailbox(deps, name, ACTOR));
  io.stdout.write(`Removed mailbox ${name}.\n`);
}

export async function mailboxPasswordCommand(
  io: CliIo,
  name: string,
  opts: { passwordStdin?: boolean },
): Promise<void> {
  if (!opts.passwordStdin) {
    throw cliErrors.passwordStdin('Give the password on stdin with --password-stdin.');
  }
  const password = await readPasswordFromStdin(io, MAILBOX_EXAMPLE);
  const view = await withMailboxes(io, (deps) => updateMailboxPassword(deps, name, password, ACTOR));
  io.stdout.write(`${describe(view)}\n`);
}

export async function mailboxOAuthCommand(io: CliIo, name: string, opts: OAuthOptions): Promise<void> {
  const input = await readOAuthOptions(io, opts);
  const result = await withMailboxes(io, (deps) => setMailboxOAuth(deps, name, input, ACTOR));
  if (!result.ok) throw mailboxErrors.invalidInput(`${optionOf(result.field)}: ${result.message}`);
  io.stdout.write(`${describe(result.mailbox)}\n`);
}

/** The CLI option an input field comes from, so a refusal names what to change. */
function optionOf(field: string): string {
  return field === 'username' ? 'the user' : `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

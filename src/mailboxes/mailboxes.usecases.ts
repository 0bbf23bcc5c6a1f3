import type { AuditActor } from '../audit/audit.models.js';
import { emitAudit } from '../audit/audit.repository.js';
import { draftWhatWaits } from '../draft/draft-waiting.usecases.js';
import { mailboxPurgeJob } from '../dsr/dsr.job.js';
import type { ImapConnection } from '../imap/imap-client.js';
import { enqueueJob } from '../jobs/jobs.repository.js';
import type { DataKeys } from '../keys/subkeys.js';
import type { Clock } from '../shared/clock.js';
import { seal, unseal } from '../shared/crypto.js';
import type { Db, Tx } from '../store/store.js';
import { mailboxErrors } from './mailboxes.errors.js';
import {
  assertSecurityAllowed,
  type MailboxInput,
  type MailboxView,
  mailboxInputSchema,
  oauthSecretAad,
  passwordAad,
  toView,
} from './mailboxes.models.js';
import {
  deleteMailboxRow,
  findMailboxById,
  findMailboxByName,
  insertMailbox,
  listMailboxRows,
  setSealedOAuthSecret,
  setSealedPassword,
  updateMailboxAuth,
  updateMailboxFolders,
  updateMailboxState,
} from './mailboxes.repository.js';
import type { MailboxRow } from './mailboxes.table.js';
import { oauthColumns, resolveAuth } from './oauth-settings.models.js';

export interface MailboxDeps {
  db: Db;
  keys: Pick<DataKeys, 'secrets' | 'audit'>;
  clock: Clock;
  /** VEILDRAFT_IMAP_ALLOW_PLAINTEXT_LOOPBACK */
  allowPlaintextLoopback: boolean;
  /**
   * VEILDRAFT_DRAFT_BACKLOG_HOURS: resuming a mailbox or switching its drafting on drafts its
   * recent mail that could not be drafted. Absent where nothing drafts (tools, some tests).
   */
  draftBacklogHours?: number;
}

/** In the transaction that made drafting possible for a mailbox: its recent undrafted mail is queued. */
export function draftMailboxBacklog(deps: MailboxDeps, tx: Tx, mailboxId: number, at: number): number {
  if (deps.draftBacklogHours === undefined) return 0;
  return draftWhatWaits(tx, { now: at, windowMs: deps.draftBacklogHours * 3_600_000, mailboxId }).queued;
}

export function addMailbox(deps: MailboxDeps, input: MailboxInput, actor: AuditActor): MailboxView {
  const parsed = mailboxInputSchema.safeParse(input);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? 'input';
    throw mailboxErrors.invalidInput(`Invalid mailbox ${field}: ${parsed.error.issues[0]?.message}.`);
  }
  const m = parsed.data;
  assertSecurityAllowed(m.security, m.host, deps.allowPlaintextLoopback);
  const resolved = resolveAuth(m, { allowPlaintextLoopback: deps.allowPlaintextLoopback });
  if (!resolved.ok) throw mailboxErrors.invalidInput(resolved.message);
  const auth = resolved.auth;
  if (findMailboxByName(deps.db, m.name)) {
    throw mailboxErrors.nameTaken(m.name);
  }
  const at = deps.clock.now();
  const id = deps.db.transaction((tx) => {
    const newId = insertMailbox(tx, {
      name: m.name,
      host: m.host,
      port: m.port,
      security: m.security,
      username: m.username,
      authMethod: auth.method,
      ...oauthColumns(auth.method === 'oauth2' ? auth.settings : null),
      caPem: m.caPem ?? null,
      sentFolder: m.sentFolder ?? null,
      draftsFolder: m.draftsFolder ?? null,
      foldersManual: Boolean(m.sentFolder || m.draftsFolder),
      fromAddress: m.fromAddress ?? null,
      fromName: m.fromName ?? null,
      signature: m.signature ?? null,
      draftingEnabled: m.draftingEnabled ?? true,
      createdAt: at,
      updatedAt: at,
    });
    if (auth.method === 'password')
      setSealedPassword(
        tx,
        newId,
        seal(deps.keys.secrets, Buffer.from(auth.password), passwordAad(newId)),
        at,
      );
    else
      setSealedOAuthSecret(
        tx,
        newId,
        seal(deps.keys.secrets, Buffer.from(auth.secret ?? ''), oauthSecretAad(newId)),
        at,
      );
    emitAudit(tx, deps.keys.audit, {
      actor,
      action: 'mailbox.add',
      target: newId,
      metadata: {
        security: m.security,
        port: m.port,
        caPinned: Boolean(m.caPem),
        auth: auth.method,
        provider: auth.method === 'oauth2' ? auth.settings.provider : null,
      },
      at,
    });
    return newId;
  });
  return toView(findMailboxById(deps.db, id)!);
}

export function listMailboxes(db: Db): MailboxView[] {
  return listMailboxRows(db).map(toView);
}

/** By name, or by id when given a number or a string of digits that is not also a name. */
export function requireMailbox(db: Db, ref: string | number): MailboxRow {
  const row =
    typeof ref === 'number'
      ? findMailboxById(db, ref)
      : (findMailboxByName(db, ref) ?? (/^\d+$/.test(ref) ? findMailboxById(db, Number(ref)) : undefined));
  if (!row) throw mailboxErrors.notFound(ref);
  return row;
}

export function pauseMailbox(deps: MailboxDeps, ref: string | number, actor: AuditActor): MailboxView {
  return changeState(deps, ref, actor, 'pause');
}

/** Back to `active`: sync tries again at once (also the way out of `auth_failed` / `unreachable`). */
export function resumeMailbox(deps: MailboxDeps, ref: string | number, actor: AuditActor): MailboxView {
  return changeState(deps, ref, actor, 'resume');
}

function changeState(
  deps: MailboxDeps,
  ref: string | number,
  actor: AuditActor,
  verb: 'pause' | 'resume',
): MailboxView {
  const row = requireMailbox(deps.db, ref);
  const at = deps.clock.now();
  deps.db.transaction((tx) => {
    updateMailboxState(tx, row.id, verb === 'pause' ? 'paused' : 'active', null, at);
    const draftsQueued = verb === 'resume' ? draftMailboxBacklog(deps, tx, row.id, at) : 0;
    emitAudit(tx, deps.keys.audit, {
      actor,
      action: `mailbox.${verb}`,
      target: row.id,
      metadata: { from: row.state, ...(draftsQueued ? { draftsQueued } : {}) },
      at,
    });
  });
  return toView(findMailboxById(deps.db, row.id)!);
}

/**
 * Removes the mailbox (sync stops for it at once) and queues, in the same transaction, the job
 * that deletes everything derived from it (dsr/mailbox-purge.usecases.ts). Ids are never reused
 * (AUTOINCREMENT), so a new mailbox cannot inherit the old one's rows while the job waits.
 */
export function removeMailbox(
  deps: MailboxDeps,
  ref: string | number,
  actor: AuditActor,
  maxAttempts = 5,
): void {
  const row = requireMailbox(deps.db, ref);
  const at = deps.clock.now();
  deps.db.transaction((tx) => {
    deleteMailboxRow(tx, row.id);
    enqueueJob(
      tx,
      mailboxPurgeJob,
      { payload: { mailboxId: row.id }, idempotencyKey: `mailbox.purge:${row.id}`, maxAttempts },
      at,
    );
    emitAudit(tx, deps.keys.audit, { actor, action: 'mailbox.remove', target: row.id, at });
  });
}

/**
 * New password (e.g. after an `auth_failed`): sealed, audited, and the mailbox is retried at once.
 * An OAuth2 mailbox switches back to the password, and its OAuth2 settings and secret are dropped.
 */
export function updateMailboxPassword(
  deps: MailboxDeps,
  ref: string | number,
  password: string,
  actor: AuditActor,
): MailboxView {
  if (!password) throw mailboxErrors.invalidInput('The password is empty.');
  const row = requireMailbox(deps.db, ref);
  const at = deps.clock.now();
  deps.db.transaction((tx) => {
    const passwordSealed = seal(deps.keys.secrets, Buffer.from(password), passwordAad(row.id));
    if (row.authMethod === 'password') setSealedPassword(tx, row.id, passwordSealed, at);
    else
      updateMailboxAuth(
        tx,
        row.id,
        { authMethod: 'password', ...oauthColumns(null), oauthSecretSealed: null, passwordSealed },
        at,
      );
    if (row.state === 'auth_failed') updateMailboxState(tx, row.id, 'active', null, at);
    emitAudit(tx, deps.keys.audit, {
      actor,
      action: 'mailbox.password_change',
      target: row.id,
      metadata: { from: row.authMethod },
      at,
    });
  });
  return toView(findMailboxById(deps.db, row.id)!);
}

/** Manual folder override (`manual: true`), or clearing it so SPECIAL-USE discovery applies again. */
export function setMailboxFolders(
  deps: MailboxDeps,
  ref: string | number,
  folders: { sent: string | null; drafts: string | null },
  manual: boolean,
  actor: AuditActor,
): MailboxView {
  const row = requireMailbox(deps.db, ref);
  const at = deps.clock.now();
  deps.db.transaction((tx) => {
    updateMailboxFolders(tx, row.id, folders, manual, at);
    emitAudit(tx, deps.keys.audit, {
      actor,
      action: 'mailbox.folders_set',
      target: row.id,
      metadata: { manual },
      at,
    });
  });
  return toView(findMailboxById(deps.db, row.id)!);
}

/** Folders found by SPECIAL-USE, stored unless an operator overrode them. System action: not audited. */
export function recordDiscoveredFolders(
  db: Db,
  row: MailboxRow,
  folders: { sent: string | null; drafts: string | null },
  at: number,
): void {
  if (row.foldersManual) return;
  if (row.sentFolder === folders.sent && row.draftsFolder === folders.drafts) return;
  updateMailboxFolders(db, row.id, folders, false, at);
}

/**
 * State set by the sync engine (`auth_failed`, `unreachable`, `backfilling`, `active`). A paused
 * mailbox stays paused: only an operator resumes it.
 */
export function recordMailboxState(
  db: Db,
  id: number,
  state: 'active' | 'auth_failed' | 'unreachable' | 'backfilling',
  errorCode: string | null,
  at: number,
): void {
  const row = findMailboxById(db, id);
  if (!row || row.state === 'paused') return;
  updateMailboxState(db, id, state, errorCode ? { code: errorCode, at } : null, at);
}

/**
 * What the IMAP client factory needs, with the password unsealed (keep it in memory only). An
 * OAuth2 mailbox has no password: its access token comes from `MailboxTokens` (connectMailbox).
 */
export function mailboxConnection(row: MailboxRow, keys: Pick<DataKeys, 'secrets'>): ImapConnection {
  return {
    mailboxId: row.id,
    host: row.host,
    port: row.port,
    security: row.security,
    username: row.username,
    password:
      row.authMethod === 'password'
        ? unseal(keys.secrets, row.passwordSealed, passwordAad(row.id)).toString('utf8')
        : '',
    caPem: row.caPem,
  };
}

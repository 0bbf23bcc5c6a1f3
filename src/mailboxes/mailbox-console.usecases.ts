import { z } from 'zod';
import type { AuditActor } from '../audit/audit.models.js';
import { emitAudit } from '../audit/audit.repository.js';
import { attempt } from '../shared/errors.js';
import type { Db } from '../store/store.js';
import {
  countQuarantineByMailbox,
  listFolderProgress,
  listQuarantineRows,
} from '../sync/sync-status.repository.js';
import { type Diagnosis, testConnection } from './connection-test.js';
import { mailboxErrors } from './mailboxes.errors.js';
import {
  assertSecurityAllowed,
  type MailboxInput,
  type MailboxView,
  mailboxInputSchema,
  parseFromOption,
  toView,
} from './mailboxes.models.js';
import { findMailboxById, updateMailboxDrafting } from './mailboxes.repository.js';
import {
  addMailbox,
  draftMailboxBacklog,
  listMailboxes,
  type MailboxDeps,
  requireMailbox,
} from './mailboxes.usecases.js';
import { resolveAuth } from './oauth-settings.models.js';
import { requestToken } from './oauth-tokens.js';

export interface FolderProgress {
  role: 'inbox' | 'sent';
  folder: string;
  done: number;
  total: number;
  finished: boolean;
}

export interface MailboxStatus {
  mailbox: MailboxView;
  folders: FolderProgress[];
  /** Sum over folders; null before the first sync has counted anything. */
  backfill: { done: number; total: number } | null;
  quarantined: number;
}

/** Per mailbox: state, last error, backfill progress from folder_state, quarantine count. */
export function mailboxStatuses(db: Db): MailboxStatus[] {
  const progress = listFolderProgress(db);
  const quarantined = countQuarantineByMailbox(db);
  return listMailboxes(db).map((mailbox) => {
    const folders = progress
      .filter((p) => p.mailboxId === mailbox.id)
      .map((p) => ({
        role: p.role,
        folder: p.folder,
        done: Math.min(p.done, p.total),
        total: p.total,
        finished: p.finishedAt != null,
      }));
    const backfill =
      folders.length === 0
        ? null
        : {
            done: folders.reduce((s, f) => s + f.done, 0),
            total: folders.reduce((s, f) => s + f.total, 0),
          };
    return { mailbox, folders, backfill, quarantined: quarantined.get(mailbox.id) ?? 0 };
  });
}

export interface QuarantineEntry {
  id: number;
  mailbox: string;
  folder: string;
  uidValidity: number;
  uid: number;
  reason: string;
  size: number;
  at: number;
}

export function quarantineEntries(db: Db, limit = 500): QuarantineEntry[] {
  const names = new Map(listMailboxes(db).map((m) => [m.id, m.name]));
  return listQuarantineRows(db, limit).map((r) => ({
    ...r,
    mailbox: names.get(r.mailboxId) ?? `#${r.mailboxId} (removed)`,
  }));
}

export type AddResult =
  | { ok: true; mailbox: MailboxView; diagnosis: Diagnosis }
  | { ok: false; field?: string; message: string; diagnosis?: Diagnosis };

export type ConnectionTester = typeof testConnection;

/**
 * Validates, runs the connection test, and saves only when the test passes, so a mailbox in
 * the list is one that worked at least once. Bad input never reaches the network.
 */
export async function testAndAddMailbox(
  deps: MailboxDeps,
  input: MailboxInput & { from?: string },
  actor: AuditActor,
  tester: ConnectionTester = testConnection,
): Promise<AddResult> {
  const { from: fromText, ...rest } = input;
  const parsedFrom = await attempt(() => (fromText?.trim() ? parseFromOption(fromText) : undefined));
  if (!parsedFrom.ok) return { ok: false, field: 'from', message: parsedFrom.error.message };
  const from = parsedFrom.value;
  const parsed = mailboxInputSchema.safeParse({ ...rest, fromAddress: from?.address, fromName: from?.name });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'input';
    return { ok: false, field, message: `Invalid ${field}: ${issue?.message ?? 'not accepted'}.` };
  }
  const m = parsed.data;
  const allowed = await attempt(() => assertSecurityAllowed(m.security, m.host, deps.allowPlaintextLoopback));
  if (!allowed.ok) return { ok: false, field: 'security', message: allowed.error.message };
  const resolved = resolveAuth(m, { allowPlaintextLoopback: deps.allowPlaintextLoopback });
  if (!resolved.ok) return { ok: false, field: resolved.field, message: resolved.message };
  const { auth } = resolved;
  const timeoutMs = 10_000;
  const diagnosis = await tester(
    {
      host: m.host,
      port: m.port,
      security: m.security,
      username: m.username,
      password: auth.method === 'password' ? auth.password : '',
      caPem: m.caPem,
    },
    {
      timeoutMs,
      ...(auth.method === 'oauth2'
        ? {
            token: async () =>
              (
                await requestToken(auth.settings, auth.secret ?? '', m.username, {
                  now: () => deps.clock.now(),
                  timeoutMs,
                })
              ).accessToken,
          }
        : {}),
    },
  );
  if (!diagnosis.ok)
    return { ok: false, message: 'The connection test failed; nothing was saved.', diagnosis };
  const added = await attempt(() =>
    addMailbox(deps, { ...m, sentFolder: undefined, draftsFolder: undefined }, actor),
  );
  if (!added.ok) return { ok: false, field: 'name', message: added.error.message, diagnosis };
  return { ok: true, mailbox: added.value, diagnosis };
}

const draftingSchema = z.object({
  draftingEnabled: z.boolean(),
  signature: z.string().max(4000),
  from: z.string().max(400),
});

/** Drafting on/off, signature and the agent's From address: audited with ids and flags only. */
export function setMailboxDrafting(
  deps: MailboxDeps,
  ref: string | number,
  input: z.input<typeof draftingSchema>,
  actor: AuditActor,
): MailboxView {
  const parsed = draftingSchema.safeParse(input);
  if (!parsed.success) throw mailboxErrors.invalidInput('The signature or From address is too long.');
  const s = parsed.data;
  const from = s.from.trim() ? parseFromOption(s.from) : null;
  const row = requireMailbox(deps.db, ref);
  const at = deps.clock.now();
  deps.db.transaction((tx) => {
    updateMailboxDrafting(
      tx,
      row.id,
      {
        draftingEnabled: s.draftingEnabled,
        signature: s.signature.trim() ? s.signature : null,
        fromAddress: from?.address ?? null,
        fromName: from?.name ?? null,
      },
      at,
    );
    // Switched on: mail that failed because drafting was off is drafted now, not at a restart.
    const draftsQueued =
      s.draftingEnabled && !row.draftingEnabled ? draftMailboxBacklog(deps, tx, row.id, at) : 0;
    emitAudit(tx, deps.keys.audit, {
      actor,
      action: 'mailbox.drafting_set',
      target: row.id,
      metadata: {
        draftingEnabled: s.draftingEnabled,
        signatureSet: Boolean(s.signature.trim()),
        fromSet: Boolean(from),
        ...(draftsQueued ? { draftsQueued } : {}),
      },
      at,
    });
  });
  return toView(findMailboxById(deps.db, row.id)!);
}

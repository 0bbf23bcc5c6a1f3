import type { AuditActor } from '../audit/audit.models.js';
import { emitAudit, storedActor } from '../audit/audit.repository.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import { enqueueJob } from '../jobs/jobs.repository.js';
import { getConversations } from '../knowledge/knowledge.repository.js';
import { categoryLabel, type RetentionPeriod } from '../retention/retention.models.js';
import { loadPeriods } from '../retention/retention.usecases.js';
import { dsrErrors } from './dsr.errors.js';
import { dsrEraseJob } from './dsr.job.js';
import {
  dueDate,
  type ErasureCertificate,
  kindLabel,
  type RequestInput,
  requestInputSchema,
} from './dsr.models.js';
import { dataRegistry } from './dsr.registry.js';
import {
  auditRowsOfConversations,
  exportDrafts,
  exportMessages,
  exportThreads,
  getRequest,
  insertRequest,
  listRequests,
  overdueRequests,
  requestsOfPseudonyms,
  setRequestStatus,
} from './dsr.repository.js';
import type { DsrRequestRow } from './dsr.table.js';
import {
  findSubject,
  personTables,
  type SubjectFindings,
  subjectOfEmail,
  subjectOfPseudonym,
} from './subject.usecases.js';

export type DsrDeps = Pick<ConsoleDeps, 'db' | 'keys' | 'clock'>;

const DAY = 86_400_000;

/** Logs a request in the tracker (received date, due in one month), audited with it. */
export function receiveRequest(deps: DsrDeps, input: RequestInput, actor: AuditActor): DsrRequestRow {
  const parsed = requestInputSchema.safeParse(input);
  if (!parsed.success) throw dsrErrors.invalidInput(parsed.error.issues[0]!.message);
  const v = parsed.data;
  const now = deps.clock.now();
  const receivedAt = v.receivedOn ? Date.parse(`${v.receivedOn}T12:00:00Z`) : now;
  if (Number.isNaN(receivedAt) || receivedAt > now + DAY)
    throw dsrErrors.invalidInput('The date received cannot be in the future.');
  const pseudonym = subjectOfEmail(deps.db, deps.keys, v.email).pseudonym;
  const id = deps.db.transaction((tx) => {
    const newId = insertRequest(tx, {
      kind: v.kind,
      pseudonym,
      reference: v.reference || null,
      receivedAt,
      dueAt: dueDate(receivedAt),
      handler: storedActor(actor),
      at: now,
    });
    emitAudit(tx, deps.keys.audit, {
      actor,
      action: 'dsr.receive',
      target: `dsr:${newId}`,
      metadata: { kind: v.kind, reference: v.reference || null },
      at: now,
    });
    return newId;
  });
  return getRequest(deps.db, id)!;
}

export function requireRequest(deps: Pick<DsrDeps, 'db'>, id: number): DsrRequestRow {
  const row = getRequest(deps.db, id);
  if (!row) throw dsrErrors.notFound(id);
  return row;
}

export function listDsrRequests(deps: Pick<DsrDeps, 'db'>): DsrRequestRow[] {
  return listRequests(deps.db);
}

export function overdueDsrRequests(deps: Pick<DsrDeps, 'db' | 'clock'>): DsrRequestRow[] {
  return overdueRequests(deps.db, deps.clock.now());
}

/** What the appliance holds about an address, counted per table (nothing changes; not audited). */
export function findByEmail(deps: DsrDeps, email: string): SubjectFindings {
  const parsed = requestInputSchema.shape.email.safeParse(email);
  if (!parsed.success) throw dsrErrors.invalidInput(parsed.error.issues[0]!.message);
  return findSubject(deps.db, subjectOfEmail(deps.db, deps.keys, parsed.data));
}

/**
 * The access request's answer (Art. 15): every row the registry relates to the person, as JSON,
 * with a plain-language summary. Audited; an access request is marked done by it.
 */
export function exportRequest(
  deps: DsrDeps,
  requestId: number,
  actor: AuditActor,
): { json: string; summary: string } {
  const request = requireRequest(deps, requestId);
  const out = buildExport(deps, subjectOfPseudonym(deps.db, deps.keys, request.pseudonym), request);
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    emitAudit(tx, deps.keys.audit, {
      actor,
      action: 'dsr.export',
      target: `dsr:${requestId}`,
      metadata: {
        messages: out.findings.counts.messages ?? 0,
        conversations: out.findings.counts.conversations ?? 0,
      },
      at: now,
    });
    if (request.kind === 'access' && request.status === 'open')
      setRequestStatus(tx, requestId, { status: 'done', at: now, handler: storedActor(actor) });
  });
  return { json: out.json, summary: out.summary };
}

function buildExport(deps: DsrDeps, subject: ReturnType<typeof subjectOfPseudonym>, request: DsrRequestRow) {
  const findings = findSubject(deps.db, subject);
  // backfillMonths only bounds the purge's cut, not the periods shown here.
  const retention = loadPeriods({ db: deps.db, env: { backfillMonths: 0 } });
  const data = {
    generatedAt: new Date(deps.clock.now()).toISOString(),
    request: { id: request.id, reference: request.reference, receivedAt: iso(request.receivedAt) },
    subject: { pseudonym: subject.pseudonym },
    counts: findings.counts,
    messages: exportMessages(deps.db, findings.messageIds),
    threads: exportThreads(deps.db, findings.threadIds),
    conversations: getConversations(deps.db, findings.conversationIds).map((c) => ({
      id: c.id,
      mailboxId: c.mailboxId,
      lang: c.lang,
      customerText: c.customerText,
      replyText: c.replyText,
      customerAt: iso(c.customerAt),
      replyAt: iso(c.replyAt),
      status: c.status,
    })),
    drafts: exportDrafts(deps.db, findings.messageIds),
    auditReferences: auditRowsOfConversations(deps.db, findings.conversationIds),
    consoleAccounts: subject.accounts.map((a) => ({
      username: a.username,
      role: a.role,
      createdAt: iso(a.createdAt),
    })),
    requests: requestsOfPseudonyms(deps.db, [subject.pseudonym]).map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      receivedAt: iso(r.receivedAt),
    })),
  };
  return {
    findings,
    json: `${JSON.stringify(data, null, 2)}\n`,
    summary: exportSummary(findings, retention),
  };
}

function iso(at: number | null): string | null {
  return at === null ? null : new Date(at).toISOString();
}

/** The summary a person can read: what is held, why, since when, and for how long. */
export function exportSummary(f: SubjectFindings, retention: readonly RetentionPeriod[]): string {
  const lines = [
    'What this appliance holds about you',
    '',
    'This appliance drafts replies to customer e-mail for the organisation. It never stores the',
    'text of your e-mails as written: it keeps dates and sizes, your address only as a keyed code',
    '(a pseudonym), and copies of conversations from which names, addresses, numbers and other',
    'details were removed.',
    '',
    f.firstSeen === null
      ? 'No e-mail from or to you was found.'
      : `Since: ${iso(f.firstSeen)!.slice(0, 10)} (your first e-mail found); latest: ${iso(f.lastSeen)!.slice(0, 10)}.`,
    '',
  ];
  for (const table of personTables()) {
    const n = f.counts[table] ?? 0;
    if (n === 0) continue;
    lines.push(`- ${table}: ${n} — ${dataRegistry[table as keyof typeof dataRegistry].purpose}`);
  }
  lines.push(
    '',
    'How long it is kept:',
    ...retention
      .filter((p) => p.category !== 'audit')
      .map((p) => `- ${categoryLabel(p.category).toLowerCase()}: ${p.days} days`),
    '- the audit log: by its own retention period (ids and codes only)',
    '',
    'You may ask for erasure; the organisation answers within one month.',
  );
  return `${lines.join('\n')}\n`;
}

/** Erasure (Art. 17) runs as a durable job; queued here, with its audit row, in one transaction. */
export function requestErasure(
  deps: DsrDeps,
  requestId: number,
  actor: AuditActor,
  maxAttempts: number,
): void {
  const request = requireRequest(deps, requestId);
  if (request.kind !== 'erasure')
    throw dsrErrors.wrongState('This is an access request; it is answered by an export.');
  if (request.status !== 'open') throw dsrErrors.wrongState(`Request ${requestId} is ${request.status}.`);
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    setRequestStatus(tx, requestId, { status: 'erasing', at: now, handler: storedActor(actor) });
    enqueueJob(
      tx,
      dsrEraseJob,
      { payload: { requestId }, idempotencyKey: `dsr.erase:${requestId}`, maxAttempts },
      now,
    );
    emitAudit(tx, deps.keys.audit, {
      actor,
      action: 'dsr.erase_request',
      target: `dsr:${requestId}`,
      at: now,
    });
  });
}

/** Closing without action (a request refused, e.g. identity not confirmed), audited. */
export function rejectRequest(deps: DsrDeps, requestId: number, actor: AuditActor): void {
  const request = requireRequest(deps, requestId);
  if (request.status !== 'open') throw dsrErrors.wrongState(`Request ${requestId} is ${request.status}.`);
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    setRequestStatus(tx, requestId, { status: 'rejected', at: now, handler: storedActor(actor) });
    emitAudit(tx, deps.keys.audit, { actor, action: 'dsr.reject', target: `dsr:${requestId}`, at: now });
  });
}

export function certificateOf(deps: Pick<DsrDeps, 'db'>, requestId: number): ErasureCertificate {
  const request = requireRequest(deps, requestId);
  if (!request.certificate) throw dsrErrors.wrongState(`Request ${requestId} has no certificate yet.`);
  return JSON.parse(request.certificate);
}

export { kindLabel };

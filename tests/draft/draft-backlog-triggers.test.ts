import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftKeyFor } from '../../src/draft/draft.models.js';
import { draftAgain, draftableBacklog, draftBacklogAgain } from '../../src/draft/draft-again.usecases.js';
import { createDraftsRepository } from '../../src/draft/drafts.repository.js';
import { drafts } from '../../src/draft/drafts.table.js';
import { commitIngestBatch } from '../../src/ingest/ingest.commit.js';
import { jobs } from '../../src/jobs/jobs.table.js';
import type { DataKeys } from '../../src/keys/subkeys.js';
import {
  addMailbox,
  type MailboxDeps,
  pauseMailbox,
  resumeMailbox,
} from '../../src/mailboxes/mailboxes.usecases.js';
import { systemClock } from '../../src/shared/clock.js';
import type { Store } from '../../src/store/store.js';
import { preparedCustomerMail } from '../support/prepared-mail.js';
import { tempAppliance } from '../support/temp-appliance.js';

/**
 * Which undrafted mail is queued again when drafting becomes possible, on the real encrypted
 * store: a mailbox resumed, or "Draft N waiting" on the console. Recent mail that failed for a
 * model or mailbox-off reason is queued in the transaction of the change and its audit event;
 * older mail and other failures are left as they are, and mail that waited too long is closed.
 */
const HOUR = 3_600_000;

describe('drafting undrafted mail again when drafting becomes possible', () => {
  let temp: ReturnType<typeof tempAppliance>;
  let store: Store;
  let keys: DataKeys;
  let deps: MailboxDeps;
  let mailboxId: number;
  const now = Date.now();
  // uid → [hours ago, draft status, reason]
  const cases: Record<number, [number, 'failed' | 'waiting', string]> = {
    1: [2, 'failed', 'llm.timeout'],
    2: [3, 'failed', 'draft.mailbox_off'],
    3: [4, 'waiting', 'llm.model_missing'],
    4: [30, 'failed', 'llm.timeout'],
    5: [30, 'waiting', 'llm.model_missing'],
    6: [2, 'failed', 'draft.check_failed'],
  };

  const messageRows = () =>
    store.sqlite.prepare('SELECT id, uid FROM messages ORDER BY uid').all() as { id: number; uid: number }[];
  const byUid = () => {
    const rows = store.db.select().from(drafts).all();
    const jobRows = store.db.select().from(jobs).all();
    return Object.fromEntries(
      messageRows().map((m) => {
        const d = rows.find((r) => r.messageRowId === m.id)!;
        const j = jobRows.find((r) => r.idempotencyKey === `draft:${m.id}`)!;
        return [m.uid, [d.status, d.failureCode, j.state]];
      }),
    );
  };
  const lastAudit = (action: string) =>
    JSON.parse(
      (
        store.sqlite
          .prepare('SELECT metadata FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1')
          .get(action) as { metadata: string }
      ).metadata,
    );

  beforeAll(() => {
    temp = tempAppliance();
    ({ store, keys } = temp.open());
    deps = { db: store.db, keys, clock: systemClock, allowPlaintextLoopback: false, draftBacklogHours: 24 };
    mailboxId = addMailbox(
      deps,
      { name: 'Backlog', host: 'imap.example.org', port: 993, security: 'tls', username: 'u', password: 'p' },
      { kind: 'cli' },
    ).id;
    commitIngestBatch(store.db, {
      ref: { mailboxId, folder: 'INBOX', role: 'inbox', uidValidity: 1 },
      prepared: Object.entries(cases).map(([uid, [hours]]) =>
        preparedCustomerMail(Number(uid), now - hours * HOUR, mailboxId),
      ),
      state: {
        mailboxId,
        role: 'inbox',
        folder: 'INBOX',
        uidValidity: 1,
        lastUid: 6,
        highestModseq: null,
        backfillDone: 0,
        backfillTotal: 0,
        backfillFinishedAt: null,
        liveSince: now - 100 * HOUR,
        updatedAt: now,
      },
      threadWindowMs: 30 * 24 * HOUR,
      jobMaxAttempts: 3,
      draftBacklogMs: 0,
      now,
    });
    // Each draft job ran and ended as the case says (done, or dead for a failed model).
    const repo = createDraftsRepository(store.db);
    for (const m of messageRows()) {
      const [, status, failureCode] = cases[m.uid]!;
      const draftKey = draftKeyFor(mailboxId, m.id);
      repo.ensure({ mailboxId, draftKey, messageId: `<vd-${m.id}@acme.example>`, at: now });
      repo.recordOutcome(draftKey, { messageRowId: m.id, status, failureCode });
      store.db
        .update(jobs)
        .set({ state: status === 'failed' ? 'dead' : 'done' })
        .where(eq(jobs.idempotencyKey, `draft:${m.id}`))
        .run();
    }
  });
  afterAll(() => {
    store?.close();
    temp?.cleanup();
  });

  it('resuming a mailbox queues its recent mail that failed for a model or mailbox-off reason, audited with the count', () => {
    expect(draftableBacklog({ db: store.db, clock: systemClock }, mailboxId, 24)).toBe(3);
    pauseMailbox(deps, mailboxId, { kind: 'cli' });
    expect(lastAudit('mailbox.pause')).not.toHaveProperty('draftsQueued');
    resumeMailbox(deps, mailboxId, { kind: 'cli' });
    expect(byUid()).toEqual({
      1: ['pending', null, 'queued'],
      2: ['pending', null, 'queued'],
      3: ['pending', null, 'queued'],
      4: ['failed', 'llm.timeout', 'dead'],
      5: ['failed', 'draft.waited_too_long', 'done'],
      6: ['failed', 'draft.check_failed', 'dead'],
    });
    expect(lastAudit('mailbox.resume')).toMatchObject({ draftsQueued: 3 });
    expect(draftableBacklog({ db: store.db, clock: systemClock }, mailboxId, 24)).toBe(0);
  });

  it('"Draft N waiting" with a wider window reaches older mail; nothing queued twice', () => {
    expect(draftBacklogAgain(deps, { mailboxId, backlogHours: 48, actor: { kind: 'cli' } })).toEqual({
      queued: 1,
    });
    expect(byUid()[4]).toEqual(['pending', null, 'queued']);
    expect(lastAudit('draft.backlog_again')).toEqual({ queued: 1, expired: 0 });
    expect(draftBacklogAgain(deps, { mailboxId, backlogHours: 48, actor: { kind: 'cli' } })).toEqual({
      queued: 0,
    });
  });

  it('"Draft again" runs a finished job again (any failure reason) and refuses one that is queued', () => {
    const draftIdOf = (uid: number) => {
      const m = messageRows().find((r) => r.uid === uid)!;
      return store.db
        .select()
        .from(drafts)
        .all()
        .find((d) => d.messageRowId === m.id)!.id;
    };
    const again = (uid: number) =>
      draftAgain(deps, { draftId: draftIdOf(uid), mailboxIds: [mailboxId], actor: { kind: 'cli' } });
    expect(again(6)).toEqual({ mailboxId });
    expect(byUid()[6]).toEqual(['pending', null, 'queued']);
    expect(lastAudit('draft.again')).toEqual({ mailboxId, was: 'failed' });
    expect(() => again(6)).toThrow(expect.objectContaining({ code: 'draft.already_queued' }));
  });
});

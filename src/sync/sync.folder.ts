import type { ImapFlow } from 'imapflow';
import { type BatchCounts, commitIngestBatch, emptyCounts } from '../ingest/ingest.commit.js';
import { type FolderStateRow, getFolderState, putFolderState } from '../ingest/ingest.repository.js';
import {
  type FetchedMessage,
  type FolderRef,
  type IngestSettings,
  type MailboxIdentity,
  type Prepared,
  prepareMessage,
} from '../ingest/ingest.usecases.js';
import type { FolderRole } from '../ingest/message.models.js';
import type { Logger } from '../shared/logger.js';
import type { Db } from '../store/store.js';
import { backfillSince, planBatches, type SizedUid, uidSet } from './sync.models.js';

export interface FolderSyncSettings extends IngestSettings {
  batchSize: number;
  batchBytes: number;
  backfillMonths: number;
  progressLogMs: number;
}

export interface FolderSyncDeps {
  db: Db;
  logger: Logger;
  now: () => number;
  settings: FolderSyncSettings;
  onBatch?: (e: { mailboxId: number; role: FolderRole; counts: BatchCounts; state: FolderStateRow }) => void;
}

const SIZE_CHUNK = 2000;

/**
 * Brings one folder up to date: everything after the checkpoint UID (within the backfill
 * window) is fetched in UID order, in batches, each committed with its checkpoint. The folder
 * is opened read-only (EXAMINE) and fetched with BODY.PEEK, so the server never changes: no
 * \Seen, no \Recent taken, no flags, moves or deletes.
 */
export async function syncFolder(
  client: ImapFlow,
  deps: FolderSyncDeps,
  mailbox: MailboxIdentity,
  role: FolderRole,
  path: string,
): Promise<{ counts: BatchCounts; uidNext: number }> {
  const { db, logger, settings } = deps;
  const box = await client.mailboxOpen(path, { readOnly: true });
  const uidValidity = Number(box.uidValidity);
  const now = deps.now();
  let state = getFolderState(db, mailbox.id, role);
  if (!state || state.uidValidity !== uidValidity || state.folder !== path) {
    if (state) {
      // New UIDVALIDITY or another folder: UIDs mean nothing any more. Fetch again from the
      // start; the Message-ID + header hash dedupe keeps every message stored once.
      logger.warn(
        { mailboxId: mailbox.id, role, code: 'mail.folder_resync', folderChanged: state.folder !== path },
        'folder changed identity; resyncing',
      );
    }
    state = {
      mailboxId: mailbox.id,
      role,
      folder: path,
      uidValidity,
      lastUid: 0,
      highestModseq: null,
      backfillDone: 0,
      backfillTotal: 0,
      backfillFinishedAt: null,
      liveSince: state?.liveSince ?? Math.floor(now / 1000) * 1000,
      updatedAt: now,
    };
  }
  const total = emptyCounts();
  if (box.exists === 0 || box.uidNext <= state.lastUid + 1) {
    finishBackfill(deps, state, box.highestModseq, total);
    return { counts: total, uidNext: box.uidNext };
  }

  const found = await client.search(
    { uid: `${state.lastUid + 1}:*`, since: backfillSince(now, settings.backfillMonths) },
    { uid: true },
  );
  const pending = (found || []).filter((u) => u > state!.lastUid).sort((a, b) => a - b);
  const backfilling = state.backfillFinishedAt === null;
  if (backfilling) state.backfillTotal = state.backfillDone + pending.length;
  const ref: FolderRef = { mailboxId: mailbox.id, folder: path, role, uidValidity };
  let lastLog = deps.now();
  const timing = { fetchMs: 0, parseMs: 0, commitMs: 0 };

  for (let i = 0; i < pending.length; i += SIZE_CHUNK) {
    const chunk = pending.slice(i, i + SIZE_CHUNK);
    const sized: (SizedUid & { internalDate: number })[] = [];
    for await (const m of client.fetch(
      uidSet(chunk),
      { uid: true, size: true, internalDate: true },
      { uid: true },
    )) {
      sized.push({ uid: m.uid, size: m.size ?? 0, internalDate: dateOf(m.internalDate, now) });
    }
    const dates = new Map(sized.map((s) => [s.uid, s.internalDate]));
    const batches = planBatches(sized, {
      maxCount: settings.batchSize,
      maxBytes: settings.batchBytes,
      maxMessageBytes: settings.limits.maxBytes,
    });
    for (const batch of batches) {
      let t = performance.now();
      const fetched = await fetchBatch(client, batch.fetch, batch.oversized, sized, dates, now);
      timing.fetchMs += performance.now() - t;
      t = performance.now();
      const prepared: Prepared[] = [];
      for (const m of fetched) prepared.push(await prepareMessage(settings, mailbox, ref, m));
      timing.parseMs += performance.now() - t;
      t = performance.now();
      const maxUid = Math.max(...fetched.map((m) => m.uid), state.lastUid);
      state = {
        ...state,
        lastUid: maxUid,
        backfillDone: backfilling ? state.backfillDone + fetched.length : state.backfillDone,
        highestModseq: box.highestModseq !== undefined ? String(box.highestModseq) : null,
        updatedAt: deps.now(),
      };
      const counts = commitIngestBatch(db, {
        ref,
        prepared,
        state,
        threadWindowMs: settings.threadWindowMs,
        jobMaxAttempts: settings.jobMaxAttempts,
        draftBacklogMs: settings.draftBacklogMs,
        now: deps.now(),
      });
      timing.commitMs += performance.now() - t;
      add(total, counts);
      deps.onBatch?.({ mailboxId: mailbox.id, role, counts, state });
      if (backfilling && deps.now() - lastLog >= settings.progressLogMs) {
        lastLog = deps.now();
        logger.info(
          { mailboxId: mailbox.id, role, done: state.backfillDone, total: state.backfillTotal },
          'backfill progress',
        );
      }
    }
  }
  finishBackfill(deps, state, box.highestModseq, total);
  logger.debug(
    {
      mailboxId: mailbox.id,
      role,
      fetchMs: Math.round(timing.fetchMs),
      parseMs: Math.round(timing.parseMs),
      commitMs: Math.round(timing.commitMs),
    },
    'folder sync timing',
  );
  return { counts: total, uidNext: box.uidNext };
}

function finishBackfill(
  deps: FolderSyncDeps,
  state: FolderStateRow,
  modseq: bigint | undefined,
  total: BatchCounts,
): void {
  const wasBackfilling = state.backfillFinishedAt === null;
  const next: FolderStateRow = {
    ...state,
    backfillFinishedAt: state.backfillFinishedAt ?? deps.now(),
    highestModseq: modseq !== undefined ? String(modseq) : state.highestModseq,
    updatedAt: deps.now(),
  };
  // Only when something changed: an idle mailbox is re-checked every poll, with nothing to write.
  if (wasBackfilling || next.highestModseq !== state.highestModseq) putFolderState(deps.db, next);
  if (wasBackfilling) {
    deps.logger.info(
      {
        mailboxId: state.mailboxId,
        role: state.role,
        done: next.backfillDone,
        total: next.backfillTotal,
        ...total,
      },
      'backfill finished',
    );
  }
}

async function fetchBatch(
  client: ImapFlow,
  whole: number[],
  oversized: number[],
  sized: SizedUid[],
  dates: Map<number, number>,
  now: number,
): Promise<FetchedMessage[]> {
  const sizes = new Map(sized.map((s) => [s.uid, s.size]));
  const out: FetchedMessage[] = [];
  if (whole.length > 0) {
    for await (const m of client.fetch(uidSet(whole), { uid: true, source: true }, { uid: true })) {
      out.push({
        uid: m.uid,
        size: sizes.get(m.uid) ?? m.source?.length ?? 0,
        internalDate: dates.get(m.uid) ?? now,
        source: m.source,
      });
    }
  }
  if (oversized.length > 0) {
    for await (const m of client.fetch(uidSet(oversized), { uid: true, headers: true }, { uid: true })) {
      out.push({
        uid: m.uid,
        size: sizes.get(m.uid) ?? 0,
        internalDate: dates.get(m.uid) ?? now,
        headerBlock: m.headers,
      });
    }
  }
  return out.sort((a, b) => a.uid - b.uid);
}

function dateOf(d: Date | string | undefined, fallback: number): number {
  if (!d) return fallback;
  const t = (d instanceof Date ? d : new Date(d)).getTime();
  return Number.isNaN(t) ? fallback : t;
}

function add(into: BatchCounts, c: BatchCounts): void {
  into.inserted += c.inserted;
  into.duplicates += c.duplicates;
  into.quarantined += c.quarantined;
  into.draftJobs += c.draftJobs;
  into.learnJobs += c.learnJobs;
}

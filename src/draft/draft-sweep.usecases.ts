import type { ImapFlow } from 'imapflow';
import type { Logger } from '../shared/logger.js';
import type { Db } from '../store/store.js';
import { uidSet } from '../sync/sync.models.js';
import { DRAFT_KEY_HEADER } from './draft-compose.models.js';
import {
  listDraftsToSweep,
  markDraftsDeleted,
  recordDraftLocation,
  type SweptDraft,
} from './draft-sweep.repository.js';

/**
 * Notices drafts the agent deleted without sending a reply, so acceptance figures can tell an
 * unused draft from one still waiting in Drafts. Two steps around the sync of Sent:
 * 1. `findGone`, before Sent is synced: which of the mailbox's pending drafts are no longer in
 *    their Drafts folder, by UID, then by the key header (a client that re-saves an edited draft
 *    stores it under a new UID; where it keeps the header, the draft is found and stays pending);
 * 2. `markDeleted`, after Sent is synced: of those, the ones whose thread has no reply sent are
 *    marked deleted. A client that sends a draft removes it from Drafts after saving the reply to
 *    Sent, so looking at Drafts first and at Sent second finds that reply; one that turns up later
 *    still gets its similarity, which then decides how the draft counts.
 * Read-only on the server: folders are opened with EXAMINE and only searched.
 */
export interface DraftSweep {
  findGone(client: ImapFlow, mailboxId: number): Promise<number[]>;
  markDeleted(ids: number[]): number[];
}

export function createDraftSweep(deps: { db: Db; now: () => number; logger: Logger }): DraftSweep {
  return {
    async findGone(client, mailboxId) {
      const pending = listDraftsToSweep(deps.db, mailboxId);
      const gone: number[] = [];
      for (const [folder, rows] of byFolder(pending)) {
        const missing = await missingIn(deps, client, folder, rows);
        if (missing) gone.push(...missing);
      }
      return gone;
    },
    markDeleted(ids) {
      const marked = markDraftsDeleted(deps.db, ids, deps.now());
      if (marked.length > 0) deps.logger.info({ drafts: marked.length }, 'drafts deleted unused noticed');
      return marked;
    },
  };
}

function byFolder(rows: SweptDraft[]): Map<string, SweptDraft[]> {
  const out = new Map<string, SweptDraft[]>();
  for (const r of rows) out.set(r.folder, [...(out.get(r.folder) ?? []), r]);
  return out;
}

/** Drafts of `rows` found in `folder` neither by UID nor by key header; null when the folder cannot be read. */
async function missingIn(
  deps: { db: Db; logger: Logger },
  client: ImapFlow,
  folder: string,
  rows: SweptDraft[],
): Promise<number[] | null> {
  let box: Awaited<ReturnType<ImapFlow['mailboxOpen']>>;
  try {
    box = await client.mailboxOpen(folder, { readOnly: true });
  } catch {
    // A renamed or removed Drafts folder says nothing about what the agent did with a draft.
    deps.logger.warn({ folder }, 'draft sweep: Drafts folder not readable; drafts left pending');
    return null;
  }
  const uidValidity = Number(box.uidValidity);
  const known = rows.filter((r) => r.uidValidity === uidValidity);
  const present = new Set<number>();
  if (known.length > 0 && box.exists > 0) {
    const found = await client.search({ uid: uidSet(known.map((r) => r.uid)) }, { uid: true });
    if (!Array.isArray(found)) return null;
    for (const uid of found) present.add(uid);
  }
  const missing: number[] = [];
  for (const r of rows) {
    if (r.uidValidity === uidValidity && present.has(r.uid)) continue;
    const byKey =
      box.exists > 0
        ? await client.search({ header: { [DRAFT_KEY_HEADER]: r.draftKey } }, { uid: true })
        : [];
    if (!Array.isArray(byKey)) return null;
    if (byKey.length > 0) recordDraftLocation(deps.db, r.id, { uidValidity, uid: Math.max(...byKey) });
    else missing.push(r.id);
  }
  return missing;
}

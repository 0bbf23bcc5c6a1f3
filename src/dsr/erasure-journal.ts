import { emitAudit } from '../audit/audit.repository.js';
import type { DataKeys } from '../keys/subkeys.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../store/store.js';
import { eraseSubjectRows } from './erase.usecases.js';
import { erasureJournalFile, readErasureJournal } from './journal-file.js';
import { subjectOfPseudonym } from './subject.usecases.js';

export {
  appendErasure,
  ERASURE_JOURNAL_NAME,
  erasureJournalFile,
  readErasureJournal,
} from './journal-file.js';

/**
 * Erases again everyone in the erasure journal: after a backup is restored (the restore calls
 * this) and at every start. A person already gone costs a few indexed lookups and one scan of the
 * message metadata, so this is cheap when there is nothing to do; only when rows came back (an
 * older backup) is it audited, with the counts. Throws dsr.journal_tampered when the journal does
 * not verify: nothing is replayed from a file that was changed.
 */
export function replayErasureJournal(deps: {
  db: Db;
  keys: DataKeys;
  dataDir: string;
  clock: Clock;
  /** The in-memory vector index, when one is loaded (not before start's workers). */
  forgetConversations?: (ids: readonly number[]) => void;
}): { entries: number; erasedRows: number; people: number } {
  const entries = readErasureJournal(erasureJournalFile(deps.dataDir, deps.keys));
  const pseudonyms = [...new Set(entries.map((e) => e.pseudonym))];
  let erasedRows = 0;
  let people = 0;
  const forgotten: number[] = [];
  deps.db.transaction((tx) => {
    const totals: Record<string, number> = {};
    for (const p of pseudonyms) {
      const { deleted, conversationIds } = eraseSubjectRows(tx, subjectOfPseudonym(tx, deps.keys, p));
      const n = Object.values(deleted).reduce((a, b) => a + b, 0);
      if (n === 0) continue;
      people++;
      erasedRows += n;
      forgotten.push(...conversationIds);
      for (const [t, k] of Object.entries(deleted)) totals[t] = (totals[t] ?? 0) + k;
    }
    if (erasedRows > 0)
      emitAudit(tx, deps.keys.audit, {
        actor: { kind: 'system' },
        action: 'dsr.journal_replay',
        metadata: { entries: entries.length, people, ...totals },
        at: deps.clock.now(),
      });
  });
  if (forgotten.length) deps.forgetConversations?.(forgotten);
  return { entries: entries.length, erasedRows, people };
}

// Data-subject erasure: time to erase one person with ~1,000 rows (100 threads: messages,
// threads, conversations with participants, embeddings and FTS rows, drafts, jobs) from a store
// that also holds 500 other people (5,000 threads), the journal entry's fsync included; and the
// cost of the erasure-journal replay at start when there is nothing to erase.

import { receiveRequest, requestErasure } from '../../src/dsr/dsr.usecases.js';
import { runErasure } from '../../src/dsr/erase.usecases.js';
import { erasureJournalFile, replayErasureJournal } from '../../src/dsr/erasure-journal.js';
import { createVectorIndex } from '../../src/knowledge/vector-index.js';
import { systemClock } from '../../src/shared/clock.js';
import { seedPerson } from '../../tests/support/dsr-people.js';
import { tempAppliance } from '../../tests/support/temp-appliance.js';
import { median, round } from '../bench-support/stats.js';

const OTHERS = 500;
const RUNS = 3;

export async function run() {
  const erase: number[] = [];
  const replay: number[] = [];
  let deleted = 0;
  for (let i = 0; i < RUNS; i++) {
    const app = tempAppliance();
    const { store, keys } = app.open();
    try {
      for (let p = 0; p < OTHERS; p++)
        seedPerson(store, keys, {
          email: `other${p}@example.net`,
          name: `Other ${p}`,
          mailboxId: 1,
          threads: 10,
        });
      seedPerson(store, keys, { email: 'anna@example.org', name: 'Anna Berg', mailboxId: 1, threads: 100 });
      const deps = { db: store.db, keys, clock: systemClock };
      const index = createVectorIndex({ db: store.db });
      index.size(1, 'test-model');
      const r = receiveRequest(deps, { kind: 'erasure', email: 'anna@example.org' }, { kind: 'cli' });
      requestErasure(deps, r.id, { kind: 'cli' }, 3);
      const dataDir = app.config().dataDir;
      let t = performance.now();
      const cert = runErasure(
        {
          ...deps,
          journal: erasureJournalFile(dataDir, keys),
          forgetConversations: (ids) => index.remove(ids),
        },
        r.id,
      );
      erase.push(performance.now() - t);
      deleted = Object.values(cert.deleted).reduce((a, b) => a + b, 0);
      t = performance.now();
      replayErasureJournal({ ...deps, dataDir });
      replay.push(performance.now() - t);
    } finally {
      store.close();
      app.cleanup();
    }
  }
  return {
    rowsDeleted: deleted,
    otherThreads: OTHERS * 10,
    eraseMsMedian: round(median(erase)),
    eraseMs: erase.map(round),
    replayNothingMsMedian: round(median(replay)),
  };
}

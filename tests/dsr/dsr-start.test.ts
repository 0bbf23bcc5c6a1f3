import { describe, expect, it } from 'vitest';
import { findByEmail } from '../../src/dsr/dsr.usecases.js';
import { appendErasure, erasureJournalFile } from '../../src/dsr/erasure-journal.js';
import { pseudonym } from '../../src/ingest/message.models.js';
import { systemClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';
import { startAppliance } from '../../src/start.js';
import { seedPerson } from '../support/dsr-people.js';
import { tempAppliance } from '../support/temp-appliance.js';

describe('the appliance at start', () => {
  it('replays the erasure journal, so a person in it whose rows are in the database is erased', async () => {
    const app = tempAppliance();
    try {
      const config = app.config();
      const { store, keys } = app.open();
      seedPerson(store, keys, { email: 'anna@example.org', name: 'Anna Berg', mailboxId: 1, threads: 2 });
      seedPerson(store, keys, { email: 'bob@example.net', name: 'Bob Stone', mailboxId: 1, threads: 1 });
      // As after a restore of a backup taken before the erasure: the journal names her, her rows are back.
      appendErasure(erasureJournalFile(config.dataDir, keys), {
        at: Date.now(),
        pseudonym: pseudonym(keys.pseudonym, 'anna@example.org'),
        requestId: 1,
      });
      store.close();
      const appliance = await startAppliance({
        config: { ...config, port: 0 },
        logger: createLogger('silent'),
        clock: systemClock,
      });
      try {
        const deps = { db: appliance.store.db, keys: appliance.keys, clock: systemClock };
        expect(findByEmail(deps, 'anna@example.org').counts.messages).toBe(0);
        expect(findByEmail(deps, 'bob@example.net').counts.messages).toBe(2);
      } finally {
        await appliance.stop();
      }
    } finally {
      app.cleanup();
    }
  }, 120_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMailboxById } from '../../src/mailboxes/mailboxes.repository.js';
import { systemClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';
import { type Appliance, startAppliance } from '../../src/start.js';
import { applianceWithDovecot } from '../support/appliance-with-dovecot.js';
import type { TestDovecot } from '../support/dovecot.js';
import type { tempAppliance } from '../support/temp-appliance.js';
import { mail, until } from '../sync/sync-fixtures.js';
import { counts, deliverHistory } from './faults-fixtures.js';

describe('a long mail-server outage during learning', () => {
  let dovecot: TestDovecot;
  let temp: ReturnType<typeof tempAppliance>;
  let app: Appliance | undefined;
  let mailboxId: number;

  beforeAll(async () => {
    ({ dovecot, temp } = await applianceWithDovecot());
    mailboxId = temp.addMailbox(dovecot, 'agent1');
    deliverHistory(dovecot, 'agent1', 150, 'o');
  }, 120_000);

  afterAll(async () => {
    await app?.stop().catch(() => {});
    temp?.cleanup();
    await dovecot?.stop();
  });

  it('kills no job: every conversation is learned after the server returns, and sync is back within seconds', async () => {
    app = await startAppliance({ config: temp.config(), logger: createLogger('silent'), clock: systemClock });
    const store = app.store;
    await until(() => counts(store).learnJobs === 150, 60_000, 'the history synced');
    await until(() => counts(store).conversations >= 5, 60_000, 'learning under way');

    dovecot.kill();
    const learnedAtCrash = counts(store).conversations;
    // Long enough for the reconnect backoff to grow past a minute under the old code.
    await new Promise((r) => setTimeout(r, 70_000));
    expect(findMailboxById(store.db, mailboxId)?.state).toBe('unreachable');
    expect(counts(store).deadLearn).toBe(0);

    await dovecot.restart();
    const back = Date.now();
    await until(() => findMailboxById(store.db, mailboxId)?.state === 'active', 10_000, 'sync back');
    const syncBackMs = Date.now() - back;
    dovecot.deliver('agent1', 'INBOX', [{ raw: mail({}).raw }]);
    await until(() => counts(store).messages === 301, 10_000, 'new mail synced after the outage');

    await until(() => counts(store).conversations === 150, 90_000, 'everything learned');
    const c = counts(store);
    expect(c.deadLearn).toBe(0);
    expect(c.distinctConversations).toBe(150);
    console.info(
      `mail outage: ${learnedAtCrash} learned before the crash; sync back ${syncBackMs} ms after the server; 0 dead`,
    );
  }, 240_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailboxClients } from '../../src/mailboxes/mailbox-clients.js';
import { findMailboxById } from '../../src/mailboxes/mailboxes.repository.js';
import { addMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import { systemClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';
import { type Appliance, startAppliance } from '../../src/start.js';
import { freePorts, TestDovecot } from '../support/dovecot.js';
import { tempAppliance } from '../support/temp-appliance.js';
import { backfillFinished, count, mail, until } from '../sync/sync-fixtures.js';
import { type Stall, stallingServer } from './stalling-server.js';

describe('stalled mail servers', () => {
  let dovecot: TestDovecot;
  let temp: ReturnType<typeof tempAppliance>;
  let app: Appliance | undefined;
  let healthy: number;
  const stalled: { stall: Stall; id: number; stub: Awaited<ReturnType<typeof stallingServer>> }[] = [];

  beforeAll(async () => {
    dovecot = await TestDovecot.start({ users: [{ user: 'agent1', password: 'secret1' }] });
    const [port] = await freePorts(1);
    temp = tempAppliance({
      VEILDRAFT_PORT: String(port),
      VEILDRAFT_SYNC_POLL_SECONDS: '1',
      VEILDRAFT_SYNC_CONCURRENCY: '2',
      VEILDRAFT_IMAP_COMMAND_TIMEOUT_SECONDS: '3',
      VEILDRAFT_SHUTDOWN_GRACE_SECONDS: '2',
      VEILDRAFT_IMAP_ALLOW_PLAINTEXT_LOOPBACK: 'true',
    });
    // Two servers stalling at EXAMINE take both sync slots; two hang before it, one after it.
    const { store, keys } = temp.open();
    try {
      const deps = { db: store.db, keys, clock: systemClock, allowPlaintextLoopback: true };
      for (const [i, stall] of (['examine', 'examine', 'login', 'greeting', 'fetch'] as const).entries()) {
        const stub = await stallingServer(stall);
        const id = addMailbox(
          deps,
          {
            name: `Stalled ${i}`,
            host: '127.0.0.1',
            port: stub.port,
            security: 'none',
            username: `stall${i}`,
            password: 'x',
            fromAddress: `stall${i}@acme.example`,
          },
          { kind: 'cli' },
        ).id;
        stalled.push({ stall, id, stub });
      }
    } finally {
      store.close();
    }
    dovecot.deliver('agent1', 'INBOX', [{ raw: mail({}).raw }, { raw: mail({}).raw }]);
  });

  afterAll(async () => {
    await app?.stop().catch(() => {});
    for (const { stub } of stalled) stub.server.close();
    temp?.cleanup();
    await dovecot?.stop();
  });

  it('free their sync slots within the command timeout: a healthy mailbox syncs, and each stalled one shows the step it stalled at', async () => {
    app = await startAppliance({ config: temp.config(), logger: createLogger('silent'), clock: systemClock });
    const store = app.store;
    const examining = stalled.filter((s) => s.stall === 'examine');
    await until(() => examining.every((s) => s.stub.stalls.size > 0), 20_000, 'both slots held at EXAMINE');
    // Added while the slots are held, as `veildraft mailbox add` would; the next refresh starts it.
    const started = Date.now();
    healthy = addMailbox(
      { db: store.db, keys: app.keys, clock: systemClock, allowPlaintextLoopback: false },
      { name: 'Support', ...dovecot.connection('agent1'), fromAddress: 'support@acme.example' },
      { kind: 'cli' },
    ).id;
    await until(() => backfillFinished(store, healthy, ['inbox']), 60_000, 'the healthy mailbox synced');
    const firstSyncMs = Date.now() - started;
    expect(count(store, 'messages', healthy)).toBe(2);
    for (const { stall, id } of stalled) {
      await until(
        () => findMailboxById(store.db, id)?.state === 'unreachable',
        15_000,
        `${stall} unreachable`,
      );
      expect(findMailboxById(store.db, id)?.lastErrorCode).toBe(`mail.stalled.${stall}`);
    }
    console.log(`healthy mailbox first sync after ${firstSyncMs} ms with 2 slots held by stalled servers`);
  }, 90_000);

  it('stops within the grace period while connections hang, and closes their sockets', async () => {
    const hanging = stalled.find((s) => s.stall === 'greeting')!.stub.open;
    await until(() => hanging.size > 0, 20_000, 'a connection waiting for a greeting');
    const t = Date.now();
    await app!.stop();
    const stopMs = Date.now() - t;
    console.log(`stop() took ${stopMs} ms with a hung connection (grace 2 s)`);
    expect(stopMs).toBeLessThan(2_000);
    await until(
      () => stalled.every(({ stub }) => stub.open.size === 0),
      1_000,
      'the stalled servers see their sockets closed',
    );
  }, 30_000);

  it("closes a job's connection that hangs in a command at once, instead of queueing a LOGOUT behind it", async () => {
    const { store, keys } = temp.open();
    const examining = stalled.find((s) => s.stall === 'examine')!;
    // The default 30 s command timeout: the close must not wait for it.
    const clients = createMailboxClients({
      db: store.db,
      keys,
      config: { imapConnectTimeoutSeconds: 15, imapCommandTimeoutSeconds: 30 },
      logger: createLogger('silent'),
    });
    try {
      const job = clients.use(examining.id, (c) => c.mailboxOpen('INBOX', { readOnly: true }));
      job.catch(() => {});
      await until(() => examining.stub.stalls.size > 0, 10_000, 'the job stalled at EXAMINE');
      const t = Date.now();
      await clients.close();
      const closeMs = Date.now() - t;
      console.log(`closing a hung job connection took ${closeMs} ms`);
      expect(closeMs).toBeLessThan(500);
      await expect(job).rejects.toThrow();
      await until(() => examining.stub.open.size === 0, 1_000, 'its socket closed');
    } finally {
      store.close();
    }
  }, 20_000);
});

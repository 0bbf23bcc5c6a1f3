import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { emitAudit } from '../../src/audit/audit.repository.js';
import { dashboardView } from '../../src/dashboard/dashboard.usecases.js';
import { enqueueJob } from '../../src/jobs/jobs.repository.js';
import { databaseKey } from '../../src/keys/subkeys.js';
import { systemClock } from '../../src/shared/clock.js';
import { type Appliance, startAppliance } from '../../src/start.js';
import { openDatabase } from '../../src/store/database.js';
import { INTEGRITY_CHECK } from '../../src/store/integrity.jobs.js';
import { integrityCheckJob } from '../../src/store/integrity-check.job.js';
import { probeWrite } from '../../src/store/store-health.js';
import { StatusTiles } from '../../src/web/views/dashboard-tiles.js';
import { applianceWithDovecot } from '../support/appliance-with-dovecot.js';
import { freePort } from '../support/cli.js';
import type { TestDovecot } from '../support/dovecot.js';
import { captureLogs } from '../support/logs.js';
import { tempAppliance } from '../support/temp-appliance.js';
import { until } from '../sync/sync-fixtures.js';
import { counts, deliverHistory, readyz } from './faults-fixtures.js';

const PAGE = 4096;
const sha = (file: string) =>
  existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'absent';
/** The database file and its WAL, as they are on disk. */
const onDisk = (file: string) => ({ db: sha(file), wal: sha(`${file}-wal`) });

/**
 * Moves everything from the WAL into the file (so the damage below is what SQLite reads), with
 * a second connection as any other process could.
 */
function checkpoint(app: Appliance) {
  const other = openDatabase(app.store.file, databaseKey(app.store.masterKey));
  const r = other.pragma('wal_checkpoint(TRUNCATE)', { simple: false }) as { busy: number }[];
  expect(r[0]?.busy).toBe(0);
  return other;
}

function flipBytes(file: string, pages: number[]): void {
  const bytes = readFileSync(file);
  for (const p of pages) bytes[p * PAGE + 2000]! ^= 0xff;
  writeFileSync(file, bytes);
}

async function dashboardHtml(app: Appliance): Promise<string> {
  const view = await dashboardView(
    { db: app.store.db, clock: systemClock },
    {
      models: async () => [],
      chain: null,
      health: () => ({ store: app.health.problem, mailboxes: app.sync.mailboxProblems }),
    },
  );
  return String(await StatusTiles({ view, role: 'admin' })?.toString());
}

function enqueueCheckNow(app: Appliance, tag: string): void {
  const now = Date.now();
  enqueueJob(
    app.store.db,
    integrityCheckJob,
    {
      // Any valid day: the tag in the idempotency key keeps each enqueued check distinct.
      payload: { day: '2026-01-01' },
      idempotencyKey: `${INTEGRITY_CHECK}:${tag}`,
      maxAttempts: 3,
      runAfter: now,
    },
    now,
  );
  app.runner.wake();
}

/** Read-only for good: /readyz, the connection, the loops. */
async function expectReadOnly(app: Appliance): Promise<void> {
  const ready = await readyz(app);
  expect(ready.status).toBe(503);
  expect(ready.body).toMatchObject({
    status: 'not_ready',
    storeWritable: false,
    reason: { code: 'store.corrupt' },
  });
  expect(() => probeWrite(app.store)).toThrow(expect.objectContaining({ code: 'SQLITE_READONLY' }));
  await until(() => !app.runner.isRunning && !app.sync.isRunning, 10_000, 'sync and jobs stopped');
}

/** Says that the database is damaged, that the console is read-only, and how to restore. */
function expectRestoreAdvice(html: string): void {
  expect(html).toContain('Read-only');
  expect(html).toContain('store.corrupt');
  expect(html).toContain('npx veildraft doctor');
  expect(html).toContain('restore the database from your backup');
}

describe('a database damaged while the appliance runs', () => {
  let dovecot: TestDovecot | undefined;
  let temp: ReturnType<typeof tempAppliance> | undefined;
  let app: Appliance | undefined;

  afterEach(async () => {
    await app?.stop().catch(() => {});
    app = undefined;
    temp?.cleanup();
    await dovecot?.stop();
    dovecot = undefined;
  });

  it('SQLITE_CORRUPT in a store operation turns it read-only: sync and jobs stop, /readyz and the console say why, and the file is not written again', async () => {
    const logs = captureLogs('info');
    ({ dovecot, temp } = await applianceWithDovecot({ VEILDRAFT_SHUTDOWN_GRACE_SECONDS: '2' }));
    temp.addMailbox(dovecot, 'agent1');
    deliverHistory(dovecot, 'agent1', 10, 'a');
    app = await startAppliance({ config: temp.config(), logger: logs.logger, clock: systemClock });
    const running = app;
    await until(() => counts(running.store).conversations === 10, 60_000, 'the history learned');

    const file = running.store.file;
    const other = checkpoint(running);
    const pages = readFileSync(file).length / PAGE;
    flipBytes(
      file,
      Array.from({ length: pages - 1 }, (_, i) => i + 1),
    );
    // A write from another connection: the appliance drops its page cache and reads the file.
    other.pragma('user_version = 42');
    other.close();

    await until(() => running.health.isCorrupt, 15_000, 'the damage seen by a store operation');
    const frozen = onDisk(file);
    await expectReadOnly(running);
    // Every page is damaged, so no console page can read its data: it says why instead.
    const { scheme, host, port } = running.address;
    const page = await fetch(`${scheme}://${host}:${port}/signin`);
    expect(page.status).toBe(503);
    expectRestoreAdvice(await page.text());

    // New mail and a few seconds: nothing reaches the file or its WAL, not even at stop.
    deliverHistory(dovecot, 'agent1', 3, 'b');
    await new Promise((r) => setTimeout(r, 3_000));
    expect(onDisk(file)).toEqual(frozen);
    await running.stop();
    expect(onDisk(file)).toEqual(frozen);
    expect(logs.output()).toContain('store.corrupt');
  }, 120_000);

  it('the nightly full integrity check records a pass on the dashboard, and damage it finds turns the appliance read-only', async () => {
    const logs = captureLogs('info');
    temp = tempAppliance({
      VEILDRAFT_PORT: String(await freePort()),
      VEILDRAFT_SHUTDOWN_GRACE_SECONDS: '2',
    });
    // Audit rows give the file pages the running appliance never reads (the middle of the log):
    // damage there is found by the check, not by chance in a query.
    const seeded = temp.open();
    seeded.store.db.transaction((tx) => {
      for (let i = 0; i < 3000; i++)
        emitAudit(tx, seeded.keys.audit, {
          actor: { kind: 'cli' },
          action: 'user.create',
          target: `u${i}`,
          at: Date.now(),
        });
    });
    seeded.store.close();
    app = await startAppliance({ config: temp.config(), logger: logs.logger, clock: systemClock });
    const running = app;
    const checks = () =>
      running.store.sqlite
        .prepare(`SELECT count(*) AS n FROM audit_log WHERE action = ?`)
        .get(INTEGRITY_CHECK) as { n: number };

    enqueueCheckNow(running, 'first');
    await until(() => checks().n === 1, 30_000, 'the first check recorded');
    const next = running.store.sqlite
      .prepare(`SELECT run_after AS at FROM jobs WHERE kind = ? AND state = 'queued'`)
      .all(INTEGRITY_CHECK) as { at: number }[];
    expect(next.length).toBe(1);
    expect(next[0]!.at).toBeGreaterThan(Date.now());
    expect(await dashboardHtml(running)).toContain('Intact');

    const file = running.store.file;
    checkpoint(running).close();
    flipBytes(file, [Math.floor(readFileSync(file).length / PAGE / 2)]);
    const damaged = sha(file);
    enqueueCheckNow(running, 'second');

    await until(() => running.health.isCorrupt, 30_000, 'the damage found by the check');
    const frozen = onDisk(file);
    expect(frozen.db).toBe(damaged);
    expect(logs.output()).toContain('the nightly integrity check found damage');
    await expectReadOnly(running);
    // The rest of the database reads: the dashboard shows the reason above everything else.
    expectRestoreAdvice(await dashboardHtml(running));
    await new Promise((r) => setTimeout(r, 2_000));
    await running.stop();
    expect(onDisk(file)).toEqual(frozen);
  }, 120_000);
});

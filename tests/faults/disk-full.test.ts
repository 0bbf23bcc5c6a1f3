import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/shared/clock.js';
import { type Appliance, startAppliance } from '../../src/start.js';
import { applianceWithDovecot } from '../support/appliance-with-dovecot.js';
import type { TestDovecot } from '../support/dovecot.js';
import { captureLogs } from '../support/logs.js';
import type { tempAppliance } from '../support/temp-appliance.js';
import { until } from '../sync/sync-fixtures.js';
import { counts, deliverHistory, maxLearnAttempts, readyz } from './faults-fixtures.js';

// A real full disk needs a small filesystem: tmpfs, which only root can mount.
const root = process.getuid?.() === 0;
if (!root) console.warn('disk-full tests skipped: mounting a small tmpfs as the data folder needs root');

/** Writes a file until the filesystem is full (ENOSPC), leaving nothing for the database. */
function fill(file: string): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) {
      const free = statfsSync(file).bavail * statfsSync(file).bsize;
      writeSync(fd, free >= chunk.length ? chunk : Buffer.alloc(Math.max(1, free), 1));
    }
  } catch (e) {
    if ((e as { code?: string }).code !== 'ENOSPC') throw e;
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!root)('a full data folder', () => {
  let dovecot: TestDovecot;
  let temp: ReturnType<typeof tempAppliance>;
  let app: Appliance | undefined;
  let dataDir = '';
  const logs = captureLogs('info');

  beforeAll(async () => {
    ({ dovecot, temp } = await applianceWithDovecot());
    dataDir = temp.env.VEILDRAFT_DATA_DIR!;
    mkdirSync(dataDir, { recursive: true });
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m,mode=0700', 'tmpfs', dataDir]);
    temp.addMailbox(dovecot, 'agent1');
    deliverHistory(dovecot, 'agent1', 5, 'a');
  }, 120_000);

  afterAll(async () => {
    await app?.stop().catch(() => {});
    if (dataDir) execFileSync('umount', [dataDir]);
    temp?.cleanup();
    await dovecot?.stop();
  });

  it('during backfill and learning: the process stays up, says why on the mailbox and /readyz, does not spin, and resumes without a restart when space returns, losing and duplicating nothing', async () => {
    app = await startAppliance({ config: temp.config(), logger: logs.logger, clock: systemClock });
    const store = app.store;
    await until(() => counts(store).conversations === 5, 60_000, 'the first history learned');

    const filler = join(dataDir, 'filler');
    fill(filler);
    deliverHistory(dovecot, 'agent1', 300, 'b');
    app.sync.wake(1);

    await until(
      () => app!.sync.mailboxProblems.get(1)?.code === 'store.disk_full',
      30_000,
      'disk full seen by sync',
    );
    const ready = await readyz(app);
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({
      status: 'degraded',
      storeWritable: false,
      reason: { code: 'store.disk_full' },
    });

    // Ten seconds on a full disk: bounded work and log lines, no job counted as failed.
    const before = logs.lines.length;
    await new Promise((r) => setTimeout(r, 10_000));
    const during = logs.lines.length - before;
    // On failure, say what kept logging (the messages are the code's own, never mail content).
    const messages = new Set(logs.lines.slice(before).map((l) => /"msg":"([^"]*)"/u.exec(l)?.[1] ?? l));
    expect(during, `logged while full: ${[...messages].join(' | ')}`).toBeLessThan(40);
    expect((await readyz(app)).status).toBe(503);
    const { scheme, host, port } = app.address;
    expect((await fetch(`${scheme}://${host}:${port}/healthz`)).status).toBe(200);

    rmSync(filler);
    const freed = Date.now();
    await until(() => counts(store).messages === 2 * 305, 30_000, 'the backfill resumed');
    const resumedMs = Date.now() - freed;
    await until(() => counts(store).conversations === 305, 120_000, 'everything learned');
    expect((await readyz(app)).status).toBe(200);
    expect(app.sync.mailboxProblems.size).toBe(0);

    const c = counts(store);
    expect(c.distinctMessages).toBe(c.messages);
    expect(c.distinctConversations).toBe(c.conversations);
    expect(c.deadLearn).toBe(0);
    expect(c.learnJobs).toBe(305);
    expect(maxLearnAttempts(store)).toBeLessThanOrEqual(1);
    console.info(
      `disk full: ${during} log lines in 10 s while full; backfill resumed ${resumedMs} ms after space returned`,
    );
  }, 240_000);
});

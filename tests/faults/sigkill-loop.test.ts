import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { seededRandom } from '../../src/shared/random.js';
import { openDatabase, type SqliteDatabase } from '../../src/store/database.js';
import { locateDatabase } from '../../src/store/store.js';
import { applianceWithDovecot } from '../support/appliance-with-dovecot.js';
import { collect, spawnCli } from '../support/cli.js';
import type { TestDovecot } from '../support/dovecot.js';
import type { tempAppliance } from '../support/temp-appliance.js';
import { until } from '../sync/sync-fixtures.js';
import { deliverHistory } from './faults-fixtures.js';

/** Questions answered in Sent: 2 × N messages to back-fill, N conversations to learn. */
const N = 100;
/**
 * The probe killed 30 times; each start of the appliance from source costs several
 * 10-13 s on these 2-core machines (start-up and model load) and learning resumes only once the
 * killed run's leases expire (5 s), so the test kills 3 times (2 while back-filling, 1 while
 * learning): about 90 s in all. 4 kills took 116 s.
 */
const KILLS = 3;
const SEED = 13;

const one = (db: SqliteDatabase, sql: string) => (db.prepare(sql).get() as { n: number }).n;

describe('SIGKILL during ingest and learning', () => {
  let dovecot: TestDovecot | undefined;
  let temp: ReturnType<typeof tempAppliance> | undefined;

  afterAll(async () => {
    temp?.cleanup();
    await dovecot?.stop();
  });

  it('killed at seeded moments, then left to finish: integrity ok, no message twice, every learn job done once', async () => {
    // Leases of killed workers expire after 5 s (the minimum), so the next run takes their jobs over.
    ({ dovecot, temp } = await applianceWithDovecot({
      VEILDRAFT_JOB_LEASE_SECONDS: '5',
      VEILDRAFT_LOG_LEVEL: 'warn',
    }));
    temp.addMailbox(dovecot, 'agent1');
    deliverHistory(dovecot, 'agent1', N, 'k');
    const env = temp.env;
    const located = locateDatabase(loadConfig(env))!;
    // A second connection, as any other process could open: only reads while the appliance runs.
    const reader = openDatabase(located.file, located.key);
    const progress = () => ({
      messages: one(reader, 'SELECT count(*) AS n FROM messages'),
      learned: one(reader, 'SELECT count(*) AS n FROM conversations'),
    });

    // Kill moments: half by messages stored, half by conversations learned, each at a seeded
    // point of its phase, in increasing order (what a killed run saved is not redone).
    const random = seededRandom(SEED);
    const backfill = Math.ceil(KILLS / 2);
    const targets = [
      ...Array.from({ length: backfill }, () => ({
        messages: Math.ceil(random() * 2 * N * 0.9),
        learned: 0,
      })),
      ...Array.from({ length: KILLS - backfill }, () => ({
        messages: 2 * N,
        learned: Math.ceil(random() * N * 0.9),
      })),
    ].sort((a, b) => a.messages - b.messages || a.learned - b.learned);

    const seen: string[] = [];
    const started = performance.now();
    for (const target of targets) {
      const child = spawnCli(['start'], { env });
      const exited = collect(child, undefined, 120_000);
      await until(
        () => {
          const p = progress();
          return p.messages >= target.messages && p.learned >= target.learned;
        },
        60_000,
        `progress to ${JSON.stringify(target)}`,
      );
      child.kill('SIGKILL');
      const r = await exited;
      expect(r.code === null || r.code === 137, r.stderr).toBe(true);
      const p = progress();
      seen.push(
        `${p.messages}/${2 * N} messages, ${p.learned}/${N} learned at ${Math.round(performance.now() - started)} ms`,
      );
    }

    const child = spawnCli(['start'], { env });
    const exited = collect(child, undefined, 120_000);
    let stderr = '';
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    await until(() => progress().learned === N, 90_000, 'everything learned after the last kill');
    // SIGTERM is handled once start has finished (jobs may all be done before that).
    await until(() => stderr.includes('is running on'), 60_000, 'the last run started');
    child.kill('SIGTERM');
    const last = await exited;
    expect(last.code, last.stderr).toBe(0);
    const totalMs = Math.round(performance.now() - started);
    console.info(`${KILLS} SIGKILLs at: ${seen.join('; ')}; finished in ${totalMs} ms`);

    expect(reader.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(one(reader, 'SELECT count(*) AS n FROM messages')).toBe(2 * N);
    expect(
      one(reader, `SELECT count(DISTINCT folder || ':' || uid_validity || ':' || uid) AS n FROM messages`),
    ).toBe(2 * N);
    expect(one(reader, 'SELECT count(*) AS n FROM conversations')).toBe(N);
    expect(one(reader, 'SELECT count(DISTINCT reply_message_row_id) AS n FROM conversations')).toBe(N);
    expect(one(reader, `SELECT count(*) AS n FROM jobs WHERE kind = 'learn'`)).toBe(N);
    expect(one(reader, `SELECT count(*) AS n FROM jobs WHERE kind = 'learn' AND state = 'done'`)).toBe(N);
    expect(one(reader, `SELECT count(*) AS n FROM jobs WHERE kind = 'draft'`)).toBe(0);
    reader.close();
  }, 240_000);
});

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { enqueueJob } from '../../src/jobs/jobs.repository.js';
import { jobs } from '../../src/jobs/jobs.table.js';
import { projectRoot } from '../../src/shared/paths.js';
import { envFor, openTestAppliance } from '../support/appliance.js';
import { cliEnv } from '../support/cli.js';
import { testJob } from '../support/test-jobs.js';
import { tempDir } from '../support/tmp.js';

const fixture = path.join(projectRoot, 'tests', 'fixtures', 'slow-worker.ts');

function startWorker(dir: string, marker: string, workMs: number) {
  return spawn(process.execPath, ['--import', import.meta.resolve('tsx'), fixture, marker, String(workMs)], {
    env: cliEnv(envFor(dir, { VEILDRAFT_JOB_LEASE_SECONDS: '5' })),
    stdio: 'inherit',
  });
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('job leases', () => {
  it('a job held by a worker killed with SIGKILL runs again after the lease, exactly once to completion', async () => {
    const dir = tempDir();
    const marker = path.join(dir, 'marker.log');
    const seed = openTestAppliance(dir);
    const now = Date.now();
    seed.store.db.transaction((tx) => {
      expect(
        enqueueJob(
          tx,
          testJob('test.slow'),
          { payload: { ref: 1 }, idempotencyKey: 'slow:1', maxAttempts: 3 },
          now,
        ),
      ).toBe(true);
      expect(
        enqueueJob(
          tx,
          testJob('test.slow'),
          { payload: { ref: 1 }, idempotencyKey: 'slow:1', maxAttempts: 3 },
          now,
        ),
      ).toBe(false);
    });
    seed.store.close();

    const first = startWorker(dir, marker, 60_000);
    await until(
      () => existsSync(marker) && readFileSync(marker, 'utf8').includes('start'),
      20_000,
      'the first worker to take the job',
    );
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));

    const tookOverAt = Date.now();
    const second = startWorker(dir, marker, 100);
    await until(
      () => readFileSync(marker, 'utf8').includes('done'),
      30_000,
      'the second worker to finish the job',
    );
    // The second worker could only take the job once the dead worker's 5 s lease ran out.
    expect(Date.now() - tookOverAt).toBeGreaterThan(1_500);
    second.kill('SIGTERM');
    await new Promise((r) => second.once('exit', r));

    const lines = readFileSync(marker, 'utf8').trim().split('\n');
    expect(lines.filter((l) => l.startsWith('start'))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('done'))).toHaveLength(1);
    const check = openTestAppliance(dir);
    const rows = check.store.db.select().from(jobs).all();
    check.store.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: 'done', attempts: 2, leaseOwner: null });
  });
});

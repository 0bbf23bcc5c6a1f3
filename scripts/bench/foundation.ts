// Store and queue: time to open the encrypted store, job queue throughput (enqueue, then
// claim + complete one by one as workers do), audit append and verification rates.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { emitAudit, verifyAuditChain } from '../../src/audit/audit.repository.js';
import { loadConfig } from '../../src/config/config.js';
import { defineJob } from '../../src/jobs/jobs.models.js';
import { claimJob, completeJob, enqueueJob } from '../../src/jobs/jobs.repository.js';
import { systemClock } from '../../src/shared/clock.js';
import { openAppliance } from '../../src/start.js';
import { median, round } from '../bench-support/stats.js';

const JOBS = 5_000;
const benchJob = defineJob({ kind: 'bench', label: 'bench', payload: z.object({ uid: z.int() }) });
const AUDIT_ROWS = 5_000;
const RUNS = 3;

export async function run() {
  const opens: number[] = [];
  const enqueueRate: number[] = [];
  const claimRate: number[] = [];
  const auditRate: number[] = [];
  const verifyRate: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'veildraft-bench-'));
    try {
      const config = loadConfig({
        VEILDRAFT_DATA_DIR: path.join(dir, 'data'),
        VEILDRAFT_MASTER_KEY_FILE: path.join(dir, 'secrets', 'master.key'),
      });
      openAppliance(config, systemClock).store.close();
      let t = performance.now();
      const { store, keys } = openAppliance(config, systemClock);
      opens.push(performance.now() - t);
      const db = store.db;

      t = performance.now();
      for (let j = 0; j < JOBS; j++) {
        db.transaction((tx) =>
          enqueueJob(
            tx,
            benchJob,
            { payload: { uid: j }, idempotencyKey: `bench:${j}`, maxAttempts: 3 },
            Date.now(),
          ),
        );
      }
      enqueueRate.push(JOBS / ((performance.now() - t) / 1000));

      t = performance.now();
      for (
        let job = claimJob(db, 'bench', 'w', 60_000, Date.now());
        job;
        job = claimJob(db, 'bench', 'w', 60_000, Date.now())
      ) {
        completeJob(db, job.id, 'w', Date.now());
      }
      claimRate.push(JOBS / ((performance.now() - t) / 1000));

      t = performance.now();
      for (let j = 0; j < AUDIT_ROWS; j++) {
        db.transaction((tx) =>
          emitAudit(tx, keys.audit, {
            actor: { kind: 'cli' },
            action: 'bench.write',
            target: j,
            at: Date.now(),
          }),
        );
      }
      auditRate.push(AUDIT_ROWS / ((performance.now() - t) / 1000));

      t = performance.now();
      const result = verifyAuditChain(db, keys.audit);
      if (!result.ok) throw new Error('audit chain did not verify');
      verifyRate.push(result.rows / ((performance.now() - t) / 1000));
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return {
    runs: RUNS,
    storeOpenMedianMs: round(median(opens)),
    enqueuePerSecMedian: Math.round(median(enqueueRate)),
    claimCompletePerSecMedian: Math.round(median(claimRate)),
    auditAppendPerSecMedian: Math.round(median(auditRate)),
    auditVerifyRowsPerSecMedian: Math.round(median(verifyRate)),
  };
}

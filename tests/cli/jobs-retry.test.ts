import { describe, expect, it } from 'vitest';
import { envFor, openTestAppliance, TestClock } from '../support/appliance.js';
import { runCli } from '../support/cli.js';
import { addDeadJobs } from '../support/dead-jobs.js';
import { tempDir } from '../support/tmp.js';

/** An appliance folder with dead jobs in its store; the store is closed again, as for an operator. */
function applianceWithDeadJobs() {
  const dir = tempDir();
  const clock = new TestClock();
  const { store } = openTestAppliance(dir, clock);
  const ids = {
    draft: addDeadJobs(store.db, 'draft', 2, clock.now()),
    learn: addDeadJobs(store.db, 'learn', 1, clock.now()),
  };
  store.close();
  return { dir, ids };
}

function readBack(dir: string) {
  const { store } = openTestAppliance(dir);
  try {
    return {
      jobs: store.sqlite.prepare('SELECT id, state, attempts FROM jobs ORDER BY id').all(),
      audits: store.sqlite
        .prepare("SELECT actor, target FROM audit_log WHERE action = 'job.retry' ORDER BY id")
        .all(),
    };
  } finally {
    store.close();
  }
}

describe('veildraft jobs retry', () => {
  it('queues one named dead job again with fresh attempts, audited as the command line', async () => {
    const { dir, ids } = applianceWithDeadJobs();
    const id = ids.draft[1]!;
    const r = await runCli(['jobs', 'retry', String(id)], { env: envFor(dir) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Queued again: 1 job(s) (${id}).`);
    const { jobs, audits } = readBack(dir);
    expect(jobs).toEqual([
      { id: ids.draft[0], state: 'dead', attempts: 1 },
      { id, state: 'queued', attempts: 0 },
      { id: ids.learn[0], state: 'dead', attempts: 1 },
    ]);
    expect(audits).toEqual([{ actor: 'cli', target: `job:${id}` }]);

    // The same job again is no longer dead: refused, nothing audited.
    const again = await runCli(['jobs', 'retry', String(id)], { env: envFor(dir) });
    expect(again.code).not.toBe(0);
    expect(again.stderr + again.stdout).toContain('not dead');
    expect(readBack(dir).audits).toHaveLength(1);
  });

  it('queues every dead job with --all-dead, and says so when there are none left', async () => {
    const { dir, ids } = applianceWithDeadJobs();
    const all = [...ids.draft, ...ids.learn].sort((a, b) => a - b);
    const r = await runCli(['jobs', 'retry', '--all-dead'], { env: envFor(dir) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Queued again: 3 job(s) (${all.join(', ')}).`);
    const { jobs, audits } = readBack(dir);
    expect(jobs.every((j) => (j as { state: string }).state === 'queued')).toBe(true);
    expect(audits).toHaveLength(3);

    const none = await runCli(['jobs', 'retry', '--all-dead'], { env: envFor(dir) });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('No dead jobs.');
  });

  it('refuses to guess: neither or both of an id and --all-dead is a usage error', async () => {
    const { dir } = applianceWithDeadJobs();
    for (const args of [[], ['3', '--all-dead'], ['seven']]) {
      const r = await runCli(['jobs', 'retry', ...args], { env: envFor(dir) });
      expect(r.code, args.join(' ')).not.toBe(0);
    }
    expect(readBack(dir).audits).toEqual([]);
  });
});

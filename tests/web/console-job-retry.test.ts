import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Agent,
  addUser,
  type ConsoleHarness,
  completeSetup,
  openConsole,
} from '../support/console-harness.js';
import { addDeadJobs } from '../support/dead-jobs.js';

let h: ConsoleHarness;
let admin: Agent;
let reviewer: Agent;
let auditor: Agent;

const jobsOf = (kind: string) =>
  h.store.sqlite.prepare('SELECT id, state, attempts FROM jobs WHERE kind = ? ORDER BY id').all(kind) as {
    id: number;
    state: string;
    attempts: number;
  }[];

const retryAudits = () =>
  h.store.sqlite
    .prepare("SELECT actor, target, metadata FROM audit_log WHERE action = 'job.retry' ORDER BY id")
    .all() as { actor: string; target: string; metadata: string }[];

beforeAll(async () => {
  h = openConsole();
  admin = (await completeSetup(h)).agent;
  reviewer = (await addUser(h, admin, 'rev', 'reviewer')).agent;
  auditor = (await addUser(h, admin, 'aud', 'auditor')).agent;
});
afterAll(() => h.close());

describe('retrying failed jobs from the dashboard', () => {
  it('shows no retry button while no job has failed', async () => {
    const page = await admin.get('/');
    expect(page.html).toContain('Job queues');
    expect(page.html).not.toContain('action="/jobs/retry"');
  });

  it('lets an admin queue the failed jobs of one queue again, audited with the admin as actor', async () => {
    const drafts = addDeadJobs(h.store.db, 'draft', 2, h.clock.now());
    addDeadJobs(h.store.db, 'learn', 1, h.clock.now());
    expect(jobsOf('draft').map((j) => [j.state, j.attempts])).toEqual([
      ['dead', 1],
      ['dead', 1],
    ]);

    const page = await admin.get('/');
    expect(page.html).toContain('Retry 2 failed');
    expect(page.html).toContain('Retry 1 failed');
    // Reviewers and auditors see the queues but not the button.
    expect((await reviewer.get('/')).html).not.toContain('action="/jobs/retry"');
    expect((await auditor.get('/')).html).not.toContain('action="/jobs/retry"');

    const posted = await admin.post('/jobs/retry', { kind: 'draft' });
    expect(posted.status).toBe(303);
    const back = await admin.get(posted.location!);
    expect(back.html).toContain('2 jobs queued again.');
    expect(back.html).not.toContain('Retry 2 failed');
    expect(back.html).toContain('Retry 1 failed');

    expect(jobsOf('draft').map((j) => [j.state, j.attempts])).toEqual([
      ['queued', 0],
      ['queued', 0],
    ]);
    expect(jobsOf('learn').map((j) => j.state)).toEqual(['dead']);

    const adminId = (
      h.store.sqlite.prepare("SELECT id FROM users WHERE username = 'admin'").get() as { id: number }
    ).id;
    expect(retryAudits()).toEqual(
      drafts.map((id) => ({
        actor: `user:${adminId}`,
        target: `job:${id}`,
        metadata: expect.stringContaining('"kind":"draft"'),
      })),
    );
  });

  it('says so when the failed jobs were already queued again (a second click)', async () => {
    await admin.get('/');
    const posted = await admin.post('/jobs/retry', { kind: 'draft' });
    expect((await admin.get(posted.location!)).html).toContain('No failed jobs were waiting');
    expect(retryAudits()).toHaveLength(2);
  });

  it('refuses reviewers and auditors, and changes nothing', async () => {
    for (const agent of [reviewer, auditor]) {
      await agent.get('/');
      expect((await agent.post('/jobs/retry', { kind: 'learn' })).status).toBe(403);
    }
    expect(jobsOf('learn').map((j) => j.state)).toEqual(['dead']);
    expect(retryAudits()).toHaveLength(2);
  });
});

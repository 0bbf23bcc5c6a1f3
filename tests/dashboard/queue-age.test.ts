import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../src/jobs/jobs.repository.js';
import { type Agent, type ConsoleHarness, completeSetup, openConsole } from '../support/console-harness.js';
import { testJob } from '../support/test-jobs.js';

/** The dashboard's job queues say how long their oldest due job has waited for a worker. */
let h: ConsoleHarness;
let admin: Agent;

beforeAll(async () => {
  h = openConsole();
  admin = (await completeSetup(h)).agent;
});
afterAll(() => h.close());

const minute = 60_000;

function queue(kind: string, key: string, runAfter: number) {
  h.store.db.transaction((tx) =>
    enqueueJob(
      tx,
      testJob(kind),
      { payload: { key }, idempotencyKey: key, maxAttempts: 3, runAfter },
      runAfter,
    ),
  );
}

/** The queue table's row of `label`, as text with tags stripped. */
function row(html: string, label: string): string {
  const start = html.indexOf(`<th scope="row">${label}</th>`);
  expect(start).toBeGreaterThan(-1);
  return html
    .slice(start, html.indexOf('</tr>', start))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('queue age on the dashboard', () => {
  it("shows since when each queue's oldest due job waits, and a dash for a queue with none due", async () => {
    const now = h.clock.now();
    queue('draft', 'draft-old', now - 25 * minute);
    queue('draft', 'draft-new', now - 2 * minute);
    // Waiting for a retry's backoff: not waiting for a worker yet.
    queue('learn', 'learn-later', now + 10 * minute);

    const page = await admin.get('/');
    expect(page.html).toContain('Oldest waiting');
    expect(row(page.html, 'Drafting replies')).toContain('25 minutes ago');
    expect(row(page.html, 'Drafting replies')).not.toContain('2 minutes ago');
    expect(row(page.html, 'Learning from sent replies')).toContain('—');

    h.clock.advance(20 * minute);
    const later = await admin.get('/');
    expect(row(later.html, 'Drafting replies')).toContain('45 minutes ago');
    expect(row(later.html, 'Learning from sent replies')).toContain('10 minutes ago');
  });
});

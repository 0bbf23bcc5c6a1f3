import { describe, expect, it } from 'vitest';
import { jobErrors } from '../../src/jobs/jobs.errors.js';
import { mailboxErrors } from '../../src/mailboxes/mailboxes.errors.js';
import { storeErrors } from '../../src/store/store.errors.js';
import { createApp } from '../../src/web/app.js';
import { captureLogs } from '../support/logs.js';

/** app.onError is the one place a failed request becomes an answer: these routes only throw. */
function appThrowing(error: () => unknown) {
  const logs = captureLogs('info');
  const app = createApp({
    logger: logs.logger,
    readiness: () => ({ storeOpen: true, migrationsApplied: true, workersRunning: true }),
  });
  app.get('/boom', () => {
    throw error();
  });
  return { app, logs };
}

describe('the console answers a thrown error once, by its status', () => {
  it('shows a fixable error with its own status and message, and logs only its code', async () => {
    const { app, logs } = appThrowing(() => jobErrors.notDead({ id: 7, state: 'running' }));
    const res = await app.request('/boom');
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('Job 7 is running, not dead: only dead jobs are retried.');
    const line = JSON.parse(logs.lines.at(-1)!);
    expect(line).toMatchObject({ level: 30, code: 'jobs.not_dead', msg: 'request refused' });
  });

  it('answers 404 with the message for something that does not exist', async () => {
    const { app } = appThrowing(() => mailboxErrors.notFound(42));
    const res = await app.request('/boom');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('No mailbox &quot;42&quot;.');
  });

  it('hides an internal error behind the calm 500 page and logs it once without its text', async () => {
    const { app, logs } = appThrowing(() => new Error('Dear Ms Example, my card 4111 1111 1111 1111'));
    const res = await app.request('/boom');
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).toContain('The request failed. The error was logged');
    expect(html).not.toContain('4111');
    expect(logs.lines).toHaveLength(1);
    expect(logs.output()).not.toContain('4111');
    expect(JSON.parse(logs.lines[0]!)).toMatchObject({ level: 50, msg: 'request failed', path: '/boom' });
  });

  it('does not show the message of an AppError that is not the request’s fault', async () => {
    const { app } = appThrowing(() => storeErrors.lockContended('/data/veildraft.lock'));
    const res = await app.request('/boom');
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('/data/veildraft.lock');
  });
});

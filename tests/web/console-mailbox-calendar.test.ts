import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autoPauseUnusedDrafting } from '../../src/analytics/auto-pause.usecases.js';
import { seedMailbox } from '../support/analytics-seed.js';
import {
  type Agent,
  type ConsoleHarness,
  completeSetup,
  openConsole,
  pageText,
} from '../support/console-harness.js';

/**
 * A mailbox's business calendar and SLA target edited on its console page (validated, audited,
 * rebuild queued), and drafting that paused by itself shown on the dashboard and resumed there.
 */
let h: ConsoleHarness;
let admin: Agent;
let id: number;

const auditActions = () =>
  (
    h.store.sqlite.prepare('SELECT action, actor FROM audit_log ORDER BY id').all() as {
      action: string;
      actor: string;
    }[]
  ).map((r) => `${r.action} ${r.actor}`);

beforeAll(async () => {
  h = openConsole();
  admin = (await completeSetup(h)).agent;
  id = seedMailbox(h.store, 'Support');
}, 120_000);
afterAll(() => h?.close());

describe('mailbox calendar on the console', () => {
  it('shows the default, refuses a wrong field with its message, saves a valid calendar', async () => {
    const page = await admin.get(`/mailboxes/${id}`);
    expect(page.status).toBe(200);
    expect(pageText(page.html)).toContain('Uses the Business hours setting until saved here.');

    const bad = await admin.post(`/mailboxes/${id}/calendar`, {
      timeZone: 'Europe/Berlin',
      mon: '8-17',
      sla: '8',
    });
    expect(bad.status).toBe(400);
    expect(pageText(bad.html)).toContain('Write intervals like 08:00-12:00');
    expect(auditActions().some((a) => a.startsWith('mailbox.calendar_set'))).toBe(false);

    const ok = await admin.post(`/mailboxes/${id}/calendar`, {
      timeZone: 'Europe/Vienna',
      mon: '08:00-12:00, 13:00-17:00',
      sat: '22:00-06:00',
      holidays: 'AT',
      closures: '2026-12-24',
      sla: '4',
    });
    expect(ok.status).toBe(200);
    const text = pageText(ok.html);
    expect(text).toContain('Calendar and SLA saved');
    expect(text).toMatch(/This mailbox(&#39;|')s own calendar/);
    expect(ok.html).toContain('value="08:00-12:00, 13:00-17:00"');
    expect(ok.html).toContain('value="22:00-06:00"');
    expect(auditActions()).toContain(`mailbox.calendar_set user:1`);
    const job = h.store.sqlite.prepare(`SELECT payload FROM jobs WHERE kind = 'analytics.refresh'`).get() as {
      payload: string;
    };
    expect(JSON.parse(job.payload)).toMatchObject({ mailboxId: id, full: true, by: 1 });

    const reset = await admin.post(`/mailboxes/${id}/calendar/reset`);
    expect(pageText(reset.html)).toContain('uses the Business hours setting again');
    expect(auditActions()).toContain(`mailbox.calendar_reset user:1`);
  });

  it('shows drafting paused by itself on the dashboard, and resumes it with one click', async () => {
    const old = h.clock.now() - 3 * 86_400_000;
    const insert = h.store.sqlite.prepare(
      `INSERT INTO drafts (mailbox_id, draft_key, message_id, status, created_at, appended_at)
       VALUES (?, ?, ?, 'stored', ?, ?)`,
    );
    for (let i = 0; i < 20; i++) insert.run(id, `k${i}`, `<vd-${i}@acme.example>`, old + i, old + i);
    expect(autoPauseUnusedDrafting({ db: h.store.db, keys: h.keys, clock: h.clock }, 20)).toEqual([id]);

    const dash = await admin.get('/');
    expect(pageText(dash.html)).toMatch(/Drafting for Support paused by itself .*: last 20 drafts unused/);
    const resumed = await admin.post(`/mailboxes/${id}/drafting/resume`);
    expect(resumed.status).toBe(200);
    expect(pageText(resumed.html)).toContain('Drafting resumed.');
    expect(pageText((await admin.get('/')).html)).not.toContain('paused by itself');
    expect(auditActions()).toEqual(
      expect.arrayContaining(['mailbox.drafting_auto_paused system', 'mailbox.drafting_resumed user:1']),
    );
  });
});

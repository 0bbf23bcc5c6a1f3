import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pseudonym } from '../../src/ingest/message.models.js';
import { createLogger } from '../../src/shared/logger.js';
import { assignMailboxes } from '../../src/users/user-mailboxes.usecases.js';
import { type SeedMessage, seedMailbox, seedThreads } from '../support/analytics-seed.js';
import { TestClock } from '../support/appliance.js';
import { launchChromium, listen, viewports } from '../support/console-browser.js';
import {
  ADMIN,
  Agent,
  addUser,
  type ConsoleHarness,
  completeSetup,
  openConsole,
  pageText,
  signIn,
} from '../support/console-harness.js';
import { measureLayout } from '../support/layout-check.js';
import { requireSystemPackage } from '../support/system-packages.js';

/**
 * The Analytics page on seeded metadata in a real encrypted store, read over HTTP and in real
 * Chromium. Business hours are the defaults (Europe/Berlin, Mon–Fri 08:00–17:00); "now" is
 * Friday 19 June 2026, 15:00 Berlin.
 *
 * Support: 13 answered threads starting Monday 8 June 09:00 with first replies after 0.5, 1, …,
 * 6 hours and one after 26 hours (11 business hours: an SLA miss), so the business median is
 * 3.5 h and the P90 6.0 h (n = 13); two threads wait (one since 15 June, past the SLA, one since
 * this morning); ten replies had a draft. The reviewer rita sent 11 of the replies. "=SUM(1+1)"
 * has three threads only: every figure is "too few to show", and its name tests the CSV.
 */
const H = 3_600_000;
const D = 24 * H;
const MONDAY_9 = Date.parse('2026-06-08T07:00:00Z');
const PERIOD = 'period=custom&from=2026-06-01&to=2026-06-19';
const artifacts = path.resolve('tests/artifacts/analytics');

/** A customer's message, optionally drafted (with the reply's similarity) and answered. */
function thread(
  at: number,
  customer: string,
  reply?: { after: number; from: string; sender?: string },
  similarity?: number,
) {
  const draft = similarity === undefined ? {} : { draftAt: at + 60_000, similarity };
  const messages: SeedMessage[] = [{ at, direction: 'inbound', from: customer, to: ['box'], ...draft }];
  if (reply) messages.push({ at: at + reply.after, direction: 'outbound', to: [customer], ...reply });
  return messages;
}

/**
 * Team: 12 answered threads replied from the shared address with a Sender: 11 by Rita (whose
 * address an admin enters on her user page), one by another agent. Two agents: every reply cell
 * of the team figures is suppressed, though there are enough segments.
 */
function teamThreads(rita: string): SeedMessage[][] {
  return Array.from({ length: 12 }, (_, i) =>
    thread(MONDAY_9 + i * 60_000, `t${i}`, {
      after: (i + 1) * 0.5 * H,
      from: 'shared',
      sender: i < 11 ? rita : 'other-agent',
    }),
  );
}

function supportThreads(rita: string): SeedMessage[][] {
  const answered = Array.from({ length: 12 }, (_, i) =>
    thread(
      MONDAY_9 + i * 60_000,
      `c${i}`,
      { after: (i + 1) * 0.5 * H, from: i < 11 ? rita : 'shared' },
      i < 6 ? 0.95 : i < 10 ? 0.7 : undefined,
    ),
  );
  return [
    ...answered,
    thread(MONDAY_9 + 20 * 60_000, 'c12', { after: 26 * H, from: 'shared' }),
    thread(MONDAY_9 + 7 * D, 'w1'),
    thread(Date.parse('2026-06-19T08:00:00Z'), 'w2'),
    [{ at: MONDAY_9, direction: 'inbound', from: 'robot', to: ['box'], skipRule: 'auto_submitted' }],
  ];
}

let h: ConsoleHarness;
let admin: Agent;
let reviewer: Agent;
let auditor: Agent;
let supportId = 0;
let otherId = 0;
let teamId = 0;

const perAgentViews = () =>
  (
    h.store.sqlite
      .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'analytics.per_agent_view'")
      .get() as {
      n: number;
    }
  ).n;

/** The same signed-in session on the appliance started with VEILDRAFT_ANALYTICS_PER_AGENT=on. */
function perAgentTwin(agent: Agent) {
  const app = h.withConsole({ analyticsPerAgent: true });
  const twin = new Agent(app);
  for (const [k, v] of agent.cookies) twin.cookies.set(k, v);
  return { app, twin };
}

beforeAll(async () => {
  h = openConsole({ clock: new TestClock(Date.parse('2026-06-19T13:00:00Z')) });
  const setup = await completeSetup(h);
  const rita = await addUser(h, setup.agent, 'rita', 'reviewer');
  const audrey = await addUser(h, setup.agent, 'audrey', 'auditor');
  supportId = seedMailbox(h.store, 'Support');
  otherId = seedMailbox(h.store, '=SUM(1+1)');
  seedThreads(h.store, supportId, supportThreads(pseudonym(h.keys.pseudonym, 'rita')));
  seedThreads(h.store, otherId, supportThreads('x').slice(0, 3));
  const userId = (name: string) =>
    (h.store.sqlite.prepare('SELECT id FROM users WHERE username = ?').get(name) as { id: number }).id;
  const deps = { db: h.store.db, keys: h.keys, clock: h.clock, logger: createLogger('silent') };
  expect(assignMailboxes(deps, userId('admin'), userId('rita'), [String(supportId)]).ok).toBe(true);
  admin = (await signIn(h, ADMIN.username, ADMIN.password, setup.secret)).agent;
  reviewer = (await signIn(h, 'rita', rita.password, rita.secret)).agent;
  auditor = (await signIn(h, 'audrey', audrey.password, audrey.secret)).agent;
}, 120_000);
afterAll(() => h?.close());

describe('Analytics page', () => {
  it('shows the known median, P90, SLA % and waiting mail of a mailbox, and "too few to show" for a small one', async () => {
    const one = await admin.get(`/analytics?mailbox=${supportId}&${PERIOD}`);
    expect(one.status).toBe(200);
    const text = pageText(one.html);
    expect(text).toContain('Support, 2026-06-01 to 2026-06-19');
    // Built at this first view, just after 13:00 UTC, shown in the console's zone (Europe/Berlin).
    expect(text).toMatch(/Figures as of 15:0\d \. They are brought up to date/);
    expect(text).toMatch(/First reply, business time 3\.5 h median P90 6\.0 h · n = 13/);
    expect(text).toMatch(/85\.7% met \(12 of 14\)/);
    expect(text).toMatch(/Unanswered now 2 1 past the SLA, 0 due today/);
    // Draft value: ten drafted replies shown, three without a draft suppressed, not zero.
    expect(text).toContain('First reply without a draft too few to show (n = 3)');
    expect(text).toMatch(/First reply with a draft median [\d.]+ h, P90 [\d.]+ h \(n = 10\)/);
    expect(text).toMatch(/66\.7% of customer mail got a draft \(10 of 15\)/);
    expect(text).toContain('auto_submitted 1');
    expect(text).toContain('Mon 09:00');
    // No per-agent figures in team mode, and nothing audited for looking at team figures.
    expect(text).not.toContain('Per-agent mode is on');
    expect(perAgentViews()).toBe(0);

    const all = pageText((await auditor.get(`/analytics?${PERIOD}`)).html);
    expect(all).toContain('All mailboxes you may see, 2026-06-01 to 2026-06-19');
    expect(all).toMatch(/=SUM\(1\+1\) too few to show \(n = 3\) too few to show \(n = 3\)/);
    expect(all).not.toMatch(/=SUM\(1\+1\) 0/);
    // Support's row subtracted from a shown total would give =SUM(1+1)'s three replies away.
    expect(all).toMatch(/First reply, business time withheld \(n = 16; with the per-mailbox figures/);
  });

  it('shows reviewers only their mailboxes and answers a hidden one as not found', async () => {
    const page = await reviewer.get(`/analytics?${PERIOD}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('>Support</option>');
    expect(page.html).not.toContain('SUM(1+1)');
    expect((await reviewer.get(`/analytics?mailbox=${otherId}&${PERIOD}`)).status).toBe(404);
    expect((await reviewer.get(`/analytics/download/csv?mailbox=${otherId}&${PERIOD}`)).status).toBe(404);
    const csv = await reviewer.get(`/analytics/download/csv?${PERIOD}`);
    expect(csv.html.trim().split('\r\n')).toHaveLength(2);
    expect(csv.html).not.toContain('SUM');
    // The navigation offers the page to all three roles.
    for (const who of [admin, reviewer, auditor])
      expect((await who.get('/')).html).toContain('href="/analytics"');
  });

  it('exports the aggregates as CSV with a safe file name and formula-proof cells', async () => {
    const res = await admin.get(`/analytics/download/csv?${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="veildraft-analytics-all-mailboxes-2026-06-01-2026-06-19.csv"',
    );
    const [header, support, other] = res.html
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    const row = (r: string[] | undefined) =>
      Object.fromEntries(header!.map((k, i) => [k.replaceAll('"', ''), r![i]!.replaceAll('"', '')]));
    expect(row(support)).toMatchObject({
      mailbox: 'Support',
      segments: '15',
      first_reply_business_n: '13',
      first_reply_business_median_s: '12600',
      first_reply_business_p90_s: '21600',
      sla_percent_met: '85.7',
      unanswered_now: '2',
      drafts_unchanged: '6',
      drafts_light_edit: '4',
    });
    expect(row(other)).toMatchObject({ mailbox: "'=SUM(1+1)", segments: 'too few to show' });
    const one = await admin.get(`/analytics/download/csv?mailbox=${supportId}&period=7`);
    expect(one.headers.get('content-disposition')).toContain(
      'veildraft-analytics-support-2026-06-13-2026-06-19.csv',
    );
  });

  it('answers a bad period with the reason beside the field, never a server error', async () => {
    for (const [query, message] of [
      ['period=custom&from=2026-02-30&to=2026-03-01', 'The first day is not a date'],
      ['period=custom&from=2026-06-19&to=2026-06-01', 'The first day must not be after the last day.'],
      ['period=custom&from=2026-06-01&to=2027-01-01', 'The last day must not be after today (2026-06-19).'],
      ['period=365', 'Choose a period from the list.'],
    ] as const) {
      const res = await admin.get(`/analytics?${query}`);
      expect(res.status, query).toBe(400);
      expect(pageText(res.html), query).toContain(message);
      expect(res.html).toContain('Please correct the following');
      expect((await admin.get(`/analytics/download/csv?${query}`)).status, query).toBe(400);
    }
    expect((await admin.get('/analytics?mailbox=abc')).status).toBe(404);
  });

  it('shows per-agent figures only when started with the mode on, with a banner, auditing every view', async () => {
    const { twin } = perAgentTwin(admin);
    const before = perAgentViews();
    const text = pageText((await twin.get(`/analytics?mailbox=${supportId}&${PERIOD}`)).html);
    expect(text).toContain('Per-agent mode is on.');
    // Support's replies carry no stored sender (mail stored before senders were kept).
    expect(text).toMatch(/sender unknown median [\d.]+ h, P90 [\d.]+ h \(n = 13\)/);
    expect(text).not.toContain('rita median');
    await twin.get(`/analytics?${PERIOD}`);
    expect(perAgentViews()).toBe(before + 2);
    const row = h.store.sqlite
      .prepare(
        "SELECT actor, target, metadata FROM audit_log WHERE action = 'analytics.per_agent_view' ORDER BY id",
      )
      .get() as { actor: string; target: string; metadata: string };
    expect(row.target).toBe(`mailbox:${supportId}`);
    expect(JSON.parse(row.metadata)).toEqual({
      mailboxIds: [supportId],
      from: '2026-06-01',
      to: '2026-06-19',
    });
    const sheet = pageText((await twin.get('/analytics/what-is-measured')).html);
    expect(sheet).toContain('Per-agent mode is ON on this appliance.');
    expect(pageText((await admin.get('/analytics/what-is-measured')).html)).toContain(
      'Per-agent mode is OFF on this appliance.',
    );
  });
});

describe('Analytics in Chromium at 1280 and 390 px', () => {
  let browser: Browser;
  const servers: { url: string; close(): Promise<void> }[] = [];
  beforeAll(async () => {
    requireSystemPackage('/usr/bin/chromium');
    mkdirSync(artifacts, { recursive: true });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.close();
  });

  async function contextFor(
    agent: Agent,
    perAgent = false,
  ): Promise<{ context: BrowserContext; url: string }> {
    const server = await listen(perAgent ? { ...h, app: perAgentTwin(agent).app } : h);
    servers.push(server);
    const context = await browser.newContext({ viewport: viewports.desktop });
    await context.addCookies([...agent.cookies].map(([name, value]) => ({ name, value, url: server.url })));
    return { context, url: server.url };
  }

  it('renders every view without sideways scrolling, CSP complaints or overlaps, and saves screenshots', async () => {
    const views: [string, Agent, string, boolean][] = [
      ['all-admin', admin, `/analytics?${PERIOD}`, false],
      ['support-reviewer', reviewer, `/analytics?mailbox=${supportId}&${PERIOD}`, false],
      ['per-agent-admin', admin, `/analytics?mailbox=${supportId}&${PERIOD}`, true],
      ['bad-period-auditor', auditor, '/analytics?period=custom&from=2026-06-19&to=2026-06-01', false],
      ['what-is-measured-auditor', auditor, '/analytics/what-is-measured', false],
    ];
    const problems: string[] = [];
    for (const [name, agent, url, perAgent] of views) {
      const { context, url: base } = await contextFor(agent, perAgent);
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.text().includes('Content Security Policy')) problems.push(`${name}: ${m.text()}`);
      });
      const res = await page.goto(`${base}${url}`);
      expect(res?.status(), name).toBeLessThan(500);
      if (!name.startsWith('bad') && !name.startsWith('what')) {
        // The charts are images with names, and their numbers are also there as text.
        await page.getByRole('img', { name: /Arrivals by weekday and hour/ }).waitFor();
        // All mailboxes: beside Support's row, the total's histogram would give away =SUM(1+1)'s.
        if (name.startsWith('all'))
          await page
            .locator('section[aria-labelledby="h-hist"] p.suppressed', { hasText: 'withheld' })
            .waitFor();
        else await page.getByRole('img', { name: /First replies by how long they took/ }).waitFor();
      }
      for (const size of [viewports.desktop, viewports.phone]) {
        await page.setViewportSize(size);
        const { overflowPx, overlaps } = await measureLayout(page);
        if (overflowPx > 0) problems.push(`${name} at ${size.width}: scrolls sideways by ${overflowPx} px`);
        for (const o of overlaps) problems.push(`${name} at ${size.width}: ${o}`);
        const file = path.join(artifacts, `${name}-${size.width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(statSync(file).size, file).toBeGreaterThan(5_000);
      }
      if (name.startsWith('what')) {
        // Printed, the sheet is the sheet alone: no navigation, no sign-out.
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('header.top').isVisible()).toBe(false);
        await page.pdf({ path: path.join(artifacts, 'what-is-measured.pdf'), format: 'A4' });
        expect(statSync(path.join(artifacts, 'what-is-measured.pdf')).size).toBeGreaterThan(5_000);
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 240_000);
});

describe('Analytics agents', () => {
  // Seeded here, after the other suites: its two agents suppress the all-mailboxes reply cards.
  beforeAll(() => {
    teamId = seedMailbox(h.store, 'Team');
    seedThreads(h.store, teamId, teamThreads(pseudonym(h.keys.pseudonym, 'rita@acme.example')));
  });
  it('attributes per-agent replies to the user whose address is their Sender, and suppresses a team of two', async () => {
    const ritaId = (
      h.store.sqlite.prepare("SELECT id FROM users WHERE username = 'rita'").get() as { id: number }
    ).id;
    const saved = pageText((await admin.post(`/users/${ritaId}/email`, { email: 'Rita@acme.example' })).html);
    expect(saved).toContain('E-mail address saved.');
    expect(saved).toContain('An address is on file');
    const audit = h.store.sqlite
      .prepare("SELECT target, metadata FROM audit_log WHERE action = 'user.email_change' ORDER BY id DESC")
      .get() as { target: string; metadata: string };
    expect(audit.target).toBe(`user:${ritaId}`);
    expect(JSON.parse(audit.metadata)).toEqual({ set: true, changed: true });
    expect(audit.metadata).not.toContain('acme');

    const team = pageText((await admin.get(`/analytics?mailbox=${teamId}&${PERIOD}`)).html);
    expect(team).toMatch(/First reply, business time too few to show \(n = 12\)/);
    expect(team).not.toMatch(/First reply, business time [\d.]+ h median/);

    const { twin } = perAgentTwin(admin);
    const perAgent = pageText((await twin.get(`/analytics?mailbox=${teamId}&${PERIOD}`)).html);
    expect(perAgent).toMatch(/rita median 3\.0 h, P90 5\.0 h \(n = 11\)/);
    expect(perAgent).toMatch(/pseudonym other-agen too few to show \(n = 1\)/);
  });
});

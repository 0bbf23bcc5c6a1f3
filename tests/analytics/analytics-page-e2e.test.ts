import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import { createLogger } from '../../src/shared/logger.js';
import { type Appliance, startAppliance } from '../../src/start.js';
import { assignMailboxes } from '../../src/users/user-mailboxes.usecases.js';
import { duration } from '../../src/web/views/analytics-format.js';
import {
  deliverThreads,
  juneArrival,
  juneMonth,
  markDrafted,
  type ScriptedThread,
} from '../support/analytics-month.js';
import { TestClock } from '../support/appliance.js';
import { launchChromium, viewports } from '../support/console-browser.js';
import {
  ADMIN,
  type Agent,
  addUser,
  type ConsoleHarness,
  completeSetup,
  openConsole,
  signIn,
} from '../support/console-harness.js';
import { freePorts, TestDovecot } from '../support/dovecot.js';
import { measureLayout } from '../support/layout-check.js';
import { requireSystemPackage } from '../support/system-packages.js';
import { backfillFinished, until } from '../sync/sync-fixtures.js';

/**
 * The whole path of the Analytics page: a scripted month of mail in a real Dovecot, synced by
 * the appliance itself (started as `veildraft start` starts it, on a clock set to Wednesday
 * 1 July 2026, 12:00 Berlin), read in real Chromium by an admin, an auditor and a reviewer.
 *
 * Support (Dovecot user agent1) holds the analytics tests' June (one mail each weekday at 09:00
 * answered k × 20 min later, one unanswered on Monday the 29th) plus a mail on Friday 26 June at
 * 16:00 answered on Monday at 09:00: 65 h elapsed but 2 business hours (Fri 16–17, Mon 8–9).
 * The first twelve customer mails were drafted by Veildraft. Sales (agent2) has three threads,
 * too few for any figure; the reviewer is assigned Support only.
 *
 * Known figures (minutes; median = middle value, P90 = 19th of 21 by nearest rank):
 * - business: 20, 40, …, 400 and 120 → median 200 (3.3 h), P90 360 (6.0 h), mean 205.7 (3.4 h);
 * - elapsed: 20, 40, …, 400 and 3,900 → median 220 (3.7 h), P90 380 (6.3 h), mean 385.7 (6.4 h);
 * - SLA (8 business hours): 21 met of 22, the unanswered one past due → 95.5 %;
 * - with a draft: 20 … 240 → median 130 (2.2 h), P90 220 (3.7 h), n = 12; without: n = 9,
 *   fewer than 10 → "too few to show";
 * - what the replies kept: 7 unchanged, 3 light edits, 1 rewrite, 1 replied without the draft.
 */
const MIN = 60_000;
const NOW = Date.UTC(2026, 6, 1, 10, 0);
const PERIOD = 'period=custom&from=2026-06-01&to=2026-06-30';
const artifacts = path.resolve('tests/artifacts/analytics');
const similarities = [...Array(7).fill(0.95), 0.7, 0.7, 0.7, 0.3, 0.1];

const supportThreads: ScriptedThread[] = [
  ...juneMonth(),
  { arrival: Date.UTC(2026, 5, 26, 14, 0), repliedAt: Date.UTC(2026, 5, 29, 7, 0) },
];
const salesThreads: ScriptedThread[] = [3, 10, 17].map((day) => ({
  arrival: juneArrival(day),
  repliedAt: juneArrival(day) + 30 * MIN,
}));

let dovecot: TestDovecot;
let h: ConsoleHarness;
let app: Appliance | undefined;
let browser: Browser;
let base = '';
let supportId = 0;
let salesId = 0;
const agents: Record<'admin' | 'reviewer' | 'auditor', Agent> = {} as never;

beforeAll(async () => {
  requireSystemPackage('/usr/bin/chromium');
  mkdirSync(artifacts, { recursive: true });
  const browserStarted = launchChromium();
  dovecot = await TestDovecot.start({
    users: [
      { user: 'agent1', password: 'secret1' },
      { user: 'agent2', password: 'secret2' },
    ],
  });
  deliverThreads(dovecot, 'agent1', supportThreads, 'support@acme.example');
  deliverThreads(dovecot, 'agent2', salesThreads, 'sales@acme.example', 'buyer');

  // The accounts, sessions and mailboxes are made through the console on the appliance's own
  // folder; the appliance then starts on it and its sessions carry over.
  const [port] = await freePorts(1);
  h = openConsole({
    clock: new TestClock(NOW),
    env: {
      VEILDRAFT_PORT: String(port),
      VEILDRAFT_SYNC_POLL_SECONDS: '1',
      VEILDRAFT_DRAFT_BACKLOG_HOURS: '0',
    },
  });
  const setup = await completeSetup(h);
  const rita = await addUser(h, setup.agent, 'rita', 'reviewer');
  const audrey = await addUser(h, setup.agent, 'audrey', 'auditor');
  const deps = { db: h.store.db, keys: h.keys, clock: h.clock, allowPlaintextLoopback: false };
  const add = (name: string, user: string, fromAddress: string) =>
    addMailbox(deps, { name, ...dovecot.connection(user), fromAddress }, { kind: 'cli' }).id;
  supportId = add('Support', 'agent1', 'support@acme.example');
  salesId = add('Sales', 'agent2', 'sales@acme.example');
  const userId = (name: string) =>
    (h.store.sqlite.prepare('SELECT id FROM users WHERE username = ?').get(name) as { id: number }).id;
  const assigned = assignMailboxes(
    { ...deps, logger: createLogger('silent') },
    userId('admin'),
    userId('rita'),
    [String(supportId)],
  );
  expect(assigned.ok).toBe(true);
  agents.admin = (await signIn(h, ADMIN.username, ADMIN.password, setup.secret)).agent;
  agents.reviewer = (await signIn(h, 'rita', rita.password, rita.secret)).agent;
  agents.auditor = (await signIn(h, 'audrey', audrey.password, audrey.secret)).agent;
  h.store.close();

  // The appliance's clock runs on from the console's, so the sessions stay fresh.
  const startedAt = Date.now();
  const from = h.clock.now();
  app = await startAppliance({
    config: h.config,
    logger: createLogger('silent'),
    clock: { now: () => from + (Date.now() - startedAt) },
  });
  base = `http://127.0.0.1:${app.address.port}`;
  const store = app.store;
  await until(
    () =>
      backfillFinished(store, supportId, ['inbox', 'sent']) &&
      backfillFinished(store, salesId, ['inbox', 'sent']),
    60_000,
    'both mailboxes synced',
  );
  expect(markDrafted(store, supportId, similarities)).toBe(22);
  browser = await browserStarted;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await dovecot?.stop();
  if (h) rmSync(h.dir, { recursive: true, force: true });
});

const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
});

/** A browser tab signed in as the role's session, at desktop width. */
async function tabOf(who: keyof typeof agents): Promise<Page> {
  const context = await browser.newContext({ viewport: viewports.desktop });
  contexts.push(context);
  await context.addCookies([...agents[who].cookies].map(([name, value]) => ({ name, value, url: base })));
  return context.newPage();
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const textOf = async (page: Page, selector: string) => squash(await page.locator(selector).innerText());
/** The value of the headline tile with this title (the title itself is set in capitals by CSS). */
const tile = (page: Page, title: string) =>
  textOf(page, `ul[aria-label="Headline figures"] li:has(h2:text-is("${title}")) .value`);

/** Screenshots at 1280 and 390 px; at 390 nothing may scroll sideways or overlap. */
async function shoot(page: Page, name: string): Promise<string[]> {
  const problems: string[] = [];
  for (const size of [viewports.desktop, viewports.phone]) {
    await page.setViewportSize(size);
    const { overflowPx, overlaps } = await measureLayout(page);
    if (overflowPx > 0) problems.push(`${name} at ${size.width}: scrolls sideways by ${overflowPx} px`);
    problems.push(...overlaps.map((o) => `${name} at ${size.width}: ${o}`));
    const file = path.join(artifacts, `e2e-${name}-${size.width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size, file).toBeGreaterThan(5_000);
  }
  await page.setViewportSize(viewports.desktop);
  return problems;
}

/** The CSV the page's *Download CSV* link gives, as one record per mailbox. */
async function csvOf(page: Page): Promise<Record<string, string>[]> {
  const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
  const res = await page.request.get(`${base}${href}`);
  expect(res.status()).toBe(200);
  const [header, ...rows] = (await res.text())
    .trim()
    .split('\r\n')
    .map((l) => l.split(',').map((c) => c.replaceAll('"', '')));
  return rows.map((r) => Object.fromEntries(header!.map((k, i) => [k, r[i]!])));
}

describe('Analytics page on a month synced from Dovecot, in Chromium', () => {
  it('shows an admin the known medians, P90, SLA %, waiting mail and draft-value split, equal to the CSV', async () => {
    const page = await tabOf('admin');
    const res = await page.goto(`${base}/analytics?mailbox=${supportId}&${PERIOD}`);
    expect(res?.status()).toBe(200);
    expect(await textOf(page, '#h-figures')).toBe('Support, 2026-06-01 to 2026-06-30');

    const business = await tile(page, 'First reply, business time');
    const elapsed = await tile(page, 'First reply, elapsed');
    expect(business).toBe('3.3 h median P90 6.0 h · n = 21 · mean 3.4 h');
    expect(elapsed).toBe('3.7 h median P90 6.3 h · n = 21 · mean 6.4 h');
    expect(await tile(page, 'SLA: first reply within 8 business hours')).toBe('95.5% met (21 of 22)');
    expect(await tile(page, 'Unanswered now')).toBe('1 1 past the SLA, 0 due today');

    const draft = await textOf(page, 'section[aria-labelledby="h-draft"]');
    expect(draft).toContain('First reply with a draft median 2.2 h, P90 3.7 h (n = 12) (business time)');
    // Nine replies without a draft: below the threshold, so suppressed, never shown as 0.
    expect(draft).toContain('First reply without a draft too few to show (n = 9) (business time)');
    expect(draft).not.toContain('Difference of the medians');
    for (const kept of [
      'sent as drafted (similarity ≥ 0.9): 7 (58.3%)',
      'light edit (0.6–0.9): 3 (25%)',
      'rewritten (0.2–0.6): 1 (8.3%)',
      'replied without using the draft (< 0.2): 1 (8.3%)',
      'deleted from Drafts without a reply (unused): 0 (0%)',
      'pending (still in Drafts, no reply yet): 0 (0%)',
    ])
      expect(draft).toContain(kept);
    expect(draft).toContain('54.5% of customer mail got a draft (12 of 22)');
    // One segment a day: every day of the trend is suppressed.
    expect(await textOf(page, 'section[aria-labelledby="h-trend"] tbody')).not.toMatch(/\d h/);
    expect(await textOf(page, 'section[aria-labelledby="h-waiting"]')).toContain('past the SLA');

    // The CSV behind the page's own link holds the same figures.
    const [csv] = await csvOf(page);
    expect(csv).toMatchObject({
      mailbox: 'Support',
      segments: '22',
      first_reply_business_n: '21',
      first_reply_business_median_s: String(200 * 60),
      first_reply_business_p90_s: String(360 * 60),
      first_reply_elapsed_n: '21',
      first_reply_elapsed_median_s: String(220 * 60),
      first_reply_elapsed_p90_s: String(380 * 60),
      sla_evaluated: '22',
      sla_met: '21',
      sla_percent_met: '95.5',
      unanswered_now: '1',
      unanswered_past_sla: '1',
      with_draft_business_n: '12',
      with_draft_business_median_s: String(130 * 60),
      without_draft_business_n: '9',
      without_draft_business_median_s: 'too few to show',
      drafts: '12',
      drafts_unchanged: '7',
      drafts_light_edit: '3',
      drafts_rewrite: '1',
      drafts_replied_without_draft: '1',
    });
    const s = (k: string) => duration(Number(csv![k]));
    expect(business).toContain(
      `${s('first_reply_business_median_s')} median P90 ${s('first_reply_business_p90_s')} · n = ${csv!.first_reply_business_n} · mean ${s('first_reply_business_mean_s')}`,
    );
    expect(elapsed).toContain(
      `${s('first_reply_elapsed_median_s')} median P90 ${s('first_reply_elapsed_p90_s')} · n = ${csv!.first_reply_elapsed_n} · mean ${s('first_reply_elapsed_mean_s')}`,
    );
    expect(draft).toContain(
      `median ${s('with_draft_business_median_s')}, P90 ${s('with_draft_business_p90_s')} (n = ${csv!.with_draft_business_n})`,
    );

    expect(await shoot(page, 'support-admin')).toEqual([]);
  }, 60_000);

  it('lets an auditor read every mailbox, the small one as "too few to show" and no total that would give it away', async () => {
    const page = await tabOf('auditor');
    expect((await page.goto(`${base}/analytics?${PERIOD}`))?.status()).toBe(200);
    const rows = await page.locator('section[aria-labelledby="h-mailboxes"] tbody tr').allInnerTexts();
    expect(rows.map(squash)).toEqual([
      'Support 22 median 3.3 h, P90 6.0 h (n = 21) median 3.7 h, P90 6.3 h (n = 21) 95.5% (21 of 22) 1 (1 past the SLA)',
      'Sales too few to show (n = 3) too few to show (n = 3) too few to show (n = 3) too few to show (n = 3) too few to show',
    ]);
    // Support's shown row subtracted from a total would give back Sales's hidden figures (its
    // three replies' SLA count and mean): the total's reply cells are withheld instead.
    const withheld =
      'withheld (n = 24; with the per-mailbox figures it would give away a mailbox that has too few)';
    expect(await tile(page, 'First reply, business time')).toBe(withheld);
    expect(await tile(page, 'First reply, elapsed')).toBe(withheld);
    expect(await tile(page, 'SLA: first reply within 8 business hours')).toBe(
      'withheld (n = 25; with the per-mailbox figures it would give away a mailbox that has too few)',
    );
    expect(await textOf(page, 'section[aria-labelledby="h-hist"]')).toContain(`${withheld}.`);
    // Both mailboxes hide their replies without a draft, so together they are no one's alone:
    // 30, 30, 30 (Sales), 120 and 260 … 400 (Support) minutes: median 290, P90 380.
    const draft = await textOf(page, 'section[aria-labelledby="h-draft"]');
    expect(draft).toContain('First reply without a draft median 4.8 h, P90 6.3 h (n = 12)');
    expect(draft).toContain('First reply with a draft median 2.2 h, P90 3.7 h (n = 12)');
    const csv = await csvOf(page);
    expect(csv.map((r) => [r.mailbox, r.segments, r.first_reply_business_median_s])).toEqual([
      ['Support', '22', '12000'],
      ['Sales', 'too few to show', 'too few to show'],
    ]);
    expect(await shoot(page, 'all-auditor')).toEqual([]);
  }, 60_000);

  it('shows a reviewer only the assigned mailbox and refuses the other one by its address', async () => {
    const page = await tabOf('reviewer');
    expect((await page.goto(`${base}/analytics?${PERIOD}`))?.status()).toBe(200);
    expect(await page.locator('#f-mailbox option').allInnerTexts()).toEqual([
      'All mailboxes you may see',
      'Support',
    ]);
    const text = await textOf(page, 'main');
    expect(text).not.toContain('Sales');
    expect(text).toContain('3.3 h median');
    expect((await csvOf(page)).map((r) => r.mailbox)).toEqual(['Support']);
    expect((await page.goto(`${base}/analytics?mailbox=${salesId}&${PERIOD}`))?.status()).toBe(404);
    expect(await textOf(page, 'main')).not.toContain('too few to show');
    const csv = await page.request.get(`${base}/analytics/download/csv?mailbox=${salesId}&${PERIOD}`);
    expect(csv.status()).toBe(404);
    await page.goto(`${base}/analytics?${PERIOD}`);
    expect(await shoot(page, 'reviewer')).toEqual([]);
  }, 60_000);
});

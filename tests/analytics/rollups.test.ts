import { afterEach, describe, expect, it } from 'vitest';
import { analyticsReport } from '../../src/analytics/analytics.usecases.js';
import { analyticsPage } from '../../src/analytics/analytics-page.usecases.js';
import { parseCalendarForm } from '../../src/analytics/mailbox-calendar.models.js';
import {
  recomputeAnalytics,
  resetMailboxCalendar,
  setMailboxCalendar,
} from '../../src/analytics/mailbox-calendar.usecases.js';
import { rebuildProgress, rebuildRollups, rebuildStep } from '../../src/analytics/rebuild.usecases.js';
import { refreshRollups } from '../../src/analytics/rollups.usecases.js';
import { searchAudit } from '../../src/audit/audit-search.repository.js';
import { type SeedMessage, seedMailbox, seedThreads } from '../support/analytics-seed.js';
import { tempAppliance } from '../support/temp-appliance.js';

const H = 3_600_000;
const DAY = 24 * H;
const MONDAY_9 = Date.parse('2026-06-08T07:00:00Z'); // 09:00 Berlin
const NOW = Date.parse('2026-07-01T10:00:00Z');

/** Forty threads over four weeks with replies after 0.5–10 h, some drafted, some waiting. */
function weeks(): SeedMessage[][] {
  const threads: SeedMessage[][] = [];
  for (let i = 0; i < 40; i++) {
    const at = MONDAY_9 + Math.floor(i / 2) * DAY + (i % 2) * 3 * H;
    const t: SeedMessage[] = [
      {
        at,
        direction: 'inbound',
        from: `c${i}`,
        to: ['box'],
        ...(i % 3 === 0 ? { draftAt: at + 60_000, similarity: (i % 10) / 10 } : {}),
      },
    ];
    if (i % 8 !== 7)
      t.push({ at: at + ((i % 20) + 1) * 0.5 * H, direction: 'outbound', from: 'box', to: [`c${i}`] });
    if (i % 5 === 0) t.push({ at: at + 30 * H, direction: 'inbound', from: `c${i}`, to: ['box'] });
    threads.push(t);
  }
  return threads;
}

const apps: ReturnType<typeof tempAppliance>[] = [];
function setup() {
  const app = tempAppliance();
  apps.push(app);
  const { store, keys } = app.open();
  const clock = { now: () => NOW };
  const mailboxId = seedMailbox(store, 'Support');
  seedThreads(store, mailboxId, weeks());
  return { store, keys, clock, mailboxId, deps: { db: store.db, clock } };
}
afterEach(() => {
  for (const app of apps.splice(0)) app.cleanup();
});

type Deps = ReturnType<typeof setup>['deps'];
const june = { mailbox: 'Support', from: '2026-06-01', to: '2026-06-30' };
/** The figures alone (without how they were computed). */
function figures(deps: Deps, req: Parameters<typeof analyticsReport>[1] = june) {
  const { computedFrom, ...rest } = analyticsReport(deps, req).mailboxes[0]!;
  return { computedFrom, rest };
}

describe('analytics rollups', () => {
  it('give the same figures as computing from the messages, for the period and for single days', () => {
    const { store, deps } = setup();
    const fromRollups = figures(deps);
    // Another idle rule than the rollups were built with makes the report compute from the messages;
    // 7.0 days written differently is the same rule, so the figures must be identical.
    const direct = analyticsReport(deps, { ...june, idleDays: 7.000000001 }).mailboxes[0]!;
    expect(fromRollups.computedFrom).toBe('rollups');
    expect(direct.computedFrom).toBe('messages');
    expect(fromRollups.rest.firstReply).toEqual(direct.firstReply);
    expect(fromRollups.rest.sla).toEqual(direct.sla);
    expect(fromRollups.rest.draftValue).toEqual(direct.draftValue);
    expect(fromRollups.rest.unansweredNow).toEqual(direct.unansweredNow);
    expect(fromRollups.rest.firstReply.elapsed).toMatchObject({ n: 35 });
    const oneDay = { mailbox: 'Support', from: '2026-06-09', to: '2026-06-09' };
    expect(figures(deps, oneDay).rest.segments).toEqual(
      analyticsReport(deps, { ...oneDay, idleDays: 7.000000001 }).mailboxes[0]!.segments,
    );
    store.close();
  });

  it('serve the Analytics page (heatmap, trend, waiting list, coverage) exactly as computing it from the messages', () => {
    const { store, keys, deps, mailboxId } = setup();
    // A second mailbox makes "all mailboxes" combine rows; automated mail is not an arrival.
    const other = seedMailbox(store, 'Sales');
    seedThreads(store, other, [
      ...weeks().slice(0, 12),
      [{ at: MONDAY_9 + 2 * H, direction: 'inbound', from: 'bot', to: ['box'], skipRule: 'auto_submitted' }],
    ]);
    const pageDeps = { ...deps, keys };
    const page = (mailbox: number | null, from: string, to: string, fromMessages: boolean) => {
      const p = analyticsPage(pageDeps, {
        mailboxId: mailbox,
        from,
        to,
        visibleMailboxIds: null,
        perAgent: false,
        actor: { kind: 'cli' },
        fromMessages,
      })!;
      return {
        figures: p.figures,
        heatmap: p.heatmap,
        trend: p.trend,
        backlog: p.backlog,
        coverage: p.coverage,
      };
    };
    for (const [mailbox, from, to] of [
      [mailboxId, '2026-06-01', '2026-06-30'],
      [mailboxId, '2026-05-01', '2026-07-01'],
      [null, '2026-06-01', '2026-06-30'],
      [null, '2026-06-10', '2026-06-12'],
    ] as const) {
      const fromRollups = page(mailbox, from, to, false);
      expect(fromRollups).toEqual(page(mailbox, from, to, true));
      if (from === '2026-06-01') {
        expect(fromRollups.heatmap.total).toBeGreaterThan(40);
        expect(fromRollups.backlog.n).toBeGreaterThan(0);
        expect(fromRollups.backlog.threads[0]!.customer).toMatch(/^c\d+$/);
        expect(fromRollups.coverage.drafted).toBeGreaterThan(0);
      }
    }
    // Read from the rows alone: the threads are gone, the page's figures stay (until a refresh).
    const before = page(mailboxId, '2026-06-01', '2026-06-30', false);
    store.sqlite.prepare('UPDATE threads SET last_at = 0, first_at = 0 WHERE mailbox_id = ?').run(mailboxId);
    const after = page(mailboxId, '2026-06-01', '2026-06-30', false);
    expect(after.heatmap).toEqual(before.heatmap);
    expect(after.trend).toEqual(before.trend);
    expect(page(mailboxId, '2026-06-01', '2026-06-30', true).heatmap.total).toBe(0);
    store.close();
  });

  it('give the page from the rollups as from the messages at every later view, as segments go idle and waits age', () => {
    const { store, keys, mailboxId } = setup();
    // The same rollups read at moments further and further on: the reply times kept from the
    // first view serve the later ones, and what depends on the moment is computed again.
    let now = NOW - 5 * DAY;
    const deps = { db: store.db, clock: { now: () => now }, keys };
    const page = (fromMessages: boolean) => {
      const p = analyticsPage(deps, {
        mailboxId,
        from: '2026-06-01',
        to: '2026-06-30',
        visibleMailboxIds: null,
        perAgent: false,
        actor: { kind: 'cli' },
        fromMessages,
      })!;
      return { figures: p.figures, trend: p.trend, backlog: p.backlog };
    };
    const idle: number[] = [];
    for (const step of [0, 3, 4, 6, 20]) {
      now = NOW - 5 * DAY + step * DAY;
      const fromRollups = page(false);
      expect(fromRollups).toEqual(page(true));
      const last = fromRollups.figures.lastReply.elapsed;
      idle.push(last.n);
    }
    // Segments went idle between the views: the kept figures were not served for another set.
    expect(new Set(idle).size).toBeGreaterThan(2);
    store.close();
  });

  it("carry each reply's agent, so team cells of fewer than five agents stay hidden when read from the rollups", () => {
    const app = tempAppliance();
    apps.push(app);
    const { store } = app.open();
    const deps = { db: store.db, clock: { now: () => NOW } };
    const seedWith = (name: string, agents: string[]) => {
      const id = seedMailbox(store, name);
      seedThreads(
        store,
        id,
        weeks().map((t, i) =>
          t.map((m) => (m.direction === 'outbound' ? { ...m, sender: agents[i % agents.length]! } : m)),
        ),
      );
    };
    seedWith('Two agents', ['rita', 'omar']);
    seedWith('Five agents', ['a', 'b', 'c', 'd', 'e']);
    const period = { from: '2026-06-01', to: '2026-06-30' };
    const two = analyticsReport(deps, { ...period, mailbox: 'Two agents' }).mailboxes[0]!;
    expect(two.computedFrom).toBe('rollups');
    expect(two.firstReply.business).toEqual({ n: 35, suppressed: 'too few to show' });
    expect(two.sla).toMatchObject({ suppressed: 'too few to show' });
    expect(two.draftValue.withoutDraft.elapsed).toMatchObject({ suppressed: 'too few to show' });
    // Customer mail is not a reply: the segment count still shows.
    expect(two.segments).toEqual({ n: 40 });
    const five = analyticsReport(deps, { ...period, mailbox: 'Five agents' }).mailboxes[0]!;
    expect(five.firstReply.business).toMatchObject({ n: 35, medianSeconds: expect.any(Number) });
    // The same rule computed from the messages (another idle rule than the rollups') agrees.
    const direct = analyticsReport(deps, { ...period, mailbox: 'Two agents', idleDays: 7.000000001 });
    expect(direct.mailboxes[0]!.computedFrom).toBe('messages');
    expect(direct.mailboxes[0]!.firstReply).toEqual(two.firstReply);
    store.close();
  });

  it('refresh only the days of touched threads, and rebuild when messages were deleted', () => {
    const { store, deps, mailboxId } = setup();
    expect(refreshRollups(deps, mailboxId).mode).toBe('full');
    expect(refreshRollups(deps, mailboxId).mode).toBe('fresh');
    const before = figures(deps).rest;
    // A reply arrives for the waiting thread c7 (June 11): only the days around it are recomputed.
    const waiting = store.sqlite
      .prepare(`SELECT thread_id AS t, received_at AS at FROM messages WHERE from_pseudonym = 'c7'`)
      .get() as { t: number; at: number };
    store.sqlite
      .prepare(
        `INSERT INTO messages (mailbox_id, folder, folder_role, uid_validity, uid, message_id_hash, header_hash, thread_id,
           direction, sent_at, received_at, size, from_pseudonym, recipient_pseudonyms, new_part_chars, attachment_count, created_at)
         VALUES (?, 'Sent', 'sent', 1, 9999, 'late-reply', 'h', ?, 'outbound', ?, ?, 100, 'box', '["c7"]', 10, 0, ?)`,
      )
      .run(mailboxId, waiting.t, waiting.at + 2 * H, waiting.at + 2 * H, NOW);
    store.sqlite
      .prepare('UPDATE threads SET last_at = ?, message_count = 2 WHERE id = ?')
      .run(waiting.at + 2 * H, waiting.t);
    const step = refreshRollups(deps, mailboxId);
    expect(step.mode).toBe('incremental');
    expect(step.days).toBeLessThanOrEqual(6);
    const after = figures(deps).rest;
    expect((after.firstReply.elapsed as { n: number }).n).toBe(
      (before.firstReply.elapsed as { n: number }).n + 1,
    );
    refreshRollups(deps, mailboxId, { full: true });
    expect(figures(deps).rest).toEqual(after);

    // Retention deletes a thread's messages: the count gives it away and everything is rebuilt.
    store.sqlite.prepare(`DELETE FROM drafts`).run();
    store.sqlite
      .prepare(`DELETE FROM messages WHERE from_pseudonym = 'c0' OR recipient_pseudonyms = '["c0"]'`)
      .run();
    expect(refreshRollups(deps, mailboxId).mode).toBe('full');
    expect(figures(deps).rest.segments).toEqual({ n: 39 });
    store.close();
  });

  it('rebuild in steps that let timers run, showing the previous rollups until the last step, with the same rows as one step', async () => {
    const { store, keys, deps, mailboxId } = setup();
    // Older threads, one every four days for a year: some 28 steps of two weeks.
    seedThreads(
      store,
      mailboxId,
      Array.from({ length: 90 }, (_, i) => [
        { at: MONDAY_9 - (i + 1) * 4 * DAY, direction: 'inbound' as const, from: `o${i}`, to: ['box'] },
      ]),
    );
    const rows = () =>
      store.sqlite
        .prepare(
          'SELECT day, calendar_key, facts, coverage FROM analytics_rollups WHERE mailbox_id = ? ORDER BY day',
        )
        .all(mailboxId);
    refreshRollups(deps, mailboxId, { full: true });
    const inOneStep = rows();
    const before = figures(deps).rest;

    // One step of a new rebuild: two weeks staged, the rows read are still the complete ones.
    expect(rebuildStep(deps, mailboxId).done).toBe(false);
    expect(rebuildProgress(deps, mailboxId)).toMatchObject({ doneDays: 14, totalDays: expect.any(Number) });
    expect(rows()).toEqual(inOneStep);
    expect(figures(deps)).toEqual({ computedFrom: 'rollups', rest: before });
    const page = analyticsPage(
      { ...deps, keys },
      { mailboxId, ...june, visibleMailboxIds: null, perAgent: false, actor: { kind: 'cli' } },
    )!;
    expect(page.rebuilding).toEqual([{ name: 'Support', doneDays: 14, totalDays: expect.any(Number) }]);

    // The rest resumes there, yielding between steps: a timer fires meanwhile.
    let fired = 0;
    const timer = setInterval(() => fired++, 0);
    const result = await rebuildRollups(deps, mailboxId);
    clearInterval(timer);
    expect(fired).toBeGreaterThan(0);
    expect(result.mode).toBe('full');
    expect(rebuildProgress(deps, mailboxId)).toBeNull();
    expect(rows()).toEqual(inOneStep);
    expect(figures(deps)).toEqual({ computedFrom: 'rollups', rest: before });
    expect(store.sqlite.prepare('SELECT count(*) AS n FROM analytics_rollups_staged').get()).toEqual({
      n: 0,
    });
    store.close();
  });

  it("use the mailbox's own calendar and SLA target, and are recomputed when it changes", () => {
    const { store, keys, deps, mailboxId } = setup();
    const calDeps = { ...deps, keys };
    const byDefault = analyticsReport(deps, june).mailboxes[0]!;
    expect(byDefault.calendar.source).toBe('default');
    expect(byDefault.slaBusinessHours).toBe(8);
    // Open only 09:00–10:00 on weekdays, with a half-hour SLA: business times shrink, SLA misses grow.
    const week = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, '09:00-10:00']));
    const saved = setMailboxCalendar(
      calDeps,
      mailboxId,
      { timeZone: 'Europe/Berlin', sla: '0.5', ...week },
      {
        kind: 'cli',
      },
    );
    expect(saved.ok).toBe(true);
    const own = analyticsReport(deps, june).mailboxes[0]!;
    expect(own.calendar).toMatchObject({ source: 'mailbox', timeZone: 'Europe/Berlin' });
    expect(own.slaBusinessHours).toBe(0.5);
    expect(own.computedFrom).toBe('rollups');
    const median = (m: typeof own) => (m.firstReply.business as { medianSeconds: number }).medianSeconds;
    expect(median(own)).toBeLessThan(median(byDefault));
    expect(own.firstReply.elapsed).toEqual(byDefault.firstReply.elapsed);
    expect((own.sla as { met: number }).met).toBeLessThan((byDefault.sla as { met: number }).met);
    recomputeAnalytics(calDeps, mailboxId, { kind: 'cli' });
    resetMailboxCalendar(calDeps, mailboxId, { kind: 'cli' });
    expect(analyticsReport(deps, june).mailboxes[0]!.firstReply).toEqual(byDefault.firstReply);
    const actions = searchAudit(store.db, { limit: 10 }).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['mailbox.calendar_set', 'analytics.recompute', 'mailbox.calendar_reset']),
    );
    const queued = store.sqlite
      .prepare(`SELECT count(*) AS n FROM jobs WHERE kind = 'analytics.refresh'`)
      .get() as {
      n: number;
    };
    // Three requests at the same instant (the test's clock stands still) are one rebuild.
    expect(queued.n).toBe(1);
    store.close();
  });

  it('count unanswered segments as breached now or due today by business hours', () => {
    const app = tempAppliance();
    apps.push(app);
    const { store } = app.open();
    const mailboxId = seedMailbox(store, 'Support');
    const mondayNoon = Date.parse('2026-06-08T10:00:00Z'); // 12:00 Berlin
    const threads: SeedMessage[][] = [];
    // Ten answered within the hour, so the cells are shown.
    for (let i = 0; i < 10; i++)
      threads.push([
        { at: mondayNoon - 3 * DAY + i * H, direction: 'inbound', from: `a${i}`, to: ['box'] },
        { at: mondayNoon - 3 * DAY + i * H + 600_000, direction: 'outbound', from: 'box', to: [`a${i}`] },
      ]);
    // Waiting since last Tuesday: past the 8 business hours. Since 09:00 today: due 17:00 today.
    threads.push([{ at: mondayNoon - 6 * DAY, direction: 'inbound', from: 'late', to: ['box'] }]);
    threads.push([{ at: mondayNoon - 3 * H, direction: 'inbound', from: 'today', to: ['box'] }]);
    // Since 12:00: due tomorrow at 12:00.
    threads.push([{ at: mondayNoon, direction: 'inbound', from: 'tomorrow', to: ['box'] }]);
    seedThreads(store, mailboxId, threads);
    const deps = { db: store.db, clock: { now: () => mondayNoon + 30 * 60_000 } };
    const m = analyticsReport(deps, { from: '2026-06-01', to: '2026-06-08' }).mailboxes[0]!;
    expect(m.sla).toMatchObject({ breachedNow: 1, dueToday: 1, met: 10, missed: 1 });
    expect(m.unansweredNow).toMatchObject({ n: 3, breachedSla: 1 });
    store.close();
  });
});

describe('mailbox calendar form', () => {
  it('takes several intervals a day and night shifts, and names each wrong field', () => {
    const ok = parseCalendarForm({
      timeZone: 'Europe/Vienna',
      mon: '08:00-12:00, 13:00-17:00',
      fri: '22:00-06:00',
      holidays: 'at',
      closures: '2026-12-24\n2026-12-31',
      sla: '4.5',
    });
    expect(ok).toEqual({
      ok: true,
      value: {
        timeZone: 'Europe/Vienna',
        week: {
          mon: [
            { start: '08:00', end: '12:00' },
            { start: '13:00', end: '17:00' },
          ],
          fri: [{ start: '22:00', end: '06:00' }],
        },
        holidays: 'AT',
        closures: ['2026-12-24', '2026-12-31'],
        slaBusinessHours: 4.5,
      },
    });
    const bad = parseCalendarForm({
      timeZone: 'Mars/Olympus',
      tue: '8-12',
      holidays: 'XX',
      closures: '24.12.2026',
      sla: '0',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(Object.keys(bad.errors).sort()).toEqual(['closures', 'holidays', 'sla', 'timeZone', 'tue']);
  });
});

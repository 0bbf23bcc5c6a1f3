import { describe, expect, it } from 'vitest';
import { threadsQuery } from '../../src/analytics/analytics.repository.js';
import { type SeedMessage, seedMailbox, seedThreads } from '../support/analytics-seed.js';
import { runCli } from '../support/cli.js';
import { tempAppliance } from '../support/temp-appliance.js';

const H = 3_600_000;
const MONDAY_9 = Date.parse('2026-06-08T07:00:00Z'); // 09:00 Berlin, inside the default 08:00–17:00

/**
 * Twelve answered threads with first replies after 0.5, 1, …, 6 hours (the first ten drafted),
 * one unanswered, one auto-reply, one internal-only reply. Default business hours: Europe/Berlin,
 * Mon–Fri 08:00–17:00, so these waits are equal in elapsed and business time.
 */
function month(): SeedMessage[][] {
  const threads: SeedMessage[][] = [];
  for (let i = 0; i < 12; i++) {
    const at = MONDAY_9 + i * 60_000;
    threads.push([
      {
        at,
        direction: 'inbound',
        from: `c${i}`,
        to: ['box'],
        ...(i < 10 ? { draftAt: at + 60_000, similarity: 0.95 } : {}),
      },
      { at: at + (i + 1) * 0.5 * H, direction: 'outbound', from: 'box', to: [`c${i}`] },
    ]);
  }
  threads.push([{ at: MONDAY_9, direction: 'inbound', from: 'waiting', to: ['box'] }]);
  threads.push([
    { at: MONDAY_9, direction: 'inbound', from: 'robot', to: ['box'], skipRule: 'auto_submitted' },
  ]);
  threads.push([
    { at: MONDAY_9, direction: 'inbound', from: 'c99', to: ['box'] },
    { at: MONDAY_9 + H, direction: 'outbound', from: 'box', to: ['colleague'] },
  ]);
  return threads;
}

describe('veildraft analytics', () => {
  it('prints the known reply times of seeded metadata from the encrypted store', async () => {
    const app = tempAppliance();
    const { store } = app.open();
    seedThreads(store, seedMailbox(store, 'Support'), month());
    // A mailbox with too few segments: every cell says so instead of showing 0.
    seedThreads(store, seedMailbox(store, 'Quiet'), month().slice(0, 3));
    const plan = store.sqlite
      .prepare(`EXPLAIN QUERY PLAN ${threadsQuery}`)
      .all(1, 0, Date.now())
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    store.close();
    try {
      expect(plan).toContain('threads_mailbox_last_idx');
      expect(plan).toContain('messages_thread_idx');
      expect(plan).toContain('drafts_message_idx');
      expect(plan).not.toContain('TEMP B-TREE');

      const args = ['analytics', '--json', '--from', '2026-06-01', '--to', '2026-06-30'];
      const res = await runCli(args, { env: app.env, timeoutMs: 60_000 });
      expect(res.code, res.stderr).toBe(0);
      const report = JSON.parse(res.stdout);
      expect(report.period).toEqual({ from: '2026-06-01', to: '2026-06-30', timeZone: 'Europe/Berlin' });
      const [support, quiet] = report.mailboxes;
      expect(support.mailbox).toBe('Support');
      expect(support.segments).toEqual({ n: 14 });
      // Waits 0.5 … 6 h: median (3 + 3.5) / 2 h, nearest-rank P90 = the 11th = 5.5 h, mean 3.25 h.
      for (const kind of ['elapsed', 'business'])
        expect(support.firstReply[kind]).toMatchObject({
          n: 12,
          medianSeconds: 11_700,
          p90Seconds: 19_800,
          meanSeconds: 11_700,
        });
      expect(support.firstReply.business.histogram).toEqual({
        '0-1h': 2,
        '1-4h': 6,
        '4-8h': 4,
        '8-24h': 0,
        '>24h': 0,
      });
      // Twelve met; the unanswered one and the one with an internal-only reply are long overdue.
      expect(support.sla).toMatchObject({
        n: 14,
        met: 12,
        missed: 2,
        percentMet: 85.7,
        targetBusinessHours: 8,
      });
      expect(support.unansweredNow).toMatchObject({ n: 2, breachedSla: 2 });
      expect(support.draftValue.withDraft.elapsed).toMatchObject({ n: 10, medianSeconds: 9_900 });
      expect(support.draftValue.withoutDraft.elapsed).toEqual({ n: 2, suppressed: 'too few to show' });
      expect(support.draftValue.acceptance).toMatchObject({ n: 10, unchanged: 10 });
      expect(quiet.segments).toEqual({ n: 3, suppressed: 'too few to show' });

      const one = await runCli(
        ['analytics', '--mailbox', 'Support', '--from', '2026-06-01', '--to', '2026-06-30'],
        { env: app.env },
      );
      expect(one.code, one.stderr).toBe(0);
      expect(one.stdout).toMatch(/first reply \(business\)\tmedian 3\.3 h, P90 5\.5 h \(n=12; mean 3\.3 h\)/);
      expect(one.stdout).toContain('SLA\t85.7% met (12 of 14)');
      expect(one.stdout).not.toContain('Quiet');

      // A bad holiday code or mailbox is refused with its message.
      const bad = await runCli(['analytics', '--holidays', 'XX'], { env: app.env });
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toContain('not a country or country-region code');
      const none = await runCli(['analytics', '--mailbox', 'Nope'], { env: app.env });
      expect(none.stderr).toContain('No mailbox "Nope"');
    } finally {
      app.cleanup();
    }
  }, 120_000);
});

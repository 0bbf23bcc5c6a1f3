// Analytics of one mailbox: seeds N messages of metadata (threads of 2–4 messages over a year,
// a third of first messages drafted, some automated) into the real encrypted store, then times
// the figures for the whole year and for one month, as the CLI computes them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyticsReport } from '../../src/analytics/analytics.usecases.js';
import { loadConfig } from '../../src/config/config.js';
import { systemClock } from '../../src/shared/clock.js';
import { openAppliance } from '../../src/start.js';
import { type SeedMessage, seedMailbox, seedThreads } from '../../tests/support/analytics-seed.js';
import { round } from '../bench-support/stats.js';

const N = Number(process.env.BENCH_ANALYTICS_MESSAGES ?? 200_000);
const H = 3_600_000;
const YEAR_START = Date.parse('2025-01-01T00:00:00Z');

function* threads(messages: number): Generator<SeedMessage[]> {
  let made = 0;
  for (let i = 0; made < messages; i++) {
    const at = YEAR_START + ((i * 7919) % 365) * 24 * H + ((i * 37) % 24) * H;
    const first: SeedMessage = {
      at,
      direction: 'inbound',
      from: `c${i}`,
      to: ['box'],
      ...(i % 3 === 0 ? { draftAt: at + 60_000, similarity: (i % 10) / 10 } : {}),
      ...(i % 17 === 0 ? { skipRule: 'auto_submitted' } : {}),
    };
    const t: SeedMessage[] = [
      first,
      { at: at + ((i % 40) + 1) * 0.5 * H, direction: 'outbound', from: 'box', to: [`c${i}`] },
    ];
    if (i % 2 === 0) t.push({ at: at + 30 * H, direction: 'inbound', from: `c${i}`, to: ['box'] });
    if (i % 4 === 0) t.push({ at: at + 33 * H, direction: 'outbound', from: 'box', to: [`c${i}`] });
    made += t.length;
    yield t;
  }
}

export async function run() {
  const dir = mkdtempSync(path.join(tmpdir(), 'veildraft-bench-'));
  try {
    const config = loadConfig({
      VEILDRAFT_DATA_DIR: path.join(dir, 'data'),
      VEILDRAFT_MASTER_KEY_FILE: path.join(dir, 'secrets', 'master.key'),
    });
    const { store } = openAppliance(config, systemClock);
    const seedStart = Date.now();
    const seeded = seedThreads(store, seedMailbox(store, 'Support'), threads(N));
    const seedMs = Date.now() - seedStart;
    const deps = { db: store.db, clock: systemClock };
    const time = (from: string, to: string) => {
      const t = performance.now();
      const r = analyticsReport(deps, { mailbox: 'Support', from, to, holidays: 'DE-BY' });
      return { ms: round(performance.now() - t), segments: (r.mailboxes[0]!.segments as { n: number }).n };
    };
    time('2025-01-01', '2025-01-07'); // warm the page cache and the holiday rules once
    const year = time('2025-01-01', '2025-12-31');
    const yearAgain = time('2025-01-01', '2025-12-31');
    const month = time('2025-06-01', '2025-06-30');
    store.close();
    return {
      messages: seeded,
      seedMs,
      year: {
        ms: year.ms,
        msSecondRun: yearAgain.ms,
        segments: year.segments,
        msPer100kMessages: round((year.ms / seeded) * 100_000),
      },
      month: { ms: month.ms, segments: month.segments },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

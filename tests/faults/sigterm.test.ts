import { afterAll, describe, expect, it } from 'vitest';
import { addMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import { systemClock } from '../../src/shared/clock.js';
import { collect, freePort, spawnCli } from '../support/cli.js';
import { tempAppliance } from '../support/temp-appliance.js';
import { ensureTinyModels, tinyModelEnv } from '../support/tiny-models.js';
import { until } from '../sync/sync-fixtures.js';
import { type Stall, stallingServer } from './stalling-server.js';

const GRACE_SECONDS = 5;
/** Signal delivery, the event loop's last turn and process exit on a loaded 2-core machine. */
const MARGIN_MS = 2_000;

describe('SIGTERM', () => {
  const stubs: Awaited<ReturnType<typeof stallingServer>>[] = [];
  let temp: ReturnType<typeof tempAppliance> | undefined;

  afterAll(() => {
    for (const s of stubs) s.server.close();
    temp?.cleanup();
  });

  it('the appliance process exits 0 within the grace period while its IMAP connections hang, and logs that it stopped', async () => {
    // With the models loaded: their modules bring signal handlers of their own.
    await ensureTinyModels();
    temp = tempAppliance({
      ...tinyModelEnv(),
      VEILDRAFT_PORT: String(await freePort()),
      VEILDRAFT_SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS),
      VEILDRAFT_IMAP_ALLOW_PLAINTEXT_LOOPBACK: 'true',
      VEILDRAFT_LOG_LEVEL: 'info',
      VEILDRAFT_LOG_FORMAT: 'json',
    });
    // One server accepts and never greets; one hangs in EXAMINE. The command timeout (30 s by
    // default) is far beyond the grace period: shutdown must not wait for it.
    const { store, keys } = temp.open();
    try {
      for (const [i, stall] of (['greeting', 'examine'] as Stall[]).entries()) {
        const stub = await stallingServer(stall);
        stubs.push(stub);
        addMailbox(
          { db: store.db, keys, clock: systemClock, allowPlaintextLoopback: true },
          {
            name: `Hung ${i}`,
            host: '127.0.0.1',
            port: stub.port,
            security: 'none',
            username: `hung${i}`,
            password: 'x',
            fromAddress: `hung${i}@acme.example`,
          },
          { kind: 'cli' },
        );
      }
    } finally {
      store.close();
    }

    const child = spawnCli(['start'], { env: temp.env });
    const exited = collect(child, undefined, 180_000);
    let stderr = '';
    let stdout = '';
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    child.stdout?.on('data', (d) => {
      stdout += d;
    });
    await until(() => stderr.includes('is running on'), 150_000, 'the appliance started');
    await until(() => stdout.includes('anonymizer ready'), 60_000, 'models loaded');
    await until(() => stubs[0]!.open.size > 0, 20_000, 'a connection waiting for its greeting');
    await until(() => stubs[1]!.stalls.size > 0, 20_000, 'a connection hung in EXAMINE');

    const t = performance.now();
    child.kill('SIGTERM');
    const result = await exited;
    const exitMs = Math.round(performance.now() - t);
    console.info(`SIGTERM to exit: ${exitMs} ms with two hung IMAP connections (grace ${GRACE_SECONDS} s)`);

    expect(result.code, result.stderr).toBe(0);
    expect(exitMs).toBeLessThan(GRACE_SECONDS * 1000 + MARGIN_MS);
    const logs = result.stdout + result.stderr;
    expect(logs).toMatch(/"signal":"SIGTERM".*"msg":"signal received"/);
    expect(logs).toContain('"msg":"stopped"');
    for (const s of stubs) expect(s.open.size).toBe(0);
  }, 240_000);
});

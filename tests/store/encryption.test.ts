import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitAudit } from '../../src/audit/audit.repository.js';
import { enqueueJob } from '../../src/jobs/jobs.repository.js';
import { startAppliance } from '../../src/start.js';
import { fileStartsWithPlainHeader } from '../../src/store/database.js';
import { TestClock, testConfig } from '../support/appliance.js';
import { freePort } from '../support/cli.js';
import { filesContaining } from '../support/files.js';
import { captureLogs } from '../support/logs.js';
import { testJob } from '../support/test-jobs.js';
import { tempDir } from '../support/tmp.js';

describe('encryption at rest', () => {
  it('leaves no canary in the database, its WAL or any other file of the data folder, nor in the log', async () => {
    const dir = tempDir();
    const config = testConfig(dir, { VEILDRAFT_PORT: String(await freePort()) });
    const { logger, output } = captureLogs();
    const clock = new TestClock();
    const app = await startAppliance({ config, logger, clock });
    const canaries = [
      'CANARY-7f3a9c-id',
      'CANARY-b81e04-payload',
      'Canary Jane Doe, Rosenweg 12, DE89370400440532013000',
    ];
    const { db, sqlite } = app.store;
    db.transaction((tx) => {
      emitAudit(tx, app.keys.audit, {
        actor: { kind: 'cli' },
        action: 'mailbox.add',
        target: canaries[0],
        at: clock.now(),
      });
      enqueueJob(
        tx,
        testJob('test.noop'),
        { payload: { ref: canaries[1]! }, idempotencyKey: canaries[1]!, maxAttempts: 1 },
        clock.now(),
      );
    });
    // Free text through the same connection: what later features store (anonymized text) takes this path.
    sqlite.exec('CREATE TABLE canary_probe (t TEXT)');
    for (let i = 0; i < 200; i++)
      sqlite.prepare('INSERT INTO canary_probe VALUES (?)').run(`${canaries[2]} #${i}`);

    const dataDir = config.dataDir;
    expect(
      readdirSync(dataDir).some((f) => f.endsWith('-wal')),
      'WAL mode should have a -wal file while open',
    ).toBe(true);
    expect(filesContaining(dataDir, canaries)).toEqual([]);

    await app.stop();
    expect(filesContaining(dataDir, canaries)).toEqual([]);
    expect(filesContaining(path.dirname(config.masterKeyFile), canaries)).toEqual([]);
    expect(output()).not.toContain('CANARY');
    const dbFile = path.join(dataDir, 'veildraft.db');
    expect(fileStartsWithPlainHeader(dbFile)).toBe(false);
    expect(readFileSync(dbFile).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  });
});

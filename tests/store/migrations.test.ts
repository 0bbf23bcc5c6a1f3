import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../src/store/store.js';
import { envFor, openTestAppliance } from '../support/appliance.js';
import { collect, freePort, spawnCli, waitForOk } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};

describe('migrations', () => {
  it('apply the whole chain to an empty database', () => {
    const { store } = openTestAppliance(tempDir());
    const applied = store.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as {
      n: number;
    };
    expect(applied.n).toBe(journal.entries.length);
    const tables = (
      store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining(['jobs', 'audit_log', 'audit_anchor', 'keyring', 'conversations_fts']),
    );
    const triggers = (
      store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    expect(triggers).toEqual([
      'audit_log_no_delete',
      'audit_log_no_update',
      'conversations_fts_delete',
      'conversations_fts_insert',
      'conversations_fts_update',
    ]);
    store.close();
  });

  it('the appliance starts twice in a row on the same folder without re-applying anything', async () => {
    const dir = tempDir();
    const runOnce = async () => {
      const port = await freePort();
      const child = spawnCli(['start'], { env: envFor(dir, { VEILDRAFT_PORT: String(port) }) });
      const done = collect(child, undefined, 60_000);
      const health = await waitForOk(`http://127.0.0.1:${port}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const ready = await waitForOk(`http://127.0.0.1:${port}/readyz`);
      expect(await ready.json()).toMatchObject({
        status: 'ready',
        storeOpen: true,
        migrationsApplied: true,
        workersRunning: true,
      });
      child.kill('SIGTERM');
      const result = await done;
      expect(result.code, result.stderr).toBe(0);
    };
    await runOnce();
    const first = appliedMigrations(dir);
    await runOnce();
    expect(appliedMigrations(dir)).toEqual(first);
    expect(first).toHaveLength(journal.entries.length);
  });
});

function appliedMigrations(dir: string): { hash: string; created_at: number }[] {
  const { store } = openTestAppliance(dir);
  try {
    return store.sqlite.prepare('SELECT hash, created_at FROM __drizzle_migrations ORDER BY id').all() as {
      hash: string;
      created_at: number;
    }[];
  } finally {
    store.close();
  }
}

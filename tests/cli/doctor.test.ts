import { chmodSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { envFor, openTestAppliance } from '../support/appliance.js';
import { runCliProcess } from '../support/cli.js';
import { snapshot } from '../support/files.js';
import { tempDir } from '../support/tmp.js';

describe('veildraft doctor', () => {
  it('passes on a healthy installation without changing any file', async () => {
    const dir = tempDir();
    openTestAppliance(dir).store.close();
    const before = snapshot(dir);
    const r = await runCliProcess(['doctor'], { env: envFor(dir, { VEILDRAFT_MIN_FREE_DISK_MB: '1' }) });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('[ ok ] Database encryption: SQLCipher v4 scheme');
    expect(r.stdout).toContain('[ ok ] Master key file');
    expect(r.stdout).toContain('All checks passed.');
    expect(snapshot(dir)).toEqual(before);
  });

  it('fails on a key file readable by others and on a key that does not open the database', async () => {
    const dir = tempDir();
    openTestAppliance(dir).store.close();
    chmodSync(path.join(dir, 'secrets', 'master.key'), 0o644);
    const r = await runCliProcess(['doctor'], { env: envFor(dir, { VEILDRAFT_MIN_FREE_DISK_MB: '1' }) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[FAIL] Master key file');
    expect(r.stdout).toContain('chmod 600');

    const wrong = await runCliProcess(['doctor'], {
      env: envFor(dir, { VEILDRAFT_MASTER_KEY: 'ab'.repeat(32), VEILDRAFT_MIN_FREE_DISK_MB: '1' }),
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain('[FAIL] Database encryption: the master key does not open the database');
  });

  it('fails when free disk is below the configured minimum', async () => {
    const dir = tempDir();
    const r = await runCliProcess(['doctor'], {
      env: envFor(dir, { VEILDRAFT_MIN_FREE_DISK_MB: '1000000' }),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\[FAIL\] Free disk: \d+ MB free \(minimum 1000000 MB\)/);
  });
});

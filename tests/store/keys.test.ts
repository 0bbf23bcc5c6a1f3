import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { envFor, openTestAppliance } from '../support/appliance.js';
import { runCli } from '../support/cli.js';
import { snapshot } from '../support/files.js';
import { tempDir } from '../support/tmp.js';

function createDatabase(dir: string): void {
  const { store } = openTestAppliance(dir);
  store.close();
}

describe('master key', () => {
  it('is created on first start with mode 0600 in a 0700 folder, and the operator is told to back it up', async () => {
    const dir = tempDir();
    const r = await runCli(['audit', 'verify'], { env: envFor(dir) });
    expect(r.code).toBe(0);
    const keyFile = path.join(dir, 'secrets', 'master.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(keyFile)).mode & 0o777).toBe(0o700);
    expect(r.stderr).toContain('Back it up now');
    const again = await runCli(['audit', 'verify'], { env: envFor(dir) });
    expect(again.stderr).not.toContain('Back it up now');
  });

  it('a wrong key refuses to start, says what to do, and leaves the data folder byte-for-byte untouched', async () => {
    const dir = tempDir();
    createDatabase(dir);
    const before = snapshot(path.join(dir, 'data'));
    const r = await runCli(['start'], {
      env: envFor(dir, { VEILDRAFT_MASTER_KEY: randomBytes(32).toString('hex') }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error [store.wrong_key]');
    expect(r.stderr).toContain('Use the key this database was created with');
    expect(snapshot(path.join(dir, 'data'))).toEqual(before);
  });

  it('a missing key file refuses to start, creates no new key, and leaves the data folder untouched', async () => {
    const dir = tempDir();
    createDatabase(dir);
    const keyFile = path.join(dir, 'secrets', 'master.key');
    renameSync(keyFile, path.join(dir, 'elsewhere.key'));
    const before = snapshot(path.join(dir, 'data'));
    const r = await runCli(['start'], { env: envFor(dir) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error [store.key_missing]');
    expect(r.stderr).toContain('Restore the key from your backup');
    expect(existsSync(keyFile)).toBe(false);
    expect(snapshot(path.join(dir, 'data'))).toEqual(before);
  });

  it('a malformed key file is reported as such', async () => {
    const dir = tempDir();
    createDatabase(dir);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'secrets', 'master.key'), 'short\n');
    const r = await runCli(['start'], { env: envFor(dir) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error [keys.malformed]');
  });
});

describe('cipher assertion', () => {
  it('refuses to run on an unencrypted SQLite database and leaves it untouched', async () => {
    const dir = tempDir();
    const { mkdirSync } = await import('node:fs');
    const { default: Database } = await import('better-sqlite3');
    mkdirSync(path.join(dir, 'data'));
    const plain = new Database(path.join(dir, 'data', 'veildraft.db'));
    plain.exec('CREATE TABLE t (a TEXT)');
    plain.close();
    const before = snapshot(path.join(dir, 'data'));
    const r = await runCli(['start'], { env: envFor(dir) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error [store.cipher_not_in_force]');
    expect(snapshot(path.join(dir, 'data'))).toEqual(before);
  });
});

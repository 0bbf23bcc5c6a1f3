import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitAudit, verifyAuditChain } from '../../src/audit/audit.repository.js';
import { rewrapAll } from '../../src/keys/keyring.repository.js';
import { parseKeyText, pendingKeyFile, writeKeyFile } from '../../src/keys/master-key.js';
import { databaseKey } from '../../src/keys/subkeys.js';
import { keyOpens } from '../../src/store/database.js';
import { envFor, openTestAppliance, TestClock } from '../support/appliance.js';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

const keyFileOf = (dir: string) => path.join(dir, 'secrets', 'master.key');
const dbOf = (dir: string) => path.join(dir, 'data', 'veildraft.db');
const readKey = (file: string) => parseKeyText(readFileSync(file, 'utf8'), file);

describe('rekey', () => {
  it('rotates the master key: the new key opens the database, the old one no longer does, data keys survive', async () => {
    const dir = tempDir();
    const clock = new TestClock();
    const first = openTestAppliance(dir, clock);
    first.store.db.transaction((tx) =>
      emitAudit(tx, first.keys.audit, { actor: { kind: 'cli' }, action: 'user.create', at: clock.now() }),
    );
    const pseudonymBefore = first.keys.pseudonym;
    first.store.close();
    const oldKey = readKey(keyFileOf(dir));

    const r = await runCli(['rekey'], { env: envFor(dir) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('The master key was rotated');

    const newKey = readKey(keyFileOf(dir));
    expect(newKey.equals(oldKey)).toBe(false);
    expect(keyOpens(dbOf(dir), databaseKey(newKey))).toBe(true);
    expect(keyOpens(dbOf(dir), databaseKey(oldKey))).toBe(false);
    const archived = readdirSync(path.join(dir, 'secrets')).filter((f) => f.endsWith('.old'));
    expect(archived).toHaveLength(1);
    expect(readKey(path.join(dir, 'secrets', archived[0]!)).equals(oldKey)).toBe(true);

    const after = openTestAppliance(dir, clock);
    expect(after.keys.pseudonym.equals(pseudonymBefore)).toBe(true);
    const verify = verifyAuditChain(after.store.db, after.keys.audit);
    expect(verify).toMatchObject({ ok: true, rows: 2 });
    after.store.close();
  });

  it('a rotation interrupted after the re-key is completed at the next start', () => {
    const dir = tempDir();
    const clock = new TestClock();
    const app = openTestAppliance(dir, clock);
    const next = randomBytes(32);
    // The steps of rotateMasterKey up to the re-key, then "crash" before the key files are swapped.
    writeKeyFile(pendingKeyFile(keyFileOf(dir)), next);
    app.store.db.transaction((tx) => rewrapAll(tx as never, app.keys, next, clock.now()));
    app.store.sqlite.pragma('journal_mode = DELETE');
    app.store.sqlite.pragma(`rekey = "x'${databaseKey(next).toString('hex')}'"`);
    app.store.close();

    const reopened = openTestAppliance(dir, clock);
    expect(reopened.keys.secrets.equals(app.keys.secrets)).toBe(true);
    reopened.store.close();
    expect(readKey(keyFileOf(dir)).equals(next)).toBe(true);
    expect(readdirSync(path.join(dir, 'secrets')).filter((f) => f.endsWith('.new'))).toEqual([]);
  });

  it('a rotation interrupted before the re-key keeps the current key and drops the unused new one', () => {
    const dir = tempDir();
    const clock = new TestClock();
    const app = openTestAppliance(dir, clock);
    const current = readKey(keyFileOf(dir));
    const next = randomBytes(32);
    writeKeyFile(pendingKeyFile(keyFileOf(dir)), next);
    app.store.db.transaction((tx) => rewrapAll(tx as never, app.keys, next, clock.now()));
    app.store.close();

    const reopened = openTestAppliance(dir, clock);
    expect(reopened.keys.audit.equals(app.keys.audit)).toBe(true);
    reopened.store.close();
    expect(readKey(keyFileOf(dir)).equals(current)).toBe(true);
    expect(readdirSync(path.join(dir, 'secrets'))).toEqual(['master.key']);
  });

  it('refuses to rotate a key that came from the environment', async () => {
    const dir = tempDir();
    const key = randomBytes(32).toString('hex');
    writeFileSync(path.join(dir, 'unused'), '');
    const r = await runCli(['rekey'], { env: envFor(dir, { VEILDRAFT_MASTER_KEY: key }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error [keys.rekey_needs_file]');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitAudit, verifyAuditChain } from '../../src/audit/audit.repository.js';
import { parseKeyText } from '../../src/keys/master-key.js';
import { rotationSteps } from '../../src/keys/rotation.usecases.js';
import { databaseKey } from '../../src/keys/subkeys.js';
import { seal, unseal } from '../../src/shared/crypto.js';
import { keyOpens } from '../../src/store/database.js';
import { envFor, openTestAppliance, TestClock } from '../support/appliance.js';
import { collect, freePort, runCliProcess, spawnCli } from '../support/cli.js';
import { snapshot } from '../support/files.js';
import { tempDir } from '../support/tmp.js';

const keyFileOf = (dir: string) => path.join(dir, 'secrets', 'master.key');
const dbOf = (dir: string) => path.join(dir, 'data', 'veildraft.db');
const readKey = (file: string) => parseKeyText(readFileSync(file, 'utf8'), file);
// CLI processes start slowly on a loaded 2-core machine.
const SLOW = { timeout: 240_000 };

/** A database with an audit row and a sealed "mailbox password", closed. */
function seeded(dir: string) {
  const clock = new TestClock();
  const { store, keys } = openTestAppliance(dir, clock);
  store.db.transaction((tx) =>
    emitAudit(tx, keys.audit, { actor: { kind: 'cli' }, action: 'user.create', at: clock.now() }),
  );
  const sealed = seal(keys.secrets, Buffer.from('imap-password'), 'mailbox:1');
  store.close();
  return { sealed, oldKey: readKey(keyFileOf(dir)) };
}

function waitFor(child: ReturnType<typeof spawnCli>, text: string, timeoutMs = 180_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`no "${text}" within ${timeoutMs} ms: ${seen}`)),
      timeoutMs,
    );
    child.stderr?.on('data', (d) => {
      seen += d;
      if (seen.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

describe('rekey under faults', () => {
  it('is refused while the appliance runs, and changes nothing', SLOW, async () => {
    const dir = tempDir();
    const { oldKey } = seeded(dir);
    const env = envFor(dir, { VEILDRAFT_PORT: String(await freePort()) });
    const app = spawnCli(['start'], { env });
    const exited = collect(app, undefined, 240_000);
    try {
      await waitFor(app, 'is running on');
      const secretsBefore = snapshot(path.join(dir, 'secrets'));
      const r = await runCliProcess(['rekey'], { env, timeoutMs: 120_000 });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('error [store.in_use]');
      expect(r.stderr).toContain('Stop the appliance first');
      expect(snapshot(path.join(dir, 'secrets'))).toEqual(secretsBefore);
      expect(keyOpens(dbOf(dir), databaseKey(oldKey))).toBe(true);
    } finally {
      app.kill('SIGTERM');
      await exited;
    }
  });

  it(
    'killed after any step, leaves one key file that opens the database and every data key, and says which',
    SLOW,
    async () => {
      for (const step of rotationSteps) {
        const dir = tempDir();
        const { sealed, oldKey } = seeded(dir);
        const rekey = spawnCli(['rekey', '--pause-at', step], { env: envFor(dir) });
        const done = collect(rekey, undefined, 180_000);
        await waitFor(rekey, `rekey paused after step ${step}`);
        rekey.kill('SIGKILL');
        await done;

        const swapped = rotationSteps.indexOf(step) >= rotationSteps.indexOf('swapped');
        const after = openTestAppliance(dir);
        try {
          const key = readKey(keyFileOf(dir));
          expect(key.equals(oldKey), step).toBe(!swapped);
          expect(keyOpens(dbOf(dir), databaseKey(key)), step).toBe(true);
          if (step !== 'opened') {
            expect(after.rotation?.outcome, step).toBe(swapped ? 'completed' : 'rolled_back');
            expect(after.rotation?.message, step).toContain(`${keyFileOf(dir)} `);
          }
          expect(unseal(after.keys.secrets, sealed, 'mailbox:1').toString(), step).toBe('imap-password');
          expect(verifyAuditChain(after.store.db, after.keys.audit), step).toMatchObject({
            ok: true,
            rows: swapped ? 2 : 1,
          });
        } finally {
          after.store.close();
        }
        const left = Object.keys(snapshot(dir)).filter((f) => /\.new$|\.rekey$|\.lock$/.test(f));
        expect(left, step).toEqual([]);
      }
    },
  );
});

import { createHash } from 'node:crypto';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitAudit } from '../../src/audit/audit.repository.js';
import { envFor, openTestAppliance, TestClock } from '../support/appliance.js';
import { freePort, runCli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

const dbOf = (dir: string) => path.join(dir, 'data', 'veildraft.db');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const SLOW = { timeout: 240_000 };

/** A closed database of a few hundred pages (audit rows fill its b-trees; no free pages). */
function database(dir: string): string {
  const clock = new TestClock();
  const { store, keys } = openTestAppliance(dir, clock);
  store.db.transaction((tx) => {
    for (let i = 0; i < 3000; i++) {
      emitAudit(tx, keys.audit, {
        actor: { kind: 'cli' },
        action: 'user.create',
        target: `user-${i}`,
        at: clock.now(),
      });
    }
  });
  store.close();
  return dbOf(dir);
}

const damages: { name: string; damage: (file: string) => void; start: RegExp }[] = [
  {
    name: 'a byte flipped in the middle',
    damage: (file) => {
      const bytes = readFileSync(file);
      const page = Math.floor(bytes.length / 4096 / 2);
      bytes[page * 4096 + 2000]! ^= 0xff;
      writeFileSync(file, bytes);
    },
    start:
      /error \[store\.corrupt\]: The database .* is damaged \(.*page.*\)\. Stop here and restore the database from your backup/,
  },
  {
    name: 'truncated to half',
    damage: (file) => truncateSync(file, Math.floor(readFileSync(file).length / 4096 / 2) * 4096),
    start:
      /error \[store\.corrupt\]: .*is damaged \(the file holds \d+ of the \d+ pages its header records: it was truncated\)/,
  },
  {
    name: 'a byte flipped in page 1',
    damage: (file) => {
      const bytes = readFileSync(file);
      bytes[1000]! ^= 0x01;
      writeFileSync(file, bytes);
    },
    start:
      /error \[store\.corrupt\]: .*is damaged \(the first page fails its checksum, while the key opens the pages after it\)/,
  },
];

describe('a damaged database', () => {
  for (const { name, damage, start } of damages) {
    it(
      `${name}: start refuses with store.corrupt, doctor fails, and the file is not written`,
      SLOW,
      async () => {
        const dir = tempDir();
        const file = database(dir);
        damage(file);
        const before = sha(file);
        const env = envFor(dir, {
          VEILDRAFT_PORT: String(await freePort()),
          VEILDRAFT_MIN_FREE_DISK_MB: '1',
        });

        const r = await runCli(['start'], { env, timeoutMs: 120_000 });
        expect(r.code, r.stderr).toBe(1);
        expect(r.stderr).toMatch(start);
        expect(sha(file)).toBe(before);

        const doctor = await runCli(['doctor'], { env, timeoutMs: 120_000 });
        expect(doctor.code, doctor.stdout).toBe(1);
        expect(doctor.stdout).toMatch(/\[FAIL\] Database (integrity|encryption): store\.corrupt: /);
        expect(doctor.stdout).not.toContain('All checks passed');
        expect(sha(file)).toBe(before);
      },
    );
  }
});

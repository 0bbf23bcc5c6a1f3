import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runErasure } from '../../src/dsr/erase.usecases.js';
import { erasureJournalFile } from '../../src/dsr/erasure-journal.js';
import { systemClock } from '../../src/shared/clock.js';
import { runCli } from '../support/cli.js';
import { seedPerson } from '../support/dsr-people.js';
import { tempAppliance } from '../support/temp-appliance.js';

describe('veildraft dsr', () => {
  it('finds, exports, queues an erasure, lists the tracker and prints the certificate', async () => {
    const app = tempAppliance();
    const { store, keys } = app.open();
    seedPerson(store, keys, { email: 'anna@example.org', name: 'Anna Berg', mailboxId: 1, threads: 2 });
    store.close();
    const env = app.env;
    try {
      const find = await runCli(['dsr', 'find', '--email', 'ANNA@example.org', '--name', 'Anna Berg'], {
        env,
        timeoutMs: 60_000,
      });
      expect(find.code, find.stderr).toBe(0);
      expect(find.stdout).toMatch(/^messages\t4$/m);
      expect(find.stdout).toMatch(/^conversations naming "Anna Berg"\t2/m);

      const out = join(app.dir, 'anna.json');
      const exp = await runCli(
        ['dsr', 'export', '--email', 'anna@example.org', '--out', out, '--reference', 'T-9'],
        { env },
      );
      expect(exp.code, exp.stderr).toBe(0);
      expect(JSON.parse(readFileSync(out, 'utf8')).conversations).toHaveLength(2);
      expect(readFileSync(`${out}.summary.txt`, 'utf8')).toContain('What this appliance holds about you');

      const bad = await runCli(['dsr', 'erase', '--email', 'not an address'], { env });
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toContain('Enter one e-mail address');

      const erase = await runCli(['dsr', 'erase', '--email', 'anna@example.org'], { env });
      expect(erase.code, erase.stderr).toBe(0);
      const id = Number(/Request (\d+)/.exec(erase.stdout)![1]);
      // The running appliance's job runner would do this; here the job's use case runs directly.
      const opened = app.open();
      runErasure(
        {
          db: opened.store.db,
          keys: opened.keys,
          clock: systemClock,
          journal: erasureJournalFile(app.config().dataDir, opened.keys),
          forgetConversations: () => {},
        },
        id,
      );
      opened.store.close();

      const list = await runCli(['dsr', 'list'], { env });
      expect(list.stdout).toMatch(new RegExp(`^${id}\\tErasure\\t.*\\tdone\\tcli`, 'm'));
      expect(list.stdout).toMatch(/Access \(export\).*done.*T-9/);
      const cert = await runCli(['dsr', 'certificate', String(id)], { env });
      expect(cert.stdout).toContain('ERASURE CERTIFICATE');
      expect(cert.stdout).toMatch(/messages\s+4/);
    } finally {
      app.cleanup();
    }
  }, 120_000);
});

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackupService } from '../../src/backup/backup.service.js';
import { PENDING_RESTORE_FILE } from '../../src/backup/pending-restore.js';
import { createLogger } from '../../src/shared/logger.js';
import { Agent, type ConsoleHarness, openConsole } from '../support/console-harness.js';

let h: ConsoleHarness;
let name = '';

beforeAll(async () => {
  h = openConsole();
  const backups = createBackupService({
    store: h.store,
    keys: h.keys,
    clock: h.clock,
    logger: createLogger('silent'),
    places: {
      dir: path.join(h.dir, 'backups'),
      dataDir: path.join(h.dir, 'data'),
      keyFile: path.join(h.dir, 'k'),
    },
    appVersion: 'test',
  });
  name = (await backups.backUpNow({ kind: 'cli' }, 'cli')).manifest.file;
}, 120_000);
afterAll(() => h.close());

describe('first-run wizard: restore from a backup', () => {
  it('lists the backups, refuses an unknown one with the reason, and stages a good one for the next start', async () => {
    const anon = new Agent(h.app);
    const page = await anon.get(`/setup?token=${h.setupToken}`);
    expect(page.html).toContain('Or restore from a backup');
    expect(page.html).toContain(`value="${name}"`);
    const bad = await anon.post('/setup/restore', { setupToken: h.setupToken, name: 'veildraft.db' });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('backup.bad_name');
    const noToken = await anon.post('/setup/restore', { setupToken: 'nope', name });
    expect(noToken.status).toBe(403);
    const marker = path.join(h.dir, 'data', PENDING_RESTORE_FILE);
    expect(existsSync(marker)).toBe(false);
    const ok = await anon.post('/setup/restore', { setupToken: h.setupToken, name });
    expect(ok.status).toBe(200);
    expect(ok.html).toContain('is good and will be restored when the appliance starts next');
    expect(JSON.parse(readFileSync(marker, 'utf8'))).toMatchObject({
      file: path.join(h.dir, 'backups', name),
    });
  });
});

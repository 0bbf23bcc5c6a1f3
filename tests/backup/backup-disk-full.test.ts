import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupService } from '../../src/backup/backup.service.js';
import { createLogger } from '../../src/shared/logger.js';
import { backupPlaces, openAppliance } from '../../src/start.js';
import { TestClock, testConfig } from '../support/appliance.js';
import { tempDir } from '../support/tmp.js';

// A real full disk needs a small filesystem: tmpfs, which only root can mount.
const root = process.getuid?.() === 0;
if (!root) console.warn('backup disk-full test skipped: mounting a small tmpfs needs root');

describe.skipIf(!root)('a backup that fills the backup disk', () => {
  const mounted: string[] = [];
  afterEach(() => {
    for (const m of mounted.splice(0)) execFileSync('umount', [m]);
  });

  it('leaves no half file behind, says backup.disk_full, and works once there is room', async () => {
    const dir = tempDir();
    const backupDir = path.join(dir, 'backups');
    mkdirSync(backupDir);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs', backupDir]);
    mounted.push(backupDir);
    const clock = new TestClock();
    const config = testConfig(dir, { VEILDRAFT_BACKUP_DIR: backupDir });
    const { store, keys } = openAppliance(config, clock);
    // About 3 MB of pages that do not compress: more than the 1 MB backup disk holds.
    store.sqlite.exec('CREATE TABLE ballast(b BLOB)');
    const insert = store.sqlite.prepare('INSERT INTO ballast VALUES (randomblob(65536))');
    for (let i = 0; i < 48; i++) insert.run();
    const backups = createBackupService({
      store,
      keys,
      clock,
      logger: createLogger('silent'),
      places: backupPlaces(config),
      appVersion: 'test',
    });
    await expect(backups.backUpNow({ kind: 'cli' }, 'cli')).rejects.toMatchObject({
      code: 'backup.disk_full',
      message: expect.stringContaining('The partial file was removed; no backup was made'),
    });
    expect(readdirSync(backupDir)).toEqual([]);
    const failed = store.sqlite
      .prepare("SELECT metadata FROM audit_log WHERE action = 'backup.fail'")
      .pluck()
      .get() as string;
    expect(JSON.parse(failed)).toMatchObject({ code: 'backup.disk_full' });

    store.sqlite.exec('DROP TABLE ballast; VACUUM');
    const { manifest } = await backups.backUpNow({ kind: 'cli' }, 'cli');
    expect(manifest.verification.ok).toBe(true);
    expect(readdirSync(backupDir).sort()).toEqual([manifest.file, `${manifest.file}.manifest.json`]);
    store.close();
  });
});

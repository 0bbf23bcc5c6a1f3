import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Decrypter, generateIdentity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { emitAudit, verifyAuditChain } from '../../src/audit/audit.repository.js';
import { createBackupService } from '../../src/backup/backup.service.js';
import { listBackups } from '../../src/backup/backup-files.js';
import { restoreBackup } from '../../src/backup/restore.usecases.js';
import { createLogger } from '../../src/shared/logger.js';
import { backupPlaces, openAppliance } from '../../src/start.js';
import { envFor, TestClock, testConfig } from '../support/appliance.js';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

const DAY = 86_400_000;

function setup(dir: string, clock: TestClock, extra: Record<string, string> = {}) {
  const config = testConfig(dir, { VEILDRAFT_BACKUP_DIR: path.join(dir, 'backups'), ...extra });
  const opened = openAppliance(config, clock);
  const backups = createBackupService({
    ...opened,
    clock,
    logger: createLogger('silent'),
    places: backupPlaces(config),
    appVersion: '9.9.9',
  });
  return { config, ...opened, backups };
}

const mark = (a: ReturnType<typeof setup>, clock: TestClock, target: string) =>
  a.store.db.transaction((tx) =>
    emitAudit(tx, a.keys.audit, { actor: { kind: 'cli' }, action: 'user.create', target, at: clock.now() }),
  );
const targets = (a: { store: ReturnType<typeof setup>['store'] }) =>
  a.store.sqlite
    .prepare("SELECT target FROM audit_log WHERE action = 'user.create' ORDER BY id")
    .pluck()
    .all() as string[];

describe('backups', () => {
  it('a backup is encrypted with the database key, verified, and described by a manifest with sha256 and versions', async () => {
    const dir = tempDir();
    const clock = new TestClock();
    const a = setup(dir, clock);
    mark(a, clock, 'first');
    const { manifest } = await a.backups.backUpNow({ kind: 'cli' }, 'cli');
    a.store.close();
    const file = path.join(dir, 'backups', manifest.file);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from('first'))).toBe(false);
    expect(manifest).toMatchObject({
      size: bytes.length,
      appVersion: '9.9.9',
      trigger: 'cli',
      verification: { ok: true, integrity: 'ok', cipher: 'sqlcipher legacy=4' },
    });
    expect(manifest.schemaVersion.tag).toMatch(/^\d{4}_/);
    expect(manifest.verification.rowCounts.audit_log).toBe(1);
    const { createHash } = await import('node:crypto');
    expect(manifest.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(readdirSync(path.join(dir, 'backups')).sort()).toEqual([
      manifest.file,
      `${manifest.file}.manifest.json`,
    ]);
  });

  it('keeps only the newest "keep" backups', async () => {
    const dir = tempDir();
    const clock = new TestClock();
    const a = setup(dir, clock);
    a.backups.saveSettings({ kind: 'cli' }, { enabled: 'on', time: '02:00', keep: '2', recipient: '' });
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      made.push((await a.backups.backUpNow({ kind: 'system' }, 'schedule')).manifest.file);
      clock.advance(DAY);
    }
    expect(a.backups.list().map((b) => b.name)).toEqual([made[2], made[1]]);
    a.store.close();
  });

  it('an off-box copy is age-wrapped for the recipient: only the offline identity opens it, and it is the backup', async () => {
    const dir = tempDir();
    const clock = new TestClock();
    const a = setup(dir, clock, { VEILDRAFT_BACKUP_OFFBOX_DIR: path.join(dir, 'offbox') });
    const identity = await generateIdentity();
    const recipient = await identityToRecipient(identity);
    expect(
      a.backups.saveSettings({ kind: 'cli' }, { enabled: 'on', time: '02:00', keep: '30', recipient }).ok,
    ).toBe(true);
    const { manifest } = await a.backups.backUpNow({ kind: 'cli' }, 'cli');
    a.store.close();
    expect(manifest.offbox?.recipient).toBe(recipient);
    const wrapped = readFileSync(path.join(dir, 'offbox', manifest.offbox!.file));
    expect(wrapped.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    const d = new Decrypter();
    d.addIdentity(identity);
    const plain = Buffer.from(await d.decrypt(wrapped));
    expect(plain.equals(readFileSync(path.join(dir, 'backups', manifest.file)))).toBe(true);
    // The appliance holds no identity: its own key material does not open the copy.
    const wrong = new Decrypter();
    wrong.addIdentity(await generateIdentity());
    await expect(wrong.decrypt(wrapped)).rejects.toThrow();
  });

  it('restore brings the older state back, keeps a restore point, runs the after-restore steps, and audits it', async () => {
    const dir = tempDir();
    const clock = new TestClock();
    const a = setup(dir, clock);
    mark(a, clock, 'before');
    const { manifest } = await a.backups.backUpNow({ kind: 'cli' }, 'cli');
    mark(a, clock, 'after');
    a.store.close();
    const ran: string[] = [];
    const done = await restoreBackup({
      file: path.join(dir, 'backups', manifest.file),
      dataDir: a.config.dataDir,
      keyFile: a.config.masterKeyFile,
      open: () => openAppliance(a.config, clock),
      afterRestore: [{ name: 'replay', run: ({ store }) => void ran.push(String(targets({ store }))) }],
      actor: { kind: 'cli' },
      now: () => clock.now(),
    });
    expect(ran).toEqual(['before']);
    expect(done.restorePoint).toBe(path.join(a.config.dataDir, 'restore-point'));
    expect(existsSync(path.join(done.restorePoint!, 'veildraft.db'))).toBe(true);
    const b = openAppliance(a.config, clock);
    expect(targets(b)).toEqual(['before']);
    expect(verifyAuditChain(b.store.db, b.keys.audit)).toMatchObject({ ok: true });
    expect(
      b.store.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'backup.restore'").pluck().get(),
    ).toBe(1);
    b.store.close();
  });

  it('a failing after-restore step rolls the restore back to the database as it was', async () => {
    const dir = tempDir();
    const clock = new TestClock();
    const a = setup(dir, clock);
    mark(a, clock, 'before');
    const { manifest } = await a.backups.backUpNow({ kind: 'cli' }, 'cli');
    mark(a, clock, 'after');
    a.store.close();
    const restore = restoreBackup({
      file: path.join(dir, 'backups', manifest.file),
      dataDir: a.config.dataDir,
      keyFile: a.config.masterKeyFile,
      open: () => openAppliance(a.config, clock),
      afterRestore: [
        {
          name: 'erasure journal replay',
          run: () => {
            throw new Error('journal unreadable');
          },
        },
      ],
      actor: { kind: 'cli' },
      now: () => clock.now(),
    });
    await expect(restore).rejects.toMatchObject({ code: 'backup.restore_rolled_back' });
    await expect(restore).rejects.toThrow(/erasure journal replay/);
    const b = openAppliance(a.config, clock);
    expect(targets(b)).toEqual(['before', 'after']);
    b.store.close();
    // A restored database that does not open (or migrate) is rolled back the same way.
    const unopenable = restoreBackup({
      file: path.join(dir, 'backups', manifest.file),
      dataDir: a.config.dataDir,
      keyFile: a.config.masterKeyFile,
      open: () => {
        throw new Error('migration failed');
      },
      afterRestore: [],
      actor: { kind: 'cli' },
      now: () => clock.now(),
    });
    await expect(unopenable).rejects.toThrow(/failed at "open and migrate"/);
    const c = openAppliance(a.config, clock);
    expect(targets(c)).toEqual(['before', 'after']);
    c.store.close();
  });

  it('a corrupted backup is refused with a clear message before anything changes', async () => {
    const dir = tempDir();
    const clock = new TestClock();
    const a = setup(dir, clock);
    mark(a, clock, 'live');
    const { manifest } = await a.backups.backUpNow({ kind: 'cli' }, 'cli');
    a.store.close();
    const file = path.join(dir, 'backups', manifest.file);
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 200) ^ 0xff, bytes.length - 200);
    writeFileSync(file, bytes);
    const r = await runCli(['restore', file], {
      env: envFor(dir, { VEILDRAFT_BACKUP_DIR: path.join(dir, 'backups') }),
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/\[backup\.corrupt\]: .*no longer matches the sha256/);
    // Without its manifest the damage itself is found.
    execFileSync('rm', [`${file}.manifest.json`]);
    const v = await runCli(['backup', 'verify', file], { env: envFor(dir) });
    expect(v.code).not.toBe(0);
    expect(v.stderr).toMatch(/\[backup\.corrupt\]/);
    const b = openAppliance(a.config, clock);
    expect(targets(b)).toEqual(['live']);
    b.store.close();
  });

  it('a backup under a key the appliance does not have is refused with a clear message', async () => {
    const dir = tempDir();
    const other = tempDir();
    const clock = new TestClock();
    const theirs = setup(other, clock);
    const { manifest } = await theirs.backups.backUpNow({ kind: 'cli' }, 'cli');
    theirs.store.close();
    setup(dir, clock).store.close();
    const r = await runCli(['backup', 'verify', path.join(other, 'backups', manifest.file)], {
      env: envFor(dir),
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/\[backup\.wrong_key\]: None of the master keys .* opens/);
    // Naming the key file that made it opens it.
    const ok = await runCli(
      [
        'backup',
        'verify',
        path.join(other, 'backups', manifest.file),
        '--key-file',
        theirs.config.masterKeyFile,
      ],
      { env: envFor(dir) },
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('is good');
  });

  it('after rekey an older backup still restores: the archived key opens it and it is re-encrypted under the current key', async () => {
    const dir = tempDir();
    const clock = new TestClock();
    const a = setup(dir, clock);
    mark(a, clock, 'old-key-era');
    const pseudonym = a.keys.pseudonym;
    const { manifest } = await a.backups.backUpNow({ kind: 'cli' }, 'cli');
    a.store.close();
    const env = envFor(dir, { VEILDRAFT_BACKUP_DIR: path.join(dir, 'backups') });
    expect((await runCli(['rekey'], { env })).code).toBe(0);
    const r = await runCli(['restore', path.join(dir, 'backups', manifest.file)], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('re-encrypted under the current one');
    const b = openAppliance(a.config, clock);
    expect(targets(b)).toEqual(['old-key-era']);
    expect(b.keys.pseudonym.equals(pseudonym)).toBe(true);
    expect(verifyAuditChain(b.store.db, b.keys.audit)).toMatchObject({ ok: true });
    b.store.close();
  });

  it('restore is refused while the appliance holds the data folder', async () => {
    const dir = tempDir();
    const clock = new TestClock();
    const a = setup(dir, clock);
    const { manifest } = await a.backups.backUpNow({ kind: 'cli' }, 'cli');
    a.store.close();
    const { spawn } = await import('node:child_process');
    // Another live process holds the lock as "start".
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      mkdirSync(a.config.dataDir, { recursive: true });
      writeFileSync(
        path.join(a.config.dataDir, 'veildraft.lock'),
        JSON.stringify({
          pid: holder.pid,
          role: 'start',
          since: clock.now(),
          token: randomBytes(4).toString('hex'),
        }),
      );
      const r = await runCli(['restore', path.join(dir, 'backups', manifest.file)], { env: envFor(dir) });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(
        /\[store\.in_use\]: .*the running appliance.*Stop the appliance first.*veildraft restore/,
      );
    } finally {
      holder.kill();
    }
  });

  it('the CLI lists backups with size, versions and verdict', async () => {
    const dir = tempDir();
    const env = envFor(dir, { VEILDRAFT_BACKUP_DIR: path.join(dir, 'backups') });
    const c = await runCli(['backup', 'create'], { env });
    expect(c.code, c.stderr).toBe(0);
    expect(c.stdout).toMatch(/written and verified .*integrity ok/);
    const l = await runCli(['backup', 'list'], { env });
    expect(l.stdout).toMatch(
      /^veildraft-\d{8}T\d{9}Z\.db {2}[\d.]+ KB .* app 0\.1\.0 {2}schema \d{4}_\w+ {2}verified$/m,
    );
    expect(listBackups(path.join(dir, 'backups'))).toHaveLength(1);
  });
});

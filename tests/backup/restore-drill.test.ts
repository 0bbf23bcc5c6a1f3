import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/audit/audit.repository.js';
import { createBackupService } from '../../src/backup/backup.service.js';
import {
  ensureDraftRow,
  findDraftByKey,
  recordDraftOutcome,
  recordDraftStored,
} from '../../src/draft/drafts.repository.js';
import { addMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import { createLogger } from '../../src/shared/logger.js';
import { backupPlaces, openAppliance } from '../../src/start.js';
import { checkStoreAtStart } from '../../src/store/start-check.js';
import { envFor, TestClock, testConfig } from '../support/appliance.js';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

/**
 * The restore drill against the real encrypted store: data with a drafted message, a backup,
 * more data, then `veildraft restore` of the older backup. The restored appliance passes the
 * start check, its audit chain verifies, and the message drafted before the backup still has its
 * stored draft record, which is what stops the draft job from appending a second draft for it.
 */
describe('restore drill', () => {
  it('restores an older backup: start check passes, audit chain verifies, the drafted message stays drafted', async () => {
    const dir = tempDir();
    const clock = new TestClock();
    const config = testConfig(dir, { VEILDRAFT_BACKUP_DIR: path.join(dir, 'backups') });
    const logger = createLogger('silent');
    const a = openAppliance(config, clock);
    const mailbox = addMailbox(
      { db: a.store.db, keys: a.keys, clock, allowPlaintextLoopback: false },
      {
        name: 'Support',
        host: 'imap.example.org',
        port: 993,
        security: 'tls',
        username: 'support@example.org',
        password: 'p',
      },
      { kind: 'cli' },
    );
    const draft = (key: string) => {
      ensureDraftRow(a.store.db, {
        mailboxId: mailbox.id,
        draftKey: key,
        messageId: `<${key}@veildraft>`,
        at: clock.now(),
      });
      recordDraftStored(
        a.store.db,
        key,
        { folder: 'Drafts', uidValidity: 7, uid: 41, outcome: 'appended' },
        clock.now(),
      );
      recordDraftOutcome(a.store.db, key, { status: 'stored', model: 'm', promptVersion: 'p', checks: [] });
    };
    draft('before-backup');
    const backups = createBackupService({
      ...a,
      clock,
      logger,
      places: backupPlaces(config),
      appVersion: 'drill',
    });
    const { manifest } = await backups.backUpNow({ kind: 'cli' }, 'cli');
    clock.advance(60_000);
    draft('after-backup');
    a.store.close();

    const r = await runCli(['restore', path.join(dir, 'backups', manifest.file)], {
      env: envFor(dir, { VEILDRAFT_BACKUP_DIR: path.join(dir, 'backups') }),
    });
    expect(r.code, r.stderr).toBe(0);

    await checkStoreAtStart(config, logger);
    const b = openAppliance(config, clock);
    expect(verifyAuditChain(b.store.db, b.keys.audit)).toMatchObject({ ok: true });
    expect(findDraftByKey(b.store.db, 'before-backup')).toMatchObject({ status: 'stored', uid: 41 });
    // Drafted after the backup: its record is gone with the restore, and the key header that
    // draft carries in the Drafts folder is what the draft job finds before any new APPEND.
    expect(findDraftByKey(b.store.db, 'after-backup')).toBeUndefined();
    b.store.close();
  });
});

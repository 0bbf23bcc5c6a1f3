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
import { findByEmail, receiveRequest, requestErasure } from '../../src/dsr/dsr.usecases.js';
import { runErasure } from '../../src/dsr/erase.usecases.js';
import { erasureJournalFile } from '../../src/dsr/erasure-journal.js';
import { addMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import { createLogger } from '../../src/shared/logger.js';
import { backupPlaces, openAppliance } from '../../src/start.js';
import { checkStoreAtStart } from '../../src/store/start-check.js';
import { envFor, TestClock, testConfig } from '../support/appliance.js';
import { runCli } from '../support/cli.js';
import { seedPerson } from '../support/dsr-people.js';
import { tempDir } from '../support/tmp.js';

/**
 * The restore drill against the real encrypted store: data with a drafted message and a person's
 * mail, a backup, more data and the person's erasure, then `veildraft restore` of the older
 * backup. The restored appliance passes the start check, its audit chain verifies, the person
 * stays erased (the erasure journal is replayed by the restore), and the message drafted before
 * the backup still has its stored draft record, which is what stops the draft job from appending
 * a second draft for it.
 */
describe('restore drill', () => {
  it('restores an older backup: start check passes, audit chain verifies, an erased person stays erased, the drafted message stays drafted', async () => {
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
    const person = { email: 'anna.berg@example.org', name: 'Anna Berg', mailboxId: mailbox.id, threads: 3 };
    seedPerson(a.store, a.keys, person);
    const dsr = { db: a.store.db, keys: a.keys, clock };
    const held = () => findByEmail(dsr, person.email).counts;
    expect(held().conversations).toBe(3);
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
    const request = receiveRequest(dsr, { kind: 'erasure', email: person.email }, { kind: 'cli' });
    requestErasure(dsr, request.id, { kind: 'cli' }, 3);
    runErasure(
      { ...dsr, journal: erasureJournalFile(config.dataDir, a.keys), forgetConversations: () => {} },
      request.id,
    );
    expect(held().conversations).toBe(0);
    a.store.close();

    const r = await runCli(['restore', path.join(dir, 'backups', manifest.file)], {
      env: envFor(dir, { VEILDRAFT_BACKUP_DIR: path.join(dir, 'backups') }),
    });
    expect(r.code, r.stderr).toBe(0);

    await checkStoreAtStart(config, logger);
    const b = openAppliance(config, clock);
    expect(verifyAuditChain(b.store.db, b.keys.audit)).toMatchObject({ ok: true });
    const after = findByEmail({ db: b.store.db, keys: b.keys, clock }, person.email).counts;
    expect(after.messages).toBe(0);
    expect(after.conversations).toBe(0);
    expect(after.conversations_fts).toBe(0);
    expect(findDraftByKey(b.store.db, 'before-backup')).toMatchObject({ status: 'stored', uid: 41 });
    // Drafted after the backup: its record is gone with the restore, and the key header that
    // draft carries in the Drafts folder is what the draft job finds before any new APPEND.
    expect(findDraftByKey(b.store.db, 'after-backup')).toBeUndefined();
    b.store.close();
  });
});

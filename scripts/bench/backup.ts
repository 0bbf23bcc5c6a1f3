/**
 * Backup benchmark: a temporary encrypted store with 100,000 synthetic anonymized conversations
 * (with 384-dim embeddings, as the appliance stores them), then one backup through the real
 * service: VACUUM INTO, fsync, verification (integrity_check and row counts), sha256, manifest;
 * then `restore`'s check of that backup. Reports the database and backup sizes and each time.
 *
 *   npm run bench -- backup          (BENCH_CONVERSATIONS=… for another size)
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBackupService } from '../../src/backup/backup.service.js';
import { checkBackup } from '../../src/backup/backup.usecases.js';
import { insertConversation } from '../../src/knowledge/knowledge.repository.js';
import { systemClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';
import { seededRandom } from '../../src/shared/random.js';
import { tempAppliance } from '../../tests/support/temp-appliance.js';
import { round } from '../bench-support/stats.js';

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 100_000);
const random = seededRandom(7);
const words = Array.from({ length: 3000 }, (_, i) => `wort${i.toString(36)}`);
const sentence = (n: number) =>
  Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');

export async function run(): Promise<object> {
  const app = tempAppliance();
  const { store, keys } = app.open();
  const backupDir = path.join(app.dir, 'backups');
  try {
    store.db.transaction((tx) => {
      for (let i = 0; i < CONVERSATIONS; i++) {
        insertConversation(tx, {
          mailboxId: 1 + (i % 4),
          replyMessageRowId: 2 * i + 2,
          customerMessageRowId: 2 * i + 1,
          threadId: null,
          lang: 'de',
          customerText: `Hallo [AGENT], ${sentence(60)} Grüße [PERSON_1]`,
          replyText: `Guten Tag [PERSON_1], ${sentence(80)} [SIGNATURE]`,
          customerAt: 1_700_000_000_000 + i * 1000,
          replyAt: 1_700_000_000_500 + i * 1000,
          risk: 0.1,
          status: 'ready',
          source: 'history',
          createdAt: 1_700_000_000_000,
          participants: [{ pseudonym: `c${i % 20_000}`, role: 'customer' }],
          embedding: { model: 'bench@0', vector: Float32Array.from({ length: 384 }, () => random() - 0.5) },
        });
      }
    });
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const dbBytes = statSync(store.file).size;
    const backups = createBackupService({
      store,
      keys,
      clock: systemClock,
      logger: createLogger('silent'),
      places: {
        dir: backupDir,
        dataDir: app.dir,
        keyFile: path.join(app.dir, 'none.key'),
        envKey: undefined,
      },
      appVersion: 'bench',
    });
    const t0 = performance.now();
    const { manifest } = await backups.backUpNow({ kind: 'cli' }, 'cli');
    const backupSeconds = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    const candidates = [{ master: store.masterKey, where: 'bench' }];
    await checkBackup(path.join(backupDir, manifest.file), candidates, {
      keyDir: app.dir,
      now: () => Date.now(),
    });
    const checkSeconds = (performance.now() - t1) / 1000;
    return {
      conversations: CONVERSATIONS,
      databaseMB: round(dbBytes / 1e6, 1),
      backupMB: round(manifest.size / 1e6, 1),
      backupSeconds: round(backupSeconds, 1),
      verifyMs: manifest.verification.ms,
      restoreCheckSeconds: round(checkSeconds, 1),
    };
  } finally {
    store.close();
    app.cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) console.log(await run());

import { existsSync, statfsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/config.js';
import { checkModels } from '../model-files/model-files.manifest.js';
import { errorCode, isAppError } from '../shared/errors.js';
import { projectRoot } from '../shared/paths.js';
import { fileStartsWithPlainHeader } from '../store/database.js';
import { checkIntegrity, corruptError } from '../store/integrity.js';
import { DATABASE_FILE, locateDatabase } from '../store/store.js';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
  /** A warning does not fail the doctor (e.g. no models installed yet). */
  warning?: boolean;
}

/** Read-only checks of the installation; never creates or changes a file. */
export async function runDoctor(config: Config): Promise<Check[]> {
  const checks: Check[] = [];
  const major = Number(process.versions.node.split('.')[0]);
  checks.push({
    name: 'Node.js version',
    ok: major >= 20,
    detail: `${process.versions.node} (need 20 or newer)`,
  });

  const dbFile = path.join(config.dataDir, DATABASE_FILE);
  const dbExists = existsSync(dbFile);
  checks.push(folderCheck('Data folder', config.dataDir));

  if (config.masterKey) {
    checks.push({ name: 'Master key', ok: true, detail: 'from VEILDRAFT_MASTER_KEY' });
  } else if (!existsSync(config.masterKeyFile)) {
    checks.push({
      name: 'Master key file',
      ok: !dbExists,
      warning: !dbExists,
      detail: dbExists
        ? `${config.masterKeyFile} is missing but a database exists: restore the key from backup`
        : `${config.masterKeyFile} does not exist yet; it is created on first start`,
    });
  } else {
    const mode = statSync(config.masterKeyFile).mode & 0o777;
    checks.push({
      name: 'Master key file',
      ok: (mode & 0o077) === 0,
      detail: `${config.masterKeyFile} mode ${mode.toString(8)}${(mode & 0o077) === 0 ? '' : ' (must be 600: chmod 600 it)'}`,
    });
  }

  if (!dbExists) {
    checks.push({
      name: 'Database',
      ok: true,
      warning: true,
      detail: 'not created yet; `veildraft start` creates it',
    });
  } else {
    checks.push(...(await databaseChecks(config, dbFile)));
  }

  try {
    const fs = statfsSync(existsSync(config.dataDir) ? config.dataDir : path.dirname(config.dataDir));
    const freeMb = Math.floor((fs.bavail * fs.bsize) / 1_048_576);
    checks.push({
      name: 'Free disk',
      ok: freeMb >= config.minFreeDiskMb,
      detail: `${freeMb} MB free (minimum ${config.minFreeDiskMb} MB)`,
    });
  } catch (e) {
    checks.push({ name: 'Free disk', ok: false, detail: `cannot read (${errorCode(e)})` });
  }

  const models = await checkModels(path.join(projectRoot, 'models'));
  const bad = models.filter((m) => m.status !== 'ok');
  checks.push({
    name: 'Models manifest',
    ok: bad.length === 0,
    warning: models.length === 0,
    detail:
      models.length === 0
        ? 'no models installed: drafting and transformer NER stay off (see README, "Models")'
        : bad.length === 0
          ? `${models.length} file(s) verified`
          : bad.map((m) => `${m.path} ${m.status}`).join(', '),
  });
  return checks;
}

function folderCheck(name: string, dir: string): Check {
  if (!existsSync(dir))
    return { name, ok: true, warning: true, detail: `${dir} does not exist yet; created on first start` };
  const mode = statSync(dir).mode & 0o777;
  const ok = (mode & 0o007) === 0;
  return {
    name,
    ok,
    detail: `${dir} mode ${mode.toString(8)}${ok ? '' : ' (others can read it: chmod 700 it)'}`,
  };
}

async function databaseChecks(config: Config, dbFile: string): Promise<Check[]> {
  const name = 'Database encryption';
  if (fileStartsWithPlainHeader(dbFile))
    return [{ name, ok: false, detail: `${dbFile} is plain SQLite (unencrypted)` }];
  let key: Buffer;
  try {
    const located = locateDatabase(config);
    if (!located) return [{ name, ok: false, detail: `${dbFile} is empty` }];
    key = located.key;
  } catch (e) {
    const detail =
      errorCode(e) === 'store.wrong_key'
        ? 'the master key does not open the database (or its first bytes are damaged)'
        : `${errorCode(e)}: ${isAppError(e) ? e.message : 'cannot check'}`;
    return [{ name, ok: false, detail }];
  }
  const checks: Check[] = [
    { name, ok: true, detail: 'SQLCipher v4 scheme (AES-256, HMAC-SHA512 per page); the key opens it' },
  ];
  // The full check reads every page and index: minutes for a large database, read-only.
  const report = await checkIntegrity({ file: dbFile, key, mode: 'full' });
  checks.push(
    report?.ok
      ? { name: 'Database integrity', ok: true, detail: `integrity_check ok (${report.ms} ms)` }
      : {
          name: 'Database integrity',
          ok: false,
          detail: `store.corrupt: ${corruptError(dbFile, report?.problems ?? []).message}`,
        },
  );
  return checks;
}

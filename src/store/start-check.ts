import type { Config } from '../config/config.js';
import type { Logger } from '../shared/logger.js';
import { checkIntegrity, corruptError } from './integrity.js';
import { locateDatabase } from './store.js';

/**
 * How long start waits for the quick check. quick_check reads and decrypts every b-tree page:
 * 4.8 s for a 94 MB database, 48 s for a 926 MB one (2 cores at a load average of about 20).
 */
export const START_CHECK_DEADLINE_MS = 10_000;

/**
 * Runs `PRAGMA quick_check` before the store opens for writing: a damaged database refuses to
 * start and is left as it is. A database too large to check within the deadline starts anyway;
 * the check goes on and its verdict is logged.
 */
export async function checkStoreAtStart(config: Config, logger: Logger): Promise<void> {
  const located = locateDatabase(config);
  if (!located) return;
  const report = await checkIntegrity({
    file: located.file,
    key: located.key,
    mode: 'quick',
    deadlineMs: START_CHECK_DEADLINE_MS,
    onLate: (late) => {
      if (late.ok) logger.info({ ms: late.ms }, 'database quick check passed');
      else {
        const e = corruptError(located.file, late.problems);
        logger.error({ code: e.code, problems: late.problems }, e.message);
      }
    },
  });
  if (!report) {
    logger.warn(
      { deadlineMs: START_CHECK_DEADLINE_MS },
      'the database quick check is still running; starting anyway, its result will be logged',
    );
    return;
  }
  if (!report.ok) throw corruptError(located.file, report.problems);
  logger.debug({ ms: report.ms }, 'database quick check passed');
}

/**
 * Which failures mean the store cannot write right now, as opposed to a bug or bad data.
 * These clear on their own (space freed, the other writer done), so work that hit them waits
 * and retries instead of being counted as failed.
 */
export type StoreFaultCode = 'store.disk_full' | 'store.busy';

const DISK_FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_TIMEOUT', 'SQLITE_LOCKED']);

export function storeFault(e: unknown): StoreFaultCode | null {
  for (let cur = e, depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (code === 'store.disk_full' || DISK_FULL.has(code)) return 'store.disk_full';
      if (code === 'store.busy' || BUSY.has(code)) return 'store.busy';
    }
    cur = (cur as { cause?: unknown }).cause;
  }
  return null;
}

export const storeFaultMessages: Record<StoreFaultCode, string> = {
  'store.disk_full':
    'The data folder is full: nothing new can be saved. Free space there; work resumes on its own.',
  'store.busy': 'The database is locked by another process; work resumes when it is released.',
};

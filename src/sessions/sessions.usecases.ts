import { emitAudit } from '../audit/audit.repository.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import { isReadOnlyRefusal, storeFault } from '../store/store-health.models.js';
import { findUser } from '../users/users.repository.js';
import type { User } from '../users/users.table.js';
import { hashSessionId, sessionExpiry } from './sessions.models.js';
import { deleteSession, findSession, type SessionRow, touchSession } from './sessions.repository.js';

export interface ActiveSession {
  idHash: string;
  session: SessionRow;
  user: User;
}

// Writing lastSeenAt on every request would cost a write per page view; a few seconds of
// slack on a 30-minute idle timeout does not matter.
const TOUCH_EVERY_MS = 15_000;

/** The live session behind a cookie value, or null. Expired sessions are ended (and audited) here. */
export function resolveSession(deps: ConsoleDeps, cookieValue: string | undefined): ActiveSession | null {
  if (!cookieValue || cookieValue.length > 100) return null;
  const { db, keys, clock } = deps;
  const idHash = hashSessionId(cookieValue);
  const session = findSession(db, idHash);
  if (!session) return null;
  const now = clock.now();
  const expiry = sessionExpiry(session, now);
  const user = findUser(db, session.userId);
  if (expiry !== 'live' || !user || user.disabledAt != null) {
    unlessReadOnly(() =>
      db.transaction((tx) => {
        deleteSession(tx, idHash);
        emitAudit(tx, keys.audit, {
          actor: { kind: 'system' },
          action: 'session.expire',
          target: `user:${session.userId}`,
          metadata: { reason: expiry === 'live' ? 'user_disabled' : expiry },
          at: now,
        });
      }),
    );
    return null;
  }
  if (now - session.lastSeenAt >= TOUCH_EVERY_MS) unlessReadOnly(() => touchSession(db, idHash, now));
  return { idHash, session, user };
}

/**
 * Bookkeeping that every page view may do, skipped while the store cannot write (read-only after
 * corruption, disk full), so the console still shows what is saved. The session is still live or
 * still refused either way; a missed expiry is written by the next request that can write.
 */
function unlessReadOnly(write: () => void): void {
  try {
    write();
  } catch (e) {
    if (!isReadOnlyRefusal(e) && !storeFault(e)) throw e;
  }
}

/** Ends the session on the server; the cookie alone is worthless afterwards. */
export function signOut(deps: ConsoleDeps, active: ActiveSession): void {
  const { db, keys, clock } = deps;
  db.transaction((tx) => {
    deleteSession(tx, active.idHash);
    emitAudit(tx, keys.audit, {
      actor: { kind: 'user', id: active.user.id },
      action: 'auth.signout',
      target: `user:${active.user.id}`,
      at: clock.now(),
    });
  });
}

import { emitAudit } from '../audit/audit.repository.js';
import type { ConsoleDeps } from '../auth/auth.deps.js';
import { findUser, type User } from '../users/users.repository.js';
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
    db.transaction((tx) => {
      deleteSession(tx, idHash);
      emitAudit(tx, keys.audit, {
        actor: { kind: 'system' },
        action: 'session.expire',
        target: `user:${session.userId}`,
        metadata: { reason: expiry === 'live' ? 'user_disabled' : expiry },
        at: now,
      });
    });
    return null;
  }
  if (now - session.lastSeenAt >= TOUCH_EVERY_MS) touchSession(db, idHash, now);
  return { idHash, session, user };
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

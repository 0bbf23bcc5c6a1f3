import type { ConsoleDeps } from '../auth/auth.deps.js';
import { countUnusedRecoveryCodes, findUser, listUsers } from './users.repository.js';
import type { User } from './users.table.js';

/** Read side of the Users page, so routes never reach for the store. */
export function listUsersForAdmin(deps: Pick<ConsoleDeps, 'db'>): User[] {
  return listUsers(deps.db);
}

export function findUserForAdmin(
  deps: Pick<ConsoleDeps, 'db'>,
  id: number,
): { user: User; recoveryLeft: number } | null {
  const user = findUser(deps.db, id);
  return user ? { user, recoveryLeft: countUnusedRecoveryCodes(deps.db, id) } : null;
}

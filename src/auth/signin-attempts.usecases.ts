import {
  ATTEMPT_RETENTION_MS,
  FREE_ACCOUNT_FAILURES,
  THROTTLE_WINDOW_MS,
} from '../sessions/sessions.models.js';
import { failedSigninsByAccount } from '../sessions/sessions.repository.js';
import { listUsers } from '../users/users.repository.js';
import type { ConsoleDeps } from './auth.deps.js';
import { signinAccountKey } from './signin.usecases.js';

export interface AccountFailureView {
  userId: number;
  username: string;
  failures: number;
  lastAt: number;
  /** Distinct client addresses the failures came from. */
  addresses: number;
}

export interface FailedSignins {
  /** Hours the counts cover. */
  hours: number;
  accounts: AccountFailureView[];
  /** Failures for usernames that do not exist (guessing or typos), summed. */
  unknown: { failures: number; usernames: number };
}

/**
 * Recent failed sign-ins per console user. The attempts table holds only keyed hashes of
 * usernames; with few users, hashing each name is the cheap way back from key to account.
 */
export function failedSignins(deps: ConsoleDeps, windowMs = ATTEMPT_RETENTION_MS): FailedSignins {
  const rows = failedSigninsByAccount(deps.db, deps.clock.now() - windowMs);
  const byKey = new Map(listUsers(deps.db).map((u) => [signinAccountKey(deps.keys, u.username), u]));
  const accounts: AccountFailureView[] = [];
  const unknown = { failures: 0, usernames: 0 };
  for (const r of rows) {
    const user = byKey.get(r.accountKey);
    const { accountKey: _, ...counts } = r;
    if (user) accounts.push({ userId: user.id, username: user.username, ...counts });
    else {
      unknown.failures += r.failures;
      unknown.usernames += 1;
    }
  }
  accounts.sort((a, b) => b.failures - a.failures);
  return { hours: windowMs / 3_600_000, accounts, unknown };
}

/** Accounts whose failures in the throttle window already make failing addresses wait. */
export function accountsUnderAttack(deps: ConsoleDeps): AccountFailureView[] {
  return failedSignins(deps, THROTTLE_WINDOW_MS).accounts.filter((a) => a.failures >= FREE_ACCOUNT_FAILURES);
}

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/audit.table.js';
import type { ConsoleDeps } from '../../src/auth/auth.deps.js';
import { hashPassword } from '../../src/auth/passwords.js';
import { signIn } from '../../src/auth/signin.usecases.js';
import { signInFromDirectory } from '../../src/identity/directory-signin.usecases.js';
import { insertIdentity } from '../../src/identity/identities.repository.js';
import type { DirectoryIdentity, RoleMapping } from '../../src/identity/identity.types.js';
import { hashSessionId } from '../../src/sessions/sessions.models.js';
import { findSession } from '../../src/sessions/sessions.repository.js';
import { createLogger } from '../../src/shared/logger.js';
import { openAppliance } from '../../src/start.js';
import type { Store } from '../../src/store/store.js';
import { listAssignedMailboxIds } from '../../src/users/user-mailboxes.repository.js';
import { findUser, findUserByName, insertUser } from '../../src/users/users.repository.js';
import { TestClock, testConfig } from '../support/appliance.js';
import { addTestMailbox } from '../support/job-fakes.js';

const mapping = (mailboxIds: number[]): RoleMapping => ({
  admin: ['vd-admins'],
  reviewer: ['cs-agents'],
  auditor: ['dpo'],
  reviewerMailboxes: [{ group: 'cs-agents', mailboxIds }],
});

const rita = (groups: string[], over: Partial<DirectoryIdentity> = {}): DirectoryIdentity => ({
  provider: 'oidc',
  subject: 'https://idp.example|f81d4fae',
  username: 'rita.meyer',
  email: 'rita.meyer@example.org',
  groups,
  ...over,
});

describe('signing in from a directory identity (real encrypted store)', () => {
  let dir: string;
  let store: Store;
  let deps: ConsoleDeps;
  let mailboxId: number;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'veildraft-directory-'));
    const clock = new TestClock(Date.UTC(2026, 5, 1, 9));
    const config = testConfig(dir, { VEILDRAFT_MASTER_KEY: randomBytes(32).toString('hex') });
    const opened = openAppliance(config, clock);
    store = opened.store;
    deps = { db: store.db, keys: opened.keys, clock, logger: createLogger('silent') };
    mailboxId = addTestMailbox(store);
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const live = (sessionId: string) => findSession(store.db, hashSessionId(sessionId)) !== undefined;
  const actions = () =>
    store.db
      .select()
      .from(auditLog)
      .all()
      .map((r) => r.action);
  const options = (createUsers: boolean) => ({
    mapping: mapping([mailboxId, 999]),
    createUsers,
    client: '127.0.0.1',
  });

  it('creates a mapped user just in time only when that is switched on', async () => {
    expect(await signInFromDirectory(deps, rita(['cs-agents']), options(false))).toEqual({
      ok: false,
      reason: 'not_provisioned',
    });
    expect(findUserByName(store.db, 'rita.meyer')).toBeUndefined();

    const result = await signInFromDirectory(deps, rita(['cs-agents']), options(true));
    expect(result).toMatchObject({ ok: true, role: 'reviewer', created: true });
    if (!result.ok) return;
    expect(live(result.sessionId)).toBe(true);
    // Mailbox 999 is mapped but does not exist: it is left out rather than failing the sign-in.
    expect(listAssignedMailboxIds(store.db, result.userId)).toEqual([mailboxId]);
    expect(actions()).toEqual(['auth.directory_refused', 'auth.signin']);
  });

  it('re-reads the groups at every sign-in and ends the sessions of someone who lost them', async () => {
    const first = await signInFromDirectory(deps, rita(['vd-admins']), options(true));
    expect(first).toMatchObject({ ok: true, role: 'admin' });
    const second = await signInFromDirectory(deps, rita(['dpo']), options(true));
    expect(second).toMatchObject({ ok: true, role: 'auditor', created: false });
    if (!first.ok || !second.ok) return;
    expect(findUser(store.db, first.userId)?.role).toBe('auditor');

    expect(await signInFromDirectory(deps, rita(['everyone']), options(true))).toEqual({
      ok: false,
      reason: 'no_mapped_group',
    });
    expect(live(first.sessionId)).toBe(false);
    expect(live(second.sessionId)).toBe(false);
  });

  it('never links an identity to a local account by its name', async () => {
    insertUser(store.db, {
      username: 'rita.meyer',
      role: 'admin',
      passwordHash: 'x',
      mustChangePassword: false,
      now: 0,
    });
    expect(await signInFromDirectory(deps, rita(['cs-agents']), options(true))).toEqual({
      ok: false,
      reason: 'username_taken',
    });
  });

  it('fills in a pending link an admin created, then follows the subject, not the name', async () => {
    const userId = insertUser(store.db, {
      username: 'rita.meyer',
      role: 'auditor',
      passwordHash: 'x',
      mustChangePassword: false,
      now: 0,
    });
    insertIdentity(store.db, { userId, provider: 'oidc', subject: null, now: 0 });
    expect(await signInFromDirectory(deps, rita(['cs-agents']), options(false))).toMatchObject({
      ok: true,
      userId,
      role: 'reviewer',
      created: false,
    });
    // Renamed in the directory: same subject, same account.
    expect(
      await signInFromDirectory(deps, rita(['cs-agents'], { username: 'rita.schulz' }), options(false)),
    ).toMatchObject({ ok: true, userId });
    // Another person who now carries the old name is not this account.
    expect(
      await signInFromDirectory(
        deps,
        rita(['cs-agents'], { subject: 'https://idp.example|0b1c' }),
        options(false),
      ),
    ).toEqual({ ok: false, reason: 'not_provisioned' });
  });

  it('keeps a directory user out of the local password form', async () => {
    const first = await signInFromDirectory(deps, rita(['cs-agents']), options(true));
    if (!first.ok) throw new Error('expected a sign-in');
    const hash = await hashPassword('correct horse battery staple');
    store.db.$client.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hash, first.userId);
    const local = await signIn(deps, {
      username: 'rita.meyer',
      password: 'correct horse battery staple',
      code: '',
      client: '127.0.0.1',
    });
    expect(local).toEqual({ ok: false, reason: 'invalid' });
    const failed = store.db.select().from(auditLog).all().at(-1);
    expect(failed?.action).toBe('auth.signin_failed');
    expect(failed?.metadata).toContain('directory_user');
  });

  it('refuses a disabled user even when the directory still maps them', async () => {
    const first = await signInFromDirectory(deps, rita(['cs-agents']), options(true));
    if (!first.ok) throw new Error('expected a sign-in');
    store.db.$client.prepare('UPDATE users SET disabled_at = 1 WHERE id = ?').run(first.userId);
    expect(await signInFromDirectory(deps, rita(['cs-agents']), options(true))).toEqual({
      ok: false,
      reason: 'disabled',
    });
    expect(live(first.sessionId)).toBe(false);
  });
});

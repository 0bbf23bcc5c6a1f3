import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ADMIN,
  addUser,
  type ConsoleHarness,
  completeSetup,
  openConsole,
  signIn,
} from '../support/console-harness.js';

/**
 * "Local passwords only for local admins" (Settings → Sign-in): once single sign-on is the way in,
 * other local accounts stop working, and the local admins stay the break-glass path. Saved
 * through the console form without a provider (the mapping and policy save on their own).
 */
describe('restricting local sign-in to local admins (real console, real store)', () => {
  let h: ConsoleHarness;
  beforeEach(() => {
    h = openConsole();
  });
  afterEach(() => h.close());

  it('refuses a local reviewer while the restriction is on, keeps the admin in, and lets the reviewer back when it is off', async () => {
    const { agent: admin, secret: adminSecret } = await completeSetup(h);
    const rita = await addUser(h, admin, 'rita', 'reviewer');

    const policy = async (restrictLocal: boolean) => {
      await admin.get('/settings/signin');
      const res = await admin.post('/settings/signin/save', {
        adminGroups: 'vd-admins',
        ...(restrictLocal ? { restrictLocal: 'on' } : {}),
      });
      expect(res.status).toBe(200);
    };

    await policy(true);
    const refused = await signIn(h, 'rita', rita.password, rita.secret);
    expect(refused.res.status).not.toBe(303);
    expect((await refused.agent.get('/review')).location).toBe('/signin');

    const breakGlass = await signIn(h, 'admin', ADMIN.password, adminSecret);
    expect(breakGlass.res.location).toBe('/');
    expect((await breakGlass.agent.get('/users')).status).toBe(200);

    const failed = h.store.sqlite
      .prepare("SELECT metadata FROM audit_log WHERE action = 'auth.signin_failed' ORDER BY id DESC LIMIT 1")
      .get() as { metadata: string };
    expect(failed.metadata).toContain('local_restricted');

    await policy(false);
    const back = await signIn(h, 'rita', rita.password, rita.secret);
    expect(back.res.location).toBe('/');
  });
});

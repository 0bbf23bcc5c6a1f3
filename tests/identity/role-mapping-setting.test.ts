import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mapDirectoryAccess, ROLE_MAPPING_KEY } from '../../src/identity/role-mapping.models.js';
import { loadRoleMapping } from '../../src/identity/signin-settings.usecases.js';
import { writeSetting } from '../../src/settings/settings.repository.js';
import { type ConsoleHarness, openConsole } from '../support/console-harness.js';

describe('reading the role mapping from the settings (real encrypted store)', () => {
  let h: ConsoleHarness;
  beforeEach(() => {
    h = openConsole();
  });
  afterEach(() => h.close());

  it('maps no one until a mapping is saved, then follows the saved one', () => {
    const identity = { groups: ['vd-admins'] };
    expect(mapDirectoryAccess(identity, loadRoleMapping(h.store.db))).toEqual({
      ok: false,
      reason: 'no_mapped_group',
    });
    const mapping = { admin: ['VD-Admins'], reviewer: [], auditor: [], reviewerMailboxes: [] };
    writeSetting(h.store.db, ROLE_MAPPING_KEY, JSON.stringify(mapping), 0, null);
    expect(mapDirectoryAccess(identity, loadRoleMapping(h.store.db))).toMatchObject({
      ok: true,
      role: 'admin',
    });
  });
});

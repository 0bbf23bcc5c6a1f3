import { readSetting } from '../settings/settings.repository.js';
import type { Tx } from '../store/store.js';
import type { RoleMapping } from './identity.types.js';
import { parseRoleMapping, ROLE_MAPPING_KEY } from './role-mapping.models.js';

/** The group-to-role mapping every directory sign-in reads, as saved at this moment. */
export function loadRoleMapping(db: Tx): RoleMapping {
  return parseRoleMapping(readSetting(db, ROLE_MAPPING_KEY));
}

import type { RouteDef } from '../access.js';
import { analyticsRoutes } from './analytics.routes.js';
import { auditRoutes } from './audit.routes.js';
import { authRoutes } from './auth.routes.js';
import { backupRoutes } from './backups.routes.js';
import { draftRoutes } from './drafts.routes.js';
import { jobRoutes } from './jobs.routes.js';
import { mailboxRoutes } from './mailboxes.routes.js';
import { oidcRoutes } from './oidc.routes.js';
import { pageRoutes } from './pages.routes.js';
import { privacyRequestRoutes } from './privacy-requests.routes.js';
import { privacyRetentionRoutes } from './privacy-retention.routes.js';
import { reviewRoutes } from './review.routes.js';
import { settingsRoutes } from './settings.routes.js';
import { signinLdapRoutes } from './signin-ldap.routes.js';
import { userRoutes } from './users.routes.js';

/** Every console route with its access rule: app.ts registers them, the role test walks them. */
export const consoleRoutes: RouteDef[] = [
  ...authRoutes,
  ...oidcRoutes,
  ...pageRoutes,
  ...mailboxRoutes,
  ...userRoutes,
  ...auditRoutes,
  ...settingsRoutes,
  ...signinLdapRoutes,
  ...privacyRetentionRoutes,
  ...reviewRoutes,
  ...draftRoutes,
  ...jobRoutes,
  ...privacyRequestRoutes,
  ...backupRoutes,
  ...analyticsRoutes,
];

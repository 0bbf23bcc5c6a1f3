import { type Role, roles } from './users.table.js';

export type FieldErrors = Record<string, string>;

/** Lower-case letters, digits and . _ @ -; 2–64 characters. Usernames are normalised to lower case. */
export function usernameProblem(username: string): string | null {
  if (!/^[a-z0-9][a-z0-9._@-]{1,63}$/.test(username))
    return 'Use 2 to 64 characters: lower-case letters, digits, and . _ @ - (starting with a letter or digit).';
  return null;
}

export function normaliseUsername(input: string): string {
  return input.trim().toLowerCase();
}

export function parseRole(input: string): Role | null {
  return (roles as readonly string[]).includes(input) ? (input as Role) : null;
}

export const roleLabels: Record<Role, string> = {
  admin: 'Admin',
  reviewer: 'Reviewer',
  auditor: 'Auditor',
};

export const roleDescriptions: Record<Role, string> = {
  admin: 'Users, mailboxes, settings, models and backups',
  reviewer: 'Review queue and drafts of the mailboxes assigned to them',
  auditor: 'Read-only: audit log and analytics',
};

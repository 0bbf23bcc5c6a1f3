import { type Role, roles } from './users.table.js';

export type FieldErrors = Record<string, string>;

/** The rule as the forms show it before anything is submitted; normaliseUsername does the second sentence. */
export const USERNAME_RULE =
  '2 to 64 characters (letters a–z, digits and . _ @ -), starting with a letter or digit. Capitals become lower case and spaces become dots: "Jane Doe" is saved, and signs in, as jane.doe.';

/** Checked after normaliseUsername: lower-case letters, digits and . _ @ -; 2–64 characters. */
export function usernameProblem(username: string): string | null {
  if (!/^[a-z0-9][a-z0-9._@-]{1,63}$/.test(username))
    return `The username does not fit the rule: ${USERNAME_RULE}`;
  return null;
}

/**
 * The same at account creation and at sign-in, so a name is found however it was typed:
 * compatibility forms folded (full-width letters from East Asian keyboards), invisible
 * characters that copy and paste bring along removed, surrounding spaces trimmed, each run of
 * inner spaces made one dot, and lower case.
 */
export function normaliseUsername(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .trim()
    .replace(/\s+/g, '.')
    .toLowerCase();
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

/** An e-mail address as the user's page takes it: one address, no display name; empty clears it. */
export function emailProblem(address: string): string | null {
  if (address === '') return null;
  if (address.length > 254 || !/^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/.test(address))
    return 'Enter one e-mail address such as jane.doe@example.com, or leave the field empty to remove it.';
  return null;
}

import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The common-password list is zxcvbn-ts's `passwords-common` (≈49k entries drawn from leaked
 * password corpora), shipped inside the npm package @zxcvbn-ts/language-common, so the check
 * runs offline. Only a few hundred entries are 12+ characters long, so we also refuse a listed
 * password padded with digits or symbols, or repeated ("password2024!", "qwertyqwerty").
 */
const common = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export function isCommonPassword(password: string): boolean {
  const p = password.toLowerCase();
  if (common.has(p)) return true;
  const core = p.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (core.length >= 4 && common.has(core)) return true;
  const repeated = /^(.{1,8}?)\1+$/.exec(p);
  return repeated !== null;
}

/** The policy as the forms show it under the password field, before anything is submitted. */
export function passwordRule(username?: string): string {
  const name = username ? `your username (${username})` : 'the username';
  return `At least ${MIN_PASSWORD_LENGTH} characters, not a commonly used password, and not containing ${name}.`;
}

/** A readable reason the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return `Use at least ${MIN_PASSWORD_LENGTH} characters. A short sentence is easy to remember.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    return 'The password must not contain the username.';
  if (isCommonPassword(password))
    return 'This password is in a list of commonly used or breached passwords. Choose another.';
  return null;
}

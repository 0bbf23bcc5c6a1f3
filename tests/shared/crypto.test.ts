import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKey, hmacHex, seal, unseal } from '../../src/shared/crypto.js';

describe('crypto helpers', () => {
  const key = randomBytes(32);

  it('seals and opens a secret bound to its place', () => {
    const sealed = seal(key, Buffer.from('imap-password'), 'mailbox:1:password');
    expect(sealed.includes(Buffer.from('imap-password'))).toBe(false);
    expect(unseal(key, sealed, 'mailbox:1:password').toString()).toBe('imap-password');
  });

  it('refuses a sealed value moved to another place, opened with another key, or altered', () => {
    const sealed = seal(key, Buffer.from('imap-password'), 'mailbox:1:password');
    expect(() => unseal(key, sealed, 'mailbox:2:password')).toThrow(/failed authentication/);
    expect(() => unseal(randomBytes(32), sealed, 'mailbox:1:password')).toThrow(/failed authentication/);
    const altered = Buffer.from(sealed);
    altered[altered.length - 1]! ^= 1;
    expect(() => unseal(key, altered, 'mailbox:1:password')).toThrow(/failed authentication/);
  });

  it('derives distinct, stable subkeys per purpose', () => {
    const master = randomBytes(32);
    expect(deriveKey(master, 'a')).toEqual(deriveKey(master, 'a'));
    expect(deriveKey(master, 'a')).not.toEqual(deriveKey(master, 'b'));
    expect(deriveKey(master, 'a')).toHaveLength(32);
  });

  it('pseudonymizes with a keyed hash: same input and key, same pseudonym; other key, other pseudonym', () => {
    expect(hmacHex(key, 'jane@example.org')).toBe(hmacHex(key, 'jane@example.org'));
    expect(hmacHex(key, 'jane@example.org')).not.toBe(hmacHex(randomBytes(32), 'jane@example.org'));
  });
});

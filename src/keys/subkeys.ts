import { deriveKey } from '../shared/crypto.js';

/**
 * Key hierarchy. The master key derives (HKDF-SHA256) the database key and a wrap key.
 * The data keys (secrets sealing, pseudonyms, audit chain) are derived from the master key
 * when the database is created and stored inside it, sealed with the wrap key. Rotating the
 * master key then re-wraps them, so pseudonyms and sealed passwords stay valid across a rotation.
 */
export const dataKeyNames = ['secrets', 'pseudonym', 'audit'] as const;
export type DataKeyName = (typeof dataKeyNames)[number];
export type DataKeys = Record<DataKeyName, Buffer>;

export function databaseKey(master: Buffer): Buffer {
  return deriveKey(master, 'veildraft/database/v1');
}

export function wrapKey(master: Buffer): Buffer {
  return deriveKey(master, 'veildraft/keyring-wrap/v1');
}

export function initialDataKey(master: Buffer, name: DataKeyName): Buffer {
  return deriveKey(master, `veildraft/${name}/v1`);
}

import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';

/** The master key and the keys it wraps, and rotating them (`keys.*`). */
export const keyErrors = {
  malformed: createErrorFactory({
    code: 'keys.malformed',
    message: (where: string) =>
      `The master key in ${where} is malformed: expected 64 hexadecimal characters (256 bits).`,
  }),
  keyringUnreadable: createErrorFactory({
    code: 'keys.keyring_unreadable',
    message: (name: string) => `The ${name} key in the database cannot be unwrapped with the master key.`,
  }),
  rekeyNeedsFile: createErrorFactory({
    code: 'keys.rekey_needs_file',
    message:
      'rekey rotates the key file; the key came from VEILDRAFT_MASTER_KEY. Use VEILDRAFT_MASTER_KEY_FILE to rotate.',
  }),
  rekeyFailed: createErrorFactory({
    code: 'keys.rekey_failed',
    message: (keyFile: string) =>
      `The key rotation failed before the new key came into use; nothing changed: ${keyFile} still opens the database.`,
  }),
  rekeyUnsettled: createErrorFactory({
    code: 'keys.rekey_unsettled',
    message: (pending: string) =>
      `The database is re-encrypted with the new key in ${pending}, but the key files could not be swapped. Keep ${pending}: it opens the database; the next start completes the swap.`,
  }),
};

export type KeyErrorCode = ErrorCodes<typeof keyErrors>;

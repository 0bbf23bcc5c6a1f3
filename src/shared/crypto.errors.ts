import { createErrorFactory, type ErrorCodes } from './errors.js';

/** A sealed secret that cannot be opened (`crypto.*`). */
export const cryptoErrors = {
  sealedInvalid: createErrorFactory({
    code: 'crypto.sealed_invalid',
    message: 'A sealed value has an unknown format.',
  }),
  sealedTampered: createErrorFactory({
    code: 'crypto.sealed_tampered',
    message: 'A sealed value failed authentication (wrong key or tampered).',
  }),
};

export type CryptoErrorCode = ErrorCodes<typeof cryptoErrors>;

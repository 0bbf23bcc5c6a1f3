import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';

/** Errors of the retention domain (`retention.*`). */
export const retentionErrors = {
  /** The CLI was given a batch size it cannot use. */
  invalidBatch: createErrorFactory({
    code: 'retention.invalid_batch',
    message: (given: string) => `${JSON.stringify(given)} is not a batch size from 1 to 10000.`,
    status: 400,
    permanent: true,
  }),
};

export type RetentionErrorCode = ErrorCodes<typeof retentionErrors>;

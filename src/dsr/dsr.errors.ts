import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';

/** Errors of data-subject requests and the erasure journal (`dsr.*`). */
export const dsrErrors = {
  invalidInput: createErrorFactory({
    code: 'dsr.invalid_input',
    message: (problem: string) => problem,
    status: 400,
    permanent: true,
  }),
  notFound: createErrorFactory({
    code: 'dsr.not_found',
    message: (id: number | string) => `No data-subject request ${id}.`,
    status: 404,
    permanent: true,
  }),
  /** Erasing twice, or closing an erasure that is running. */
  wrongState: createErrorFactory({
    code: 'dsr.wrong_state',
    message: (problem: string) => problem,
    status: 409,
    permanent: true,
  }),
  /**
   * The erasure journal does not verify: a line was changed, removed or reordered, or it was
   * written under other keys. Nothing is replayed from it until an operator looks.
   */
  journalTampered: createErrorFactory({
    code: 'dsr.journal_tampered',
    message: (line: number) =>
      `The erasure journal fails verification at line ${line}: it was changed or written with other keys.`,
    status: 500,
    permanent: true,
    summary: 'The erasure journal fails verification.',
  }),
};

export type DsrErrorCode = ErrorCodes<typeof dsrErrors>;

import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';

/** Anonymizing text given on the command line (`anonymize.*`). */
export const anonymizeErrors = {
  termsUnreadable: createErrorFactory({
    code: 'anonymize.terms_unreadable',
    message: (file: string) => `Cannot read the term list ${file}.`,
  }),
  inputTooLarge: createErrorFactory({
    code: 'anonymize.input_too_large',
    message: (maxBytes: number) => `The input is larger than ${maxBytes >> 20} MB.`,
    status: 400,
    permanent: true,
  }),
  badPolicy: createErrorFactory({
    code: 'anonymize.bad_policy',
    message: '--special must be phrase, sentence or flag.',
    status: 400,
    permanent: true,
  }),
};

export type AnonymizeErrorCode = ErrorCodes<typeof anonymizeErrors>;

import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';

/** Command-line usage (`cli.*`). */
export const cliErrors = {
  invalidOption: createErrorFactory({
    code: 'cli.invalid_option',
    message: (p: { name: string; min: number; max: number }) =>
      `${p.name} must be a whole number from ${p.min} to ${p.max}.`,
    status: 400,
  }),
  passwordStdin: createErrorFactory({
    code: 'cli.password_stdin',
    message: (how: string) => how,
    status: 400,
  }),
};

export type CliErrorCode = ErrorCodes<typeof cliErrors>;

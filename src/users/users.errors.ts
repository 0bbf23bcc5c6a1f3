import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';

/** Console users (`users.*`). */
export const userErrors = {
  notFound: createErrorFactory({
    code: 'users.not_found',
    message: (username: string) => `No console user named ${JSON.stringify(username)}.`,
    status: 404,
  }),
  /** The reset was refused; the sentence says why (from the use case). */
  resetRefused: createErrorFactory({
    code: 'users.reset_refused',
    message: (why: string) => why,
    status: 409,
  }),
};

export type UserErrorCode = ErrorCodes<typeof userErrors>;

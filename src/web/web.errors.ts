import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';

/** The console's listener could not start (`web.*`); `at` is host:port. */
export const webErrors = {
  portInUse: createErrorFactory({
    code: 'web.port_in_use',
    message: (at: string) =>
      `Cannot listen on ${at}: address in use. Another program (or another Veildraft) already listens there: stop it, or choose another port with VEILDRAFT_PORT.`,
  }),
  portDenied: createErrorFactory({
    code: 'web.port_denied',
    message: (at: string) =>
      `Cannot listen on ${at}: permission denied. Ports below 1024 need privileges: choose a port from 1024 up with VEILDRAFT_PORT.`,
  }),
  addressUnavailable: createErrorFactory({
    code: 'web.address_unavailable',
    message: (at: string) =>
      `Cannot listen on ${at}: address not available. No network interface of this machine has that address: check VEILDRAFT_HOST.`,
  }),
  listenFailed: createErrorFactory({
    code: 'web.listen_failed',
    message: (p: { at: string; system: string }) =>
      `Cannot listen on ${p.at}: the system refused (${p.system}).`,
  }),
};

export type WebErrorCode = ErrorCodes<typeof webErrors>;

import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';

/** The configuration cannot be used as given (`config.*`): the process stops before it starts. */
export const configErrors = {
  invalid: createErrorFactory({
    code: 'config.invalid',
    message: (problems: readonly string[]) => `Invalid configuration:\n  - ${problems.join('\n  - ')}`,
  }),
  fileUnreadable: createErrorFactory({
    code: 'config.file_unreadable',
    message: (file: string) => `VEILDRAFT_CONFIG_FILE = ${JSON.stringify(file)}: cannot be read`,
  }),
  fileInvalid: createErrorFactory({
    code: 'config.file_invalid',
    message: (p: { file: string; problem: string }) =>
      `VEILDRAFT_CONFIG_FILE = ${JSON.stringify(p.file)}: ${p.problem}`,
  }),
  tlsIncomplete: createErrorFactory({
    code: 'config.tls_incomplete',
    message: 'Set both VEILDRAFT_TLS_CERT_FILE and VEILDRAFT_TLS_KEY_FILE.',
  }),
  tlsUnreadable: createErrorFactory({
    code: 'config.tls_unreadable',
    message: (p: { key: string; file: string }) => `${p.key} = ${p.file}: cannot be read.`,
  }),
  plainHttpRemote: createErrorFactory({
    code: 'config.plain_http_remote',
    message: (host: string) =>
      `VEILDRAFT_HOST = ${host} would serve plain HTTP beyond this machine. Listen on 127.0.0.1, or set VEILDRAFT_ALLOW_REMOTE_HTTP=true behind a TLS-terminating proxy.`,
  }),
};

export type ConfigErrorCode = ErrorCodes<typeof configErrors>;

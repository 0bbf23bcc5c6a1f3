import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';

/** The audit log (`audit.*`). Fail-closed: the change being audited rolls back with it. */
export const auditErrors = {
  invalidEvent: createErrorFactory({
    code: 'audit.invalid_event',
    message: (action: string) => `Refusing to write an audit row for ${action}: invalid action or metadata.`,
  }),
};

export type AuditErrorCode = ErrorCodes<typeof auditErrors>;

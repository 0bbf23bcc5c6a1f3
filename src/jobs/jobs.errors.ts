import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';

/** The job queue (`jobs.*`). */
export const jobErrors = {
  notFound: createErrorFactory({
    code: 'jobs.not_found',
    message: (id: number) => `There is no job ${id}.`,
    status: 404,
  }),
  notDead: createErrorFactory({
    code: 'jobs.not_dead',
    message: (p: { id: number; state: string }) =>
      `Job ${p.id} is ${p.state}, not dead: only dead jobs are retried.`,
    status: 409,
  }),
  /** A programming error: job payloads carry references, never mail content. */
  payloadNotReference: createErrorFactory({
    code: 'jobs.payload_not_reference',
    message: (kind: string) => `A ${kind} job payload must hold references and ids only.`,
  }),
  /** A stored payload that does not fit its kind's schema: no retry can fix it. */
  payloadInvalid: createErrorFactory({
    code: 'jobs.payload_invalid',
    message: (p: { kind: string; where: string; problem: string }) =>
      `The payload of this ${p.kind} job is not what a ${p.kind} job needs${p.where}: ${p.problem}.`,
    permanent: true,
  }),
  retryUsage: createErrorFactory({
    code: 'jobs.retry_usage',
    message: (problem: string) => problem,
    status: 400,
  }),
};

export type JobErrorCode = ErrorCodes<typeof jobErrors>;

import { z } from 'zod';
import { defineJob } from '../../src/jobs/jobs.models.js';

/** A job type of any name whose payload may be any references, for tests of the queue itself. */
export function testJob<K extends string>(kind: K) {
  return defineJob({
    kind,
    label: kind,
    payload: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  });
}

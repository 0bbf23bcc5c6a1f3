import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';

/**
 * A stored message a job asks for again. The codes stay `mail.message_*`: job records and the
 * console have shown them under that name, and they are about the mail, not about ingest.
 */
export const ingestErrors = {
  messageUnknown: createErrorFactory({
    code: 'mail.message_unknown',
    message: (messageRowId: number) => `Message ${messageRowId} is no longer recorded.`,
    permanent: true,
  }),
  /** Sync finds the message again under the new UIDVALIDITY and moves the row: a retry then works. */
  locationStale: createErrorFactory({
    code: 'mail.location_stale',
    message: (messageRowId: number) =>
      `The folder of message ${messageRowId} changed; waiting for the next sync.`,
  }),
  messageGone: createErrorFactory({
    code: 'mail.message_gone',
    message: (messageRowId: number) => `Message ${messageRowId} is no longer in its folder.`,
    permanent: true,
  }),
  unparsable: createErrorFactory({
    code: 'mail.unparsable',
    message: (p: { messageRowId: number; reason: string }) =>
      `Message ${p.messageRowId} cannot be parsed (${p.reason}).`,
    permanent: true,
  }),
};

export type IngestErrorCode = ErrorCodes<typeof ingestErrors>;

import { createErrorFactory, type ErrorCodes } from '../shared/errors.js';

/** Errors of drafting a reply and writing it to the mailbox's Drafts folder (`draft.*`). */
export const draftErrors = {
  invalidKey: createErrorFactory({
    code: 'draft.invalid_key',
    message: 'A draft key must be 8-200 characters of letters, digits and . _ : -',
    permanent: true,
  }),
  noRecipient: createErrorFactory({
    code: 'draft.no_recipient',
    message: 'The message to answer has no sender to reply to.',
    permanent: true,
  }),
  noFrom: createErrorFactory({
    code: 'draft.no_from',
    message: 'Set the agent From address of this mailbox before drafting.',
    permanent: true,
  }),
  /** Another attempt holds this draft key: retrying later finds its draft instead of adding one. */
  inProgress: createErrorFactory({
    code: 'draft.in_progress',
    message: 'This draft is being written by another attempt right now.',
  }),
  folderUnavailable: createErrorFactory({
    code: 'draft.folder_unavailable',
    message: (folder: string) => `The Drafts folder ${folder} could not be opened.`,
  }),
  appendFailed: createErrorFactory({
    code: 'draft.append_failed',
    message: (folder: string) => `The server refused to store the draft in ${folder}.`,
  }),
  appendUnconfirmed: createErrorFactory({
    code: 'draft.append_unconfirmed',
    message: 'The stored draft could not be found again.',
  }),
  checkFailed: createErrorFactory({
    code: 'draft.check_failed',
    message: (checks: readonly string[]) => `The model's draft failed its checks: ${checks.join(', ')}.`,
    permanent: true,
    summary: "The model's draft failed the output checks twice.",
  }),
  /** "Draft again" of a message whose draft is in the Drafts folder: one draft per message, ever. */
  alreadyStored: createErrorFactory({
    code: 'draft.already_stored',
    message:
      'This message already has a draft in the Drafts folder; Veildraft writes one draft per message. Only a failed or waiting draft can be drafted again.',
    status: 409,
    permanent: true,
  }),
  /** "Draft again" of a message whose draft job is queued or running. */
  alreadyQueued: createErrorFactory({
    code: 'draft.already_queued',
    message: 'This message is being drafted already.',
    status: 409,
    permanent: true,
  }),
  notFound: createErrorFactory({
    code: 'draft.not_found',
    message: 'No such draft record.',
    status: 404,
    permanent: true,
  }),
  sketchInvalid: createErrorFactory({
    code: 'draft.sketch_invalid',
    message: (bytes: number) => `A draft sketch must be ${bytes} bytes.`,
    permanent: true,
  }),
};

export type DraftErrorCode = ErrorCodes<typeof draftErrors>;

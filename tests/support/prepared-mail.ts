import type { Prepared } from '../../src/ingest/ingest.usecases.js';

/** A customer message as ingest prepares it (hashes only, no content), received at `receivedAt`. */
export function preparedCustomerMail(uid: number, receivedAt: number, mailboxId = 1): Prepared {
  return {
    kind: 'message',
    uid,
    row: {
      mailboxId,
      folder: 'INBOX',
      folderRole: 'inbox',
      uidValidity: 1,
      uid,
      messageIdHash: `mid-${uid}`,
      headerHash: `hdr-${uid}`,
      inReplyToHash: null,
      referenceHashes: '[]',
      direction: 'inbound',
      sentAt: receivedAt,
      receivedAt,
      size: 100,
      fromPseudonym: 'customer',
      recipientPseudonyms: '[]',
      language: 'en',
      newPartChars: 20,
      attachmentCount: 0,
      skipRule: null,
    },
    parentHashes: [],
    subjectKey: `subject-${uid}`,
    subjectEmpty: false,
    participantsKey: 'customer',
  };
}

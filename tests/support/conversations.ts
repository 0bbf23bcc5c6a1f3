import { insertConversation, type NewConversation } from '../../src/knowledge/knowledge.repository.js';
import type { Store } from '../../src/store/store.js';

let nextRow = 1;

/** A conversation with sensible defaults; each gets its own reply row id. */
export function conversation(over: Partial<NewConversation> = {}): NewConversation {
  const row = nextRow;
  nextRow += 2;
  return {
    mailboxId: 1,
    replyMessageRowId: row + 1,
    customerMessageRowId: row,
    threadId: null,
    lang: 'en',
    customerText: 'Hello, I have a question.',
    replyText: 'Dear [PERSON_1],\nThank you for your message.\nKind regards,\n[AGENT]',
    customerAt: 1_000,
    replyAt: 2_000,
    risk: 0.1,
    status: 'ready',
    source: 'history',
    createdAt: 3_000,
    participants: [{ pseudonym: `customer-${row}`, role: 'customer' }],
    ...over,
  };
}

/** Stores conversations (defaults as above) in one transaction; returns their ids in order. */
export function addConversations(store: Store, list: Partial<NewConversation>[]): number[] {
  return store.db.transaction((tx) => list.map((c) => insertConversation(tx, conversation(c)).id));
}

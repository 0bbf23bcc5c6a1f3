import { emitAudit } from '../../src/audit/audit.repository.js';
import { signinAccountKey } from '../../src/auth/signin.usecases.js';
import { insertMessage, insertThread } from '../../src/ingest/ingest.repository.js';
import { pseudonym } from '../../src/ingest/message.models.js';
import { enqueueJob } from '../../src/jobs/jobs.repository.js';
import type { DataKeys } from '../../src/keys/subkeys.js';
import { insertConversation } from '../../src/knowledge/knowledge.repository.js';
import { learnJob } from '../../src/knowledge/learn.job.js';
import { drafts, quarantine, signinAttempts, users } from '../../src/store/schema.js';
import type { Store } from '../../src/store/store.js';

/**
 * A person with rows in every table the data-subject registry relates to a person: threads of
 * an inbound message from them and the agent's reply to them, the learned conversation (with
 * participants, an embedding and FTS rows), a draft record, a queued learn job, a review
 * decision in the audit log, and, when `account` is set, a console account with sign-in attempts.
 * `threads` pairs of messages; each pair is one thread and one conversation.
 */
export function seedPerson(
  store: Store,
  keys: DataKeys,
  p: { email: string; name: string; mailboxId: number; threads: number; account?: boolean; at?: number },
): { pseudonym: string; messageIds: number[]; conversationIds: number[] } {
  const who = pseudonym(keys.pseudonym, p.email);
  const agent = pseudonym(keys.pseudonym, 'support@acme.example');
  const at0 = p.at ?? Date.UTC(2025, 0, 10);
  const messageIds: number[] = [];
  const conversationIds: number[] = [];
  store.db.transaction((tx) => {
    for (let i = 0; i < p.threads; i++) {
      const at = at0 + i * 60_000;
      const threadId = insertThread(store.db, {
        mailboxId: p.mailboxId,
        subjectKey: `${who}-s${i}`,
        participantsKey: who,
        at,
      });
      const base = {
        mailboxId: p.mailboxId,
        uidValidity: 1,
        headerHash: `${who}-h${i}`,
        threadId,
        size: 1200,
        newPartChars: 300,
        attachmentCount: 0,
        createdAt: at,
        language: 'en',
        inReplyToHash: null,
        referenceHashes: '[]',
        sentAt: at,
        skipRule: null,
      };
      const inbound = insertMessage(store.db, {
        ...base,
        folder: 'INBOX',
        folderRole: 'inbox',
        uid: 10_000 + i + p.mailboxId * 100_000,
        messageIdHash: `${who}-in${i}`,
        direction: 'inbound',
        receivedAt: at,
        fromPseudonym: who,
        recipientPseudonyms: JSON.stringify([agent]),
      });
      const reply = insertMessage(store.db, {
        ...base,
        folder: 'Sent',
        folderRole: 'sent',
        uid: 20_000 + i + p.mailboxId * 100_000,
        messageIdHash: `${who}-out${i}`,
        headerHash: `${who}-hr${i}`,
        direction: 'outbound',
        receivedAt: at + 1000,
        fromPseudonym: agent,
        recipientPseudonyms: JSON.stringify([who]),
      });
      messageIds.push(inbound, reply);
      const { id } = insertConversation(tx, {
        mailboxId: p.mailboxId,
        replyMessageRowId: reply,
        customerMessageRowId: inbound,
        threadId,
        lang: 'en',
        // A name the anonymizer missed, so the search by name has something to find.
        customerText: `Hello, this is ${p.name}. My parcel ${i} from order ${who.slice(0, 6)} is late.`,
        replyText: 'Dear [PERSON_1], we are sorry. Kind regards, [AGENT]',
        customerAt: at,
        replyAt: at + 1000,
        risk: 0.2,
        status: 'ready',
        source: 'history',
        createdAt: at + 2000,
        participants: [
          { pseudonym: who, role: 'customer' },
          { pseudonym: agent, role: 'agent' },
        ],
        embedding: { model: 'test-model', vector: unitVector(who, i) },
      });
      conversationIds.push(id);
      tx.insert(drafts)
        .values({
          mailboxId: p.mailboxId,
          draftKey: `${who}-d${i}`,
          messageId: `<vd-${who.slice(0, 8)}-${i}@acme.example>`,
          createdAt: at,
          messageRowId: inbound,
          status: 'stored',
        })
        .run();
      enqueueJob(
        tx,
        learnJob,
        {
          payload: {
            mailboxId: p.mailboxId,
            folder: 'Sent',
            uidValidity: 1,
            uid: 20_000 + i,
            messageRowId: reply,
            answersMessageRowId: inbound,
          },
          idempotencyKey: `learn:${who}:${i}`,
          maxAttempts: 3,
          runAfter: at + 10 * 365 * 86_400_000,
        },
        at,
      );
      emitAudit(tx, keys.audit, {
        actor: { kind: 'user', id: 1 },
        action: 'conversation.approve',
        target: `conversation:${id}`,
        metadata: { mailboxId: p.mailboxId, from: 'review', to: 'ready' },
        at,
      });
    }
    tx.insert(quarantine)
      .values({
        mailboxId: p.mailboxId,
        folder: 'INBOX',
        uidValidity: 1,
        uid: 99_000 + p.mailboxId,
        reason: 'parse.too_large',
        headerHash: `${who}-q`,
        size: 1,
        at: at0,
      })
      .onConflictDoNothing()
      .run();
    if (p.account) {
      tx.insert(users)
        .values({ username: p.email, role: 'reviewer', passwordHash: 'x', createdAt: at0, updatedAt: at0 })
        .run();
      tx.insert(signinAttempts)
        .values({ at: at0, accountKey: signinAccountKey(keys, p.email), clientKey: 'c', ok: false })
        .run();
    }
  });
  return { pseudonym: who, messageIds, conversationIds };
}

/** A deterministic unit vector per person and thread, so a person's vectors are searchable. */
export function unitVector(seed: string, i: number, dim = 8): Float32Array {
  const v = new Float32Array(dim);
  for (let d = 0; d < dim; d++) v[d] = Math.sin(seed.charCodeAt(d % seed.length) * (d + 1) + i);
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

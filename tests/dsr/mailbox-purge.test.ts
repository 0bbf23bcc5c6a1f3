import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { purgeMailbox } from '../../src/dsr/mailbox-purge.usecases.js';
import { conversationsNamingPerson } from '../../src/dsr/subject.usecases.js';
import { createVectorIndex } from '../../src/knowledge/vector-index.js';
import { removeMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import { systemClock } from '../../src/shared/clock.js';
import { folderState, styleProfiles, userMailboxes, users } from '../../src/store/schema.js';
import type { Store } from '../../src/store/store.js';
import { seedPerson } from '../support/dsr-people.js';
import { dsrAppliance } from './dsr-fixtures.js';

const perMailbox = (store: Store, table: string, mailboxId: number) =>
  store.db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM ${sql.identifier(table)} WHERE mailbox_id = ${mailboxId}`,
  )!.n;

describe('removing a mailbox', () => {
  it('queues a job that deletes everything derived from it and leaves the other mailbox alone', () => {
    const { store, keys } = dsrAppliance();
    const a = seedPerson(store, keys, {
      email: 'anna@example.org',
      name: 'Anna Berg',
      mailboxId: 1,
      threads: 3,
    });
    seedPerson(store, keys, { email: 'bob@example.net', name: 'Bob Stone', mailboxId: 2, threads: 2 });
    store.db.transaction((tx) => {
      tx.insert(folderState)
        .values({ mailboxId: 1, role: 'inbox', folder: 'INBOX', uidValidity: 1, liveSince: 1, updatedAt: 1 })
        .run();
      tx.insert(styleProfiles).values({ mailboxId: 1, profile: '{}', conversations: 3, updatedAt: 1 }).run();
      const u = tx
        .insert(users)
        .values({ username: 'rev', role: 'reviewer', passwordHash: 'x', createdAt: 1, updatedAt: 1 })
        .returning()
        .get();
      tx.insert(userMailboxes)
        .values([
          { userId: u.id, mailboxId: 1 },
          { userId: u.id, mailboxId: 2 },
        ])
        .run();
    });
    const index = createVectorIndex({ db: store.db });
    expect(index.size(1, 'test-model')).toBe(3);
    const deps = { db: store.db, keys, clock: systemClock, allowPlaintextLoopback: false };

    removeMailbox(deps, 'Support', { kind: 'cli' });
    const job = store.db.get<{ kind: string; payload: string }>(
      sql`SELECT kind, payload FROM jobs WHERE kind = 'mailbox.purge'`,
    )!;
    expect(JSON.parse(job.payload)).toEqual({ mailboxId: 1 });
    expect(perMailbox(store, 'messages', 1)).toBe(6); // not yet: the job does it

    const counts = purgeMailbox(
      {
        db: store.db,
        auditKey: keys.audit,
        clock: systemClock,
        forgetConversations: (ids) => index.remove(ids),
      },
      1,
    );
    expect(counts).toMatchObject({
      conversations: 3,
      messages: 6,
      threads: 3,
      drafts: 3,
      jobs: 3,
      quarantine: 1,
      folder_state: 1,
      style_profiles: 1,
      user_mailboxes: 1,
    });
    for (const t of [
      'messages',
      'threads',
      'conversations',
      'drafts',
      'quarantine',
      'folder_state',
      'style_profiles',
      'user_mailboxes',
    ])
      expect(perMailbox(store, t, 1), t).toBe(0);
    expect(
      store.db.get<{ n: number }>(
        sql`SELECT count(*) AS n FROM conversation_embeddings WHERE conversation_id IN (${sql.join(
          a.conversationIds.map((i) => sql`${i}`),
          sql`, `,
        )})`,
      )!.n,
    ).toBe(0);
    expect(index.size(1, 'test-model')).toBe(0);
    expect(perMailbox(store, 'messages', 2)).toBe(4);
    expect(perMailbox(store, 'conversations', 2)).toBe(2);
    expect(perMailbox(store, 'user_mailboxes', 2)).toBe(1);
    // Run again (a retried job): nothing left to delete.
    expect(
      Object.values(
        purgeMailbox(
          { db: store.db, auditKey: keys.audit, clock: systemClock, forgetConversations: () => {} },
          1,
        ),
      ).every((n) => n === 0),
    ).toBe(true);
  });
});

describe('finding a person by name', () => {
  it('finds conversations that still name the person, confirmed by a transient anonymizer pass', () => {
    const { store, keys } = dsrAppliance();
    const a = seedPerson(store, keys, {
      email: 'anna@example.org',
      name: 'Anna Berg',
      mailboxId: 1,
      threads: 2,
    });
    seedPerson(store, keys, { email: 'bob@example.net', name: 'Bob Stone', mailboxId: 1, threads: 2 });
    expect(conversationsNamingPerson(store.db, 'Anna Berg').sort()).toEqual([...a.conversationIds].sort());
    expect(conversationsNamingPerson(store.db, 'Carla Diaz')).toEqual([]);
  });
});

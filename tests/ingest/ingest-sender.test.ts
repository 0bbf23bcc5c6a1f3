import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitIngestBatch } from '../../src/ingest/ingest.commit.js';
import { type FolderRef, prepareMessage } from '../../src/ingest/ingest.usecases.js';
import { pseudonym } from '../../src/ingest/message.models.js';
import type { Store } from '../../src/store/store.js';
import { seedMailbox } from '../support/analytics-seed.js';
import { tempStore, testSettings } from '../sync/sync-fixtures.js';

/**
 * Who sent outbound mail, as ingest stores it in a real encrypted store: the pseudonym of the
 * Sender header, else of the From, and nothing for the mailbox's own address or for inbound mail.
 */
const settings = testSettings();
const key = settings.pseudonymKey;
const own = ['support@acme.example'];

function mail(
  uid: number,
  headers: string[],
): { uid: number; size: number; internalDate: number; source: Buffer } {
  const source = Buffer.from(
    [
      `Message-ID: <m${uid}@acme.example>`,
      'Date: Mon, 8 Jun 2026 10:00:00 +0000',
      ...headers,
      'Subject: Re: Antrag',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Guten Tag, anbei die Antwort.',
    ].join('\r\n'),
  );
  return { uid, size: source.length, internalDate: Date.parse('2026-06-08T10:00:00Z'), source };
}

describe('the sender of outbound mail at ingest', () => {
  let temp: ReturnType<typeof tempStore>;
  let store: Store;
  let mailboxId: number;

  async function ingest(ref: FolderRef, fetched: ReturnType<typeof mail>[]) {
    const prepared = await Promise.all(
      fetched.map((m) => prepareMessage(settings, { id: mailboxId, ownAddresses: own }, ref, m)),
    );
    const now = Date.now();
    commitIngestBatch(store.db, {
      ref,
      prepared,
      state: {
        mailboxId,
        role: ref.role,
        folder: ref.folder,
        uidValidity: 1,
        lastUid: Math.max(...fetched.map((m) => m.uid)),
        highestModseq: null,
        backfillDone: 0,
        backfillTotal: 0,
        backfillFinishedAt: null,
        liveSince: now,
        updatedAt: now,
      },
      threadWindowMs: 30 * 86_400_000,
      jobMaxAttempts: 3,
      draftBacklogMs: 0,
      now,
    });
  }

  const senderOf = (folder: string, uid: number) =>
    (
      store.sqlite
        .prepare(
          'SELECT from_pseudonym AS f, sender_pseudonym AS s FROM messages WHERE folder = ? AND uid = ?',
        )
        .get(folder, uid) as { f: string | null; s: string | null }
    ).s;

  beforeAll(async () => {
    temp = tempStore();
    store = temp.store;
    mailboxId = seedMailbox(store, 'Support');
    await ingest({ mailboxId, folder: 'INBOX', role: 'inbox', uidValidity: 1 }, [
      mail(1, [
        'From: Jane Roe <jane@customer.example>',
        'Sender: assistant@customer.example',
        'To: support@acme.example',
      ]),
    ]);
    await ingest({ mailboxId, folder: 'Sent', role: 'sent', uidValidity: 1 }, [
      mail(10, [
        'From: Support <support@acme.example>',
        'Sender: Rita <Rita@acme.example>',
        'To: jane@customer.example',
      ]),
      mail(11, ['From: Support <support@acme.example>', 'To: jane@customer.example']),
      mail(12, ['From: Bob <bob@acme.example>', 'To: jane@customer.example']),
    ]);
  }, 60_000);
  afterAll(() => temp?.cleanup());

  it('stores the pseudonym of the Sender header of a reply sent from the shared mailbox', () => {
    expect(senderOf('Sent', 10)).toBe(pseudonym(key, 'rita@acme.example'));
  });

  it('stores no sender for a reply sent as the shared address without a Sender header', () => {
    expect(senderOf('Sent', 11)).toBeNull();
  });

  it("stores the From's pseudonym when an agent sent from a personal address", () => {
    expect(senderOf('Sent', 12)).toBe(pseudonym(key, 'bob@acme.example'));
  });

  it('stores no sender for inbound mail, whatever its Sender header says', () => {
    expect(senderOf('INBOX', 1)).toBeNull();
  });

  it('keeps no readable address: only the keyed pseudonym', () => {
    const raw = JSON.stringify(store.sqlite.prepare('SELECT * FROM messages').all());
    expect(raw).not.toMatch(/rita|bob@|acme\.example/i);
  });
});

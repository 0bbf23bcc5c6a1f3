import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../store/store.js';
import { type MailboxRow, type MailboxState, mailboxes } from './mailboxes.table.js';

export type NewMailboxRow = Omit<typeof mailboxes.$inferInsert, 'id' | 'passwordSealed'>;

/** Inserts a row with an empty password; the caller seals it under the new id in the same transaction. */
export function insertMailbox(tx: Tx, row: NewMailboxRow): number {
  const inserted = tx
    .insert(mailboxes)
    .values({ ...row, passwordSealed: Buffer.alloc(0) })
    .returning({ id: mailboxes.id })
    .get();
  return inserted.id;
}

export function setSealedPassword(tx: Tx, id: number, sealed: Buffer, at: number): void {
  tx.update(mailboxes).set({ passwordSealed: sealed, updatedAt: at }).where(eq(mailboxes.id, id)).run();
}

/** The OAuth2 secret, sealed under the row's id (see insertMailbox). */
export function setSealedOAuthSecret(tx: Tx, id: number, sealed: Buffer, at: number): void {
  tx.update(mailboxes).set({ oauthSecretSealed: sealed, updatedAt: at }).where(eq(mailboxes.id, id)).run();
}

/** The way a mailbox signs in and the sealed secrets that go with it, changed together. */
export type MailboxAuthFields = Pick<
  typeof mailboxes.$inferInsert,
  | 'authMethod'
  | 'oauthProvider'
  | 'oauthTenant'
  | 'oauthClientId'
  | 'oauthTokenUrl'
  | 'oauthScope'
  | 'oauthCertificatePem'
  | 'oauthSecretSealed'
  | 'passwordSealed'
>;

export function updateMailboxAuth(tx: Tx, id: number, fields: MailboxAuthFields, at: number): void {
  tx.update(mailboxes)
    .set({ ...fields, updatedAt: at })
    .where(eq(mailboxes.id, id))
    .run();
}

export function findMailboxById(db: Tx, id: number): MailboxRow | undefined {
  return db.select().from(mailboxes).where(eq(mailboxes.id, id)).get();
}

export function findMailboxByName(db: Tx, name: string): MailboxRow | undefined {
  return db.select().from(mailboxes).where(eq(mailboxes.name, name)).get();
}

export function listMailboxRows(db: Tx): MailboxRow[] {
  return db.select().from(mailboxes).orderBy(asc(mailboxes.id)).all();
}

/** State change, with the error code that caused it (null clears it). */
export function updateMailboxState(
  db: Tx,
  id: number,
  state: MailboxState,
  error: { code: string; at: number } | null,
  at: number,
): void {
  const errorFields = error ? { lastErrorCode: error.code, lastErrorAt: error.at } : {};
  db.update(mailboxes)
    .set({ state, updatedAt: at, ...errorFields })
    .where(eq(mailboxes.id, id))
    .run();
}

export function updateMailboxFolders(
  db: Tx,
  id: number,
  folders: { sent: string | null; drafts: string | null; inbox?: string },
  manual: boolean,
  at: number,
): void {
  db.update(mailboxes)
    .set({
      sentFolder: folders.sent,
      draftsFolder: folders.drafts,
      ...(folders.inbox ? { inboxFolder: folders.inbox } : {}),
      foldersManual: manual,
      updatedAt: at,
    })
    .where(eq(mailboxes.id, id))
    .run();
}

export function deleteMailboxRow(tx: Tx, id: number): void {
  tx.delete(mailboxes).where(eq(mailboxes.id, id)).run();
}

/** Drafting settings an operator may change after adding the mailbox. */
export function updateMailboxDrafting(
  tx: Tx,
  id: number,
  s: {
    draftingEnabled: boolean;
    signature: string | null;
    fromAddress: string | null;
    fromName: string | null;
  },
  at: number,
): void {
  tx.update(mailboxes)
    .set({ ...s, updatedAt: at })
    .where(eq(mailboxes.id, id))
    .run();
}

/** The mailbox lookup the job use cases need, bound to one database (they take repositories as arguments). */
export function createMailboxesRepository(db: Tx) {
  return { findById: (id: number) => findMailboxById(db, id) };
}
export type MailboxesRepository = ReturnType<typeof createMailboxesRepository>;

import { createImapClient } from '../../src/imap/imap-client.js';
import type { TestDovecot } from './dovecot.js';

/** Every message in a Dovecot user's Drafts folder, with its flags and source, read over IMAP. */
export async function draftsInFolder(
  dovecot: TestDovecot,
  user: string,
): Promise<{ flags: string[]; source: Buffer }[]> {
  const client = createImapClient(dovecot.connection(user));
  client.on('error', () => {});
  await client.connect();
  try {
    const lock = await client.getMailboxLock('Drafts');
    try {
      const out: { flags: string[]; source: Buffer }[] = [];
      if (!client.mailbox || client.mailbox.exists === 0) return out;
      for await (const m of client.fetch('1:*', { flags: true, source: true })) {
        out.push({ flags: [...(m.flags ?? [])], source: m.source! });
      }
      return out;
    } finally {
      lock.release();
    }
  } finally {
    await client.logout();
  }
}

import { createServer, type Server, type Socket } from 'node:net';

export type Stall = 'greeting' | 'login' | 'examine' | 'fetch';

/**
 * A mail server that accepts connections and then stops answering: before the greeting, right
 * after `* OK`, or (answering the login and LIST like a server would) at EXAMINE/SELECT, or in
 * the middle of a FETCH after its first message. It keeps every socket open, as a hung server
 * does, and counts them.
 */
export async function stallingServer(
  stall: Stall,
): Promise<{ server: Server; port: number; open: Set<Socket>; stalls: Set<Socket> }> {
  const open = new Set<Socket>();
  /** Connections waiting for the rest of an answer right now. */
  const stalls = new Set<Socket>();
  const server = createServer((socket) => {
    open.add(socket);
    socket.on('close', () => {
      open.delete(socket);
      stalls.delete(socket);
    });
    socket.on('error', () => {});
    if (stall === 'greeting' || stall === 'login') {
      // Reads and ignores what the client sends, so its close is seen.
      socket.resume();
      if (stall === 'login') socket.write('* OK IMAP4rev1 ready\r\n');
      return;
    }
    socket.write('* OK IMAP4rev1 ready\r\n');
    let buffered = '';
    socket.on('data', (chunk) => {
      buffered += chunk.toString('latin1');
      let nl = buffered.indexOf('\r\n');
      while (nl >= 0) {
        const [tag, first = '', second = ''] = buffered.slice(0, nl).split(' ');
        buffered = buffered.slice(nl + 2);
        nl = buffered.indexOf('\r\n');
        const verb = (first.toUpperCase() === 'UID' ? second : first).toUpperCase();
        if (stall === 'fetch' && verb === 'FETCH') {
          socket.write(`* 1 FETCH (UID 1 RFC822.SIZE 100 INTERNALDATE "${imapDate(new Date())}")\r\n`);
        }
        if (
          verb === (stall === 'fetch' ? 'FETCH' : 'EXAMINE') ||
          (stall === 'examine' && verb === 'SELECT')
        ) {
          stalls.add(socket); // and no (more) answer
          continue;
        }
        if (verb === 'CAPABILITY') socket.write('* CAPABILITY IMAP4rev1 IDLE UIDPLUS\r\n');
        if (verb === 'LIST') socket.write('* LIST (\\HasNoChildren) "/" INBOX\r\n');
        if (verb === 'EXAMINE')
          socket.write('* 3 EXISTS\r\n* OK [UIDVALIDITY 1] ok\r\n* OK [UIDNEXT 4] ok\r\n');
        if (verb === 'SEARCH') socket.write('* SEARCH 1 2 3\r\n');
        socket.write(`${tag} OK done\r\n`);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, port: address.port, open, stalls };
}

function imapDate(d: Date): string {
  const month = d.toLocaleString('en', { month: 'short', timeZone: 'UTC' });
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${day}-${month}-${d.getUTCFullYear()} ${d.toISOString().slice(11, 19)} +0000`;
}

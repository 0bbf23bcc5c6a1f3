import { createServer, connect as netConnect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 between a client and a server that can cut connections at
 * chosen moments, to reproduce faults such as "the server stored the APPEND but the client
 * never saw OK". It sees bytes only: use it with a plain (non-TLS) IMAP port.
 *
 *   const proxy = await TcpProxy.start({ host: dovecot.host, port: dovecot.port });
 *   proxy.cutOnServerData(/^\S+ OK \[APPENDUID /m);   // next matching reply: dropped, both sides closed
 *   … client connects to proxy.port …
 *   await proxy.cut;                                  // resolves when the trap fired
 */
export class TcpProxy {
  private readonly pairs = new Set<{ client: Socket; server: Socket }>();
  private traps: Trap[] = [];
  /** Number of connections accepted so far. */
  accepted = 0;
  /** Number of cuts performed by traps so far. */
  cuts = 0;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    readonly host: string,
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    let proxy: TcpProxy | undefined;
    const server = createServer((client) => proxy?.accept(client, target));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    proxy = new TcpProxy(server, (server.address() as { port: number }).port, '127.0.0.1');
    return proxy;
  }

  /**
   * The next time data from the server matches `pattern` (over a rolling window of the last
   * few KB of that connection), the chunk is NOT forwarded and both sockets are destroyed.
   * Resolves when the trap fired. One-shot.
   */
  cutOnServerData(pattern: RegExp): Promise<void> {
    return this.addTrap('server', pattern);
  }

  /** The next time the client sends data matching `pattern`, it is not forwarded and both sides are cut. */
  cutOnClientData(pattern: RegExp): Promise<void> {
    return this.addTrap('client', pattern);
  }

  /** Cuts every open connection now. */
  cutAll(): void {
    for (const pair of this.pairs) this.destroy(pair);
  }

  /** Open connections right now. */
  get open(): number {
    return this.pairs.size;
  }

  async close(): Promise<void> {
    this.traps = [];
    this.cutAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private addTrap(side: 'server' | 'client', pattern: RegExp): Promise<void> {
    return new Promise<void>((resolve) => {
      this.traps.push({ side, pattern, fired: resolve });
    });
  }

  private accept(client: Socket, target: { host: string; port: number }): void {
    this.accepted += 1;
    const server = netConnect(target);
    const pair = { client, server };
    this.pairs.add(pair);
    client.pause();
    server.once('connect', () => client.resume());
    const windows = { server: '', client: '' };
    const relay = (side: 'server' | 'client', from: Socket, to: Socket) => {
      from.on('data', (chunk: Buffer) => {
        windows[side] = (windows[side] + chunk.toString('latin1')).slice(-4096);
        const trap = this.traps.find((t) => t.side === side && t.pattern.test(windows[side]));
        if (trap) {
          this.traps = this.traps.filter((t) => t !== trap);
          this.cuts += 1;
          this.destroy(pair);
          trap.fired();
          return;
        }
        to.write(chunk);
      });
    };
    relay('server', server, client);
    relay('client', client, server);
    const end = () => this.destroy(pair);
    for (const s of [client, server]) {
      s.on('error', end);
      s.on('close', end);
    }
  }

  private destroy(pair: { client: Socket; server: Socket }): void {
    if (!this.pairs.delete(pair)) return;
    pair.client.destroy();
    pair.server.destroy();
  }
}

interface Trap {
  side: 'server' | 'client';
  pattern: RegExp;
  fired: () => void;
}

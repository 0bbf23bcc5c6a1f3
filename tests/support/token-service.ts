import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * A small OAuth2 authorization server on loopback for the OAuth2 mailbox tests: it issues
 * bearer tokens by the client-credentials grant (RFC 6749 4.4, client_secret_basic or _post)
 * and answers token introspection (RFC 7662) for Dovecot's oauth2 passdb, in `post` mode
 * (`token=` in the body) and `get` mode (the token appended to the URL). Each client acts for
 * one mailbox user, which introspection returns as `username`.
 *
 *   const ts = await TokenService.start({ clients: [{ id: 'app', secret: 's3', user: 'agent1' }] });
 *   ts.tokenUrl / ts.introspectionUrl('post' | 'get')
 *   ts.revoke('app')      // its tokens turn inactive, new requests get invalid_client
 *   ts.expireAll()        // every issued token is inactive from now on
 *   ts.lifetimeSeconds = 2
 *   ts.issued / ts.requests / ts.introspections   // counters
 */
export interface TestClient {
  id: string;
  secret: string;
  user: string;
}

interface Issued {
  clientId: string;
  user: string;
  expiresAt: number;
}

export class TokenService {
  lifetimeSeconds = 3600;
  issued = 0;
  /** Token requests, refused ones included. */
  requests = 0;
  introspections = 0;
  private readonly tokens = new Map<string, Issued>();
  private readonly revoked = new Set<string>();
  private readonly clients: Map<string, TestClient>;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    clients: TestClient[],
  ) {
    this.clients = new Map(clients.map((c) => [c.id, c]));
  }

  static async start(opts: { clients: TestClient[]; lifetimeSeconds?: number }): Promise<TokenService> {
    let service: TokenService | undefined;
    const server = createServer((req, res) => {
      void service!.handle(req, res).catch(() => {
        res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    service = new TokenService(server, port, opts.clients);
    if (opts.lifetimeSeconds) service.lifetimeSeconds = opts.lifetimeSeconds;
    return service;
  }

  get tokenUrl(): string {
    return `http://127.0.0.1:${this.port}/token`;
  }

  introspectionUrl(mode: 'post' | 'get'): string {
    return mode === 'post'
      ? `http://127.0.0.1:${this.port}/introspect`
      : `http://127.0.0.1:${this.port}/introspect?token=`;
  }

  revoke(clientId: string): void {
    this.revoked.add(clientId);
  }

  restore(clientId: string): void {
    this.revoked.delete(clientId);
  }

  expireAll(): void {
    for (const t of this.tokens.values()) t.expiresAt = 0;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }

  private active(token: string): Issued | null {
    const t = this.tokens.get(token);
    if (!t || t.expiresAt <= Date.now() || this.revoked.has(t.clientId)) return null;
    return t;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const json = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };

    if (url.pathname === '/introspect') {
      this.introspections++;
      const token = req.method === 'POST' ? form.get('token') : url.searchParams.get('token');
      const t = this.active(token ?? '');
      return json(200, t ? { active: true, username: t.user, client_id: t.clientId } : { active: false });
    }
    if (url.pathname !== '/token' || req.method !== 'POST') return json(404, { error: 'not_found' });
    this.requests++;
    if (form.get('grant_type') !== 'client_credentials')
      return json(400, { error: 'unsupported_grant_type' });
    let id = form.get('client_id') ?? '';
    let secret = form.get('client_secret') ?? '';
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
    if (basic) {
      const [u, p] = Buffer.from(basic[1]!, 'base64').toString('utf8').split(':');
      id = decodeURIComponent((u ?? '').replace(/\+/g, ' '));
      secret = decodeURIComponent((p ?? '').replace(/\+/g, ' '));
    }
    const client = this.clients.get(id);
    if (!client || client.secret !== secret || this.revoked.has(id))
      return json(401, { error: 'invalid_client', error_description: 'Client authentication failed.' });
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, {
      clientId: id,
      user: client.user,
      expiresAt: Date.now() + this.lifetimeSeconds * 1000,
    });
    this.issued++;
    return json(200, { access_token: token, token_type: 'Bearer', expires_in: this.lifetimeSeconds });
  }
}

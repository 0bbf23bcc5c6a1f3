import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drafts } from '../../src/draft/drafts.table.js';
import { receiveRequest } from '../../src/dsr/dsr.usecases.js';
import { addMailbox } from '../../src/mailboxes/mailboxes.usecases.js';
import { roles } from '../../src/users/users.table.js';
import type { RouteDef } from '../../src/web/access.js';
import { consoleRoutes } from '../../src/web/routes/index.js';
import {
  Agent,
  addUser,
  type ConsoleHarness,
  completeSetup,
  openConsole,
} from '../support/console-harness.js';
import { addConversations } from '../support/conversations.js';

/**
 * Walks every console route (from the same table the app registers) with every role and with
 * no session, and checks the answer: allowed (2xx/4xx validation, never 5xx), forbidden (403),
 * or sent to sign-in (303 → /signin).
 */
type Who = 'anonymous' | 'admin' | 'reviewer' | 'auditor';
const everyone: Who[] = ['anonymous', 'admin', 'reviewer', 'auditor'];

function expected(route: RouteDef, who: Who): string {
  const { access } = route;
  // The sign-in page sends someone already signed in to the dashboard.
  if (route.method === 'GET' && route.path === '/signin' && who !== 'anonymous') return 'redirect:/';
  if (access === 'public') return 'allowed';
  if (access === 'setup') return 'redirect:/';
  if (access === 'enrol') return who === 'anonymous' ? 'redirect:/signin' : 'redirect:/';
  if (who === 'anonymous') return 'redirect:/signin';
  if (access === 'session') return 'redirect:/signin';
  return access.includes(who) ? 'allowed' : 'forbidden';
}

// Sign-out answers by sending the user to sign-in; that is its success.
function outcome(status: number, location: string | null): string {
  if (status >= 500) return `error ${status}`;
  if (status === 403) return 'forbidden';
  if (status === 303 && ['/signin', '/', '/setup', '/enrol'].includes(location ?? ''))
    return `redirect:${location}`;
  return 'allowed';
}

let h: ConsoleHarness;
const agents = {} as Record<Who, Agent>;
let targetId = 0;
let mailboxId = 0;
let conversationId = 0;
let requestId = 0;
let draftId = 0;

beforeAll(async () => {
  h = openConsole();
  const { agent } = await completeSetup(h);
  agents.admin = agent;
  agents.reviewer = (await addUser(h, agent, 'rev', 'reviewer')).agent;
  agents.auditor = (await addUser(h, agent, 'aud', 'auditor')).agent;
  agents.anonymous = new Agent(h.app, '192.0.2.200');
  await addUser(h, agent, 'target', 'reviewer');
  targetId = (
    h.store.sqlite.prepare("SELECT id FROM users WHERE username = 'target'").get() as { id: number }
  ).id;
  // A real mailbox, so /mailboxes/:id routes run their handlers rather than answering 404.
  mailboxId = addMailbox(
    { db: h.store.db, keys: h.keys, clock: h.clock, allowPlaintextLoopback: false },
    { name: 'Walked', host: 'imap.example.org', port: 993, security: 'tls', username: 'u', password: 'p' },
    { kind: 'cli' },
  ).id;
  // A conversation waiting for review in that mailbox, which the reviewer is assigned, so the
  // /review/:id routes run for her as for the admin (404 would hide a wrong role check).
  [conversationId] = addConversations(h.store, [
    {
      mailboxId,
      customerText: 'Hello, Wetherby here.',
      replyText: 'Dear [PERSON_1], thanks.',
      customerAt: 1,
      replyAt: 2,
      risk: 0.6,
      status: 'review',
      createdAt: 3,
      participants: [],
    },
  ]) as [number];
  const revId = (
    h.store.sqlite.prepare("SELECT id FROM users WHERE username = 'rev'").get() as { id: number }
  ).id;
  await agent.get(`/users/${revId}`);
  await agent.post(`/users/${revId}/mailboxes`, { mailbox: String(mailboxId) });
  // A failed draft in that mailbox, so /drafts/:id/again runs its handler for both workers.
  draftId = h.store.db
    .insert(drafts)
    .values({
      mailboxId,
      draftKey: 'vd.walked.1',
      messageId: '<vd-walked@acme.example>',
      createdAt: 1,
      status: 'failed',
      failureCode: 'llm.timeout',
    })
    .returning()
    .get().id;
  // A data-subject request, so /privacy/requests/:id routes run their handlers too.
  requestId = receiveRequest(
    { db: h.store.db, keys: h.keys, clock: h.clock },
    { kind: 'erasure', email: 'walked@example.org' },
    { kind: 'cli' },
  ).id;
});
afterAll(() => h.close());

const idFor = (path: string) =>
  path.startsWith('/mailboxes/')
    ? mailboxId
    : path.startsWith('/review/')
      ? conversationId
      : path.startsWith('/privacy/requests/')
        ? requestId
        : path.startsWith('/drafts/')
          ? draftId
          : targetId;
const concrete = (r: RouteDef) => r.path.replace(':id', String(idFor(r.path))).replace(':section', 'lists');
// Sign-out last, so it does not end the session the other routes are walked with.
const ordered = [...consoleRoutes].sort(
  (a, b) => Number(a.path === '/signout') - Number(b.path === '/signout'),
);

describe('role access on every route', () => {
  it('covers every registered route', () => {
    expect(consoleRoutes.length).toBeGreaterThanOrEqual(20);
    const known = new Set<unknown>(['public', 'setup', 'enrol', 'session', ...roles]);
    for (const r of consoleRoutes) {
      const rules = Array.isArray(r.access) ? r.access : [r.access];
      expect(rules.length, `${r.method} ${r.path}`).toBeGreaterThan(0);
      for (const rule of rules) expect(known.has(rule), `${r.method} ${r.path}: ${String(rule)}`).toBe(true);
    }
  });

  it('answers each role as the route table says', async () => {
    // The review pages really run for both roles that may use them (not a 404 for the reviewer).
    for (const who of ['admin', 'reviewer'] as const) {
      expect((await agents[who].get(`/review/${conversationId}`)).status, who).toBe(200);
      const draftsPage = (await agents[who].get('/drafts')).html;
      expect(draftsPage, who).toContain('Walked');
      expect(draftsPage, who).toContain(`action="/drafts/${draftId}/again"`);
    }
    const actual: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const route of ordered) {
      for (const who of everyone) {
        const agent = agents[who];
        const url = concrete(route);
        if (route.method === 'GET') await agent.get('/signin');
        else await agent.get(agent === agents.anonymous ? '/signin' : '/');
        const res = route.method === 'GET' ? await agent.get(url) : await agent.post(url, {});
        const key = `${route.method} ${route.path} as ${who}`;
        actual[key] = outcome(res.status, res.location);
        want[key] = expected(route, who);
      }
    }
    expect(actual).toEqual(want);
    // An empty POST to the remove route is the confirmation page, never the removal itself.
    expect(h.store.sqlite.prepare('SELECT count(*) AS n FROM mailboxes').get()).toEqual({ n: 1 });
  });

  it('keeps /healthz and /readyz open without a session', async () => {
    const anon = new Agent(h.app);
    expect((await anon.get('/healthz')).status).toBe(200);
    expect((await anon.get('/readyz')).status).toBe(200);
  });
});

describe('before setup', () => {
  it('sends every route except the wizard to /setup', async () => {
    const fresh = openConsole();
    try {
      const anon = new Agent(fresh.app);
      await anon.get('/setup');
      for (const route of consoleRoutes) {
        const url = concrete(route);
        const res = route.method === 'GET' ? await anon.get(url) : await anon.post(url, {});
        const wizard = route.access === 'setup' || route.access === 'enrol' || route.path === '/signout';
        if (!wizard) expect(res.location, `${route.method} ${route.path}`).toBe('/setup');
        expect(res.status).toBeLessThan(500);
      }
    } finally {
      fresh.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../../src/web/access.js';
import { type FormProblemReason, formProblem } from '../../src/web/form.js';
import { consoleRoutes } from '../../src/web/routes/index.js';
import {
  ADMIN,
  Agent,
  type ConsoleHarness,
  openConsole,
  secretFrom,
  totp,
} from '../support/console-harness.js';
import { captureLogs } from '../support/logs.js';

/**
 * Every POST route's body parser gets malformed bodies, sent by a user who passes the route's
 * access rule and holds a valid CSRF token (put into the body wherever its format allows), so
 * only the parser stands between the bytes and the handler.
 */

const CANARY = 'QZXCANARYXZQ';
const enc = new TextEncoder();
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? enc.encode(p) : Uint8Array.from(p))));
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const MULTIPART = { 'content-type': 'multipart/form-data; boundary=XyZ' };

function multipart(fields: [string, string | number[]][], close = true): Buffer {
  const parts = fields.flatMap(([k, v]) => [
    `--XyZ\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n`,
    v,
    '\r\n',
  ]);
  return bytes(...parts, close ? '--XyZ--\r\n' : '');
}

interface Case {
  name: string;
  body: Uint8Array;
  headers: Record<string, string>;
  /** The parser's refusal, or 'csrf' when the body parses but cannot carry one valid token. */
  expect: FormProblemReason | 'csrf' | 'any';
}

function malformedBodies(token: string): Case[] {
  const t = `_csrf=${token}`;
  const good = multipart([
    ['_csrf', token],
    ['username', CANARY],
  ]);
  return [
    {
      name: 'garbage multipart',
      body: bytes(`${t}&${CANARY}`, [0, 0xff, 0x10]),
      headers: MULTIPART,
      expect: 'unreadable',
    },
    {
      name: 'multipart without boundary',
      body: good,
      headers: { 'content-type': 'multipart/form-data' },
      expect: 'unreadable',
    },
    {
      name: 'multipart with empty boundary',
      body: good,
      headers: { 'content-type': 'multipart/form-data; boundary=' },
      expect: 'unreadable',
    },
    {
      name: 'multipart with another boundary',
      body: good,
      headers: { 'content-type': 'multipart/form-data; boundary=Other' },
      expect: 'unreadable',
    },
    {
      name: 'truncated multipart',
      body: good.subarray(0, good.length - 12),
      headers: MULTIPART,
      expect: 'unreadable',
    },
    {
      name: 'multipart without closing delimiter',
      body: multipart([['_csrf', token]], false),
      headers: MULTIPART,
      expect: 'unreadable',
    },
    {
      name: 'multipart with bytes that are not UTF-8',
      body: multipart([
        ['_csrf', token],
        ['username', [0xff, 0xfe, 0xc3]],
      ]),
      headers: MULTIPART,
      expect: 'bad_utf8',
    },
    {
      name: 'multipart with an array-looking name',
      body: multipart([
        ['_csrf', token],
        ['a[]', CANARY],
      ]),
      headers: MULTIPART,
      expect: 'bad_field_name',
    },
    {
      name: 'multipart with a NUL',
      body: multipart([
        ['_csrf', token],
        ['username', `${CANARY}\0`],
      ]),
      headers: MULTIPART,
      expect: 'nul',
    },
    { name: 'percent %zz', body: bytes(`${t}&username=${CANARY}%zz`), headers: FORM, expect: 'bad_percent' },
    { name: 'lone percent', body: bytes(`${t}&username=${CANARY}%`), headers: FORM, expect: 'bad_percent' },
    { name: 'half percent', body: bytes(`${t}&username=%4`), headers: FORM, expect: 'bad_percent' },
    {
      name: 'percent-encoded non-UTF-8',
      body: bytes(`${t}&username=%C3%28`),
      headers: FORM,
      expect: 'bad_utf8',
    },
    {
      name: 'raw non-UTF-8 bytes',
      body: bytes(`${t}&username=`, [0xff, 0xfe, 0xfd]),
      headers: FORM,
      expect: 'bad_utf8',
    },
    {
      name: 'overlong UTF-8',
      body: bytes(`${t}&username=`, [0xc0, 0xaf]),
      headers: FORM,
      expect: 'bad_utf8',
    },
    { name: 'raw NUL', body: bytes(`${t}&username=${CANARY}`, [0]), headers: FORM, expect: 'nul' },
    { name: 'encoded NUL', body: bytes(`${t}&username=a%00b`), headers: FORM, expect: 'nul' },
    { name: 'NUL in a name', body: bytes(`${t}&user%00name=x`), headers: FORM, expect: 'bad_field_name' },
    {
      name: 'very long field name',
      body: bytes(`${t}&${'a'.repeat(100_000)}=1`),
      headers: FORM,
      expect: 'bad_field_name',
    },
    {
      name: 'thousands of fields',
      body: bytes(`${t}&${Array.from({ length: 5000 }, (_, i) => `f${i}=1`).join('&')}`),
      headers: FORM,
      expect: 'too_many_fields',
    },
    { name: 'repeated _csrf', body: bytes(`${t}&${t}`), headers: FORM, expect: 'csrf' },
    {
      name: 'array-looking name a[]',
      body: bytes(`${t}&a[]=1&a[]=2`),
      headers: FORM,
      expect: 'bad_field_name',
    },
    {
      name: 'array-looking name a[b]',
      body: bytes(`${t}&a%5Bb%5D=1`),
      headers: FORM,
      expect: 'bad_field_name',
    },
    {
      name: 'JSON',
      body: bytes(JSON.stringify({ _csrf: token })),
      headers: { 'content-type': 'application/json' },
      expect: 'unsupported_type',
    },
    {
      name: 'text',
      body: bytes(t),
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      expect: 'unsupported_type',
    },
    {
      name: 'XML',
      body: bytes(`<form><_csrf>${token}</_csrf></form>`),
      headers: { 'content-type': 'application/xml' },
      expect: 'unsupported_type',
    },
    { name: 'no content type', body: bytes(t), headers: {}, expect: 'unsupported_type' },
    {
      name: 'gzip that is not gzip',
      body: bytes(`${t}&username=${CANARY}`),
      headers: { ...FORM, 'content-encoding': 'gzip' },
      expect: 'unsupported_encoding',
    },
    { name: 'empty body', body: bytes(''), headers: FORM, expect: 'csrf' },
    { name: 'empty body without type', body: bytes(''), headers: {}, expect: 'unsupported_type' },
    {
      name: 'larger than the limit',
      body: bytes(`${t}&username=${'x'.repeat(300 * 1024)}`),
      headers: FORM,
      expect: 'too_large',
    },
  ];
}

/** mulberry32: the same "random" bodies on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RANDOM_PER_ROUTE = 16;
function randomBodies(token: string, seed: number): Case[] {
  const rnd = seeded(seed);
  const types = [FORM, MULTIPART, {}, { 'content-type': 'application/octet-stream' }];
  return Array.from({ length: RANDOM_PER_ROUTE }, (_, i) => {
    const noise = Array.from({ length: 1 + Math.floor(rnd() * 400) }, () => Math.floor(rnd() * 256));
    return {
      name: `random #${i}`,
      body: bytes(i % 2 ? `_csrf=${token}&` : '', noise),
      headers: types[Math.floor(rnd() * types.length)]!,
      expect: 'any' as const,
    };
  });
}

const logs = captureLogs('info');
let h: ConsoleHarness;
beforeAll(() => {
  h = openConsole({ logger: logs.logger });
});
afterAll(() => h.close());

/** Every row of every table: "nothing changed" means this is identical before and after. */
function snapshot(): string {
  const tables = h.store.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return JSON.stringify(
    tables.map(({ name }) => [name, h.store.sqlite.prepare(`SELECT * FROM "${name}"`).all()]),
  );
}

const escapeHtml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll("'", '&#39;').replaceAll('"', '&quot;');
let refusals = 0;

async function fuzzRoutes(agent: Agent, stage: (a: Access) => boolean, home: string) {
  const routes = consoleRoutes.filter((r) => r.method === 'POST' && stage(r.access));
  const before = snapshot();
  for (const [i, r] of routes.entries()) {
    const url = r.path.replace(/:\w+/g, '1');
    for (const c of [...malformedBodies(agent.csrf), ...randomBodies(agent.csrf, 1000 + i)]) {
      const res = await agent.send('POST', url, c.body, c.headers);
      const where = `${r.path}: ${c.name}`;
      expect([400, 403, 415], where).toContain(res.status);
      expect(res.html, where).not.toMatch(/Something went wrong|\bat .+\.(ts|js):\d+|Error: /);
      expect(res.html, where).not.toContain(CANARY);
      if (c.expect === 'csrf') expect(res.status, where).toBe(403);
      else if (c.expect !== 'any') {
        const problem = formProblem(c.expect);
        expect(res.status, where).toBe(problem.status);
        expect(res.html, where).toContain(escapeHtml(problem.message));
      }
      if (res.status !== 403) refusals++;
    }
    expect((await agent.get(home)).status, `${r.path}: the console still answers`).toBe(200);
  }
  expect(snapshot(), 'nothing changed in the database').toBe(before);
  return routes.length;
}

describe('malformed request bodies on every POST route', () => {
  it('are refused with 400, 403 or 415 and a reason, change nothing, and log one line each', async () => {
    const agent = new Agent(h.app);
    await agent.get(`/setup?token=${h.setupToken}`);
    let covered = await fuzzRoutes(agent, (a) => a === 'setup', '/setup');

    await agent.post('/setup/admin', {
      setupToken: h.setupToken,
      username: ADMIN.username,
      password: ADMIN.password,
      confirmPassword: ADMIN.password,
    });
    const secret = secretFrom((await agent.get('/enrol')).html);
    covered += await fuzzRoutes(agent, (a) => a === 'enrol', '/healthz');

    await agent.post('/enrol', { code: totp(secret, h.clock) });
    await agent.get('/');
    const later = consoleRoutes.filter(
      (r) => r.method === 'POST' && r.access !== 'setup' && r.access !== 'enrol',
    );
    for (const r of later)
      expect(
        r.access === 'public' || r.access === 'session' || r.access.includes('admin'),
        `${r.path} needs a signed-in user of its role in this test`,
      ).toBe(true);
    covered += await fuzzRoutes(agent, (a) => a !== 'setup' && a !== 'enrol', '/');
    expect(covered).toBe(consoleRoutes.filter((r) => r.method === 'POST').length);

    const entries = logs.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const refused = entries.filter((e) => e.msg === 'form refused');
    expect(refused).toHaveLength(refusals);
    for (const e of refused) {
      expect(e.level).toBe(40);
      expect(Object.keys(e).sort()).toEqual(
        ['app', 'level', 'method', 'msg', 'path', 'reason', 'time'].sort(),
      );
    }
    expect(logs.output()).not.toContain(CANARY);
    expect(entries.filter((e) => Number(e.level) >= 50)).toEqual([]);
  }, 120_000);
});

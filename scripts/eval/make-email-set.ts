/**
 * Writes tests/anonymize/gold/emails.gold.jsonl: the project's email-shaped gold set.
 * Messages are composed from language packs (templates per domain) and invented personas; every
 * gold span, trap and ignored region is computed while composing, never counted by hand.
 * Fixed seed: running it again gives the same bytes.
 *
 *   node --import tsx scripts/eval/make-email-set.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Built, build, P, type Pieces, quote, s } from './email-set/builder.js';
import { mailLocal } from './email-set/common.js';
import { type Ctx, domains, type LangPack } from './email-set/context.js';
import { type SetLang, setLangs } from './email-set/locales.js';
import { BILL_PARAGRAPH, followUp, moreIn, moreOut } from './email-set/more.js';
import { allowTerms, orgFor } from './email-set/orgs.js';
import { de } from './email-set/pack.de.js';
import { en } from './email-set/pack.en.js';
import { es } from './email-set/pack.es.js';
import { fr } from './email-set/pack.fr.js';
import { nl } from './email-set/pack.nl.js';
import { sv } from './email-set/pack.sv.js';
import { formatDate, type Persona, persona } from './email-set/people.js';
import { Rng } from './email-set/rng.js';

export const goldSetPath = 'tests/anonymize/gold/emails.gold.jsonl';
const SEED = 20261122;
const THREADS_PER_DOMAIN = 2;
const packs: Record<SetLang, LangPack> = { en, de, fr, nl, es, sv };

export interface GoldMessage extends Built {
  id: string;
  thread: string;
  lang: SetLang;
  domain: string;
  direction: 'inbound' | 'reply';
  from: string;
  to: string;
  cc?: string;
  org: { name: string; allow: string[] };
}

const addr = (p: Persona, email: string) => `${p.first} ${p.last} <${email}>`;

/** k distinct extra paragraphs, each after a blank line. */
function paras(r: Rng, pool: ((c: Ctx) => Pieces)[], c: Ctx, k: number): Pieces {
  const left = [...pool];
  const out: Pieces = [];
  for (let i = 0; i < k && left.length; i++)
    out.push('\n\n', ...left.splice(r.int(0, left.length - 1), 1)[0]!(c));
  return out;
}

const AGENT_QUOTE: Record<SetLang, string> = {
  en: '-----Original Message-----',
  de: '-----Ursprüngliche Nachricht-----',
  fr: '-----Message d’origine-----',
  nl: '-----Oorspronkelijk bericht-----',
  es: '-----Mensaje original-----',
  sv: '-----Ursprungligt meddelande-----',
};

/** Another person of the thread, with a first name nobody else in it has. */
function other(r: Rng, lang: SetLang, used: Set<string>, gender?: 'f' | 'm'): Persona {
  for (;;) {
    const q = persona(r, lang, gender);
    if (used.has(q.first)) continue;
    used.add(q.first);
    return q;
  }
}

function thread(r: Rng, lang: SetLang, di: number, n: number): GoldMessage[] {
  const pack = packs[lang];
  const domain = domains[di]!;
  const scenario = pack.scenarios.find((x) => x.domain === domain)!;
  const org = orgFor(lang, domain);
  const code = /\s$/.test(org.idPrefix) ? '' : org.idPrefix;
  let p = persona(r, lang, scenario.customer);
  while ((scenario.young && p.age > 42) || (scenario.old && p.age < 52))
    p = persona(r, lang, scenario.customer);
  const used = new Set([p.first]);
  const c: Ctx = {
    r,
    org,
    p,
    a: other(r, lang, used),
    x: other(r, lang, used, 'm'),
    y: other(r, lang, used, 'f'),
    z: other(r, lang, used),
    no: `${code}${r.digits(r.int(6, 9))}`,
    ref: `${r.pick(['', code])}${r.int(2023, 2024)}-${r.digits(5)}`,
    sent: formatDate(lang, 2024, r.int(1, 12), r.int(1, 28), 'long'),
  };
  const billed = ['health_insurer', 'bank', 'utility'].includes(domain);
  const inPool = moreIn[lang].filter((_, i) => billed || i !== BILL_PARAGRAPH);
  const greetIn = r.chance(0.85) ? s`${pack.greetIn(c)}\n\n` : [];
  const inbound: Pieces = s`${greetIn}${scenario.inbound(c)}${paras(r, inPool, c, r.int(1, 2))}\n\n${pack.closeIn(c)}`;
  const filler = r.chance(0.7) ? s`\n\n${r.pick(pack.fillers)(c)}` : [];
  const quoted = r.chance(0.7) ? s`\n\n${pack.quoteHead(c)}\n${quote(inbound)}` : [];
  const replyBody = s`${pack.greetOut(c)}\n\n${scenario.reply(c)}${paras(r, moreOut[lang], c, r.int(0, 2))}${filler}\n\n${pack.closeOut(c)}`;
  const reply: Pieces = s`${replyBody}${quoted}`;
  // Some customers answer again, quoting the whole reply (quotes inside quotes).
  const again: Pieces | undefined = r.chance(0.3)
    ? s`${followUp[lang](c)}\n\n${P(c.p.first)}\n\n${AGENT_QUOTE[lang]}\n${quote(reply)}`
    : undefined;
  const id = `${lang}-${domain}-${n}`;
  const orgInfo = { name: org.name, allow: allowTerms(org) };
  const service = `${org.name} <service@${org.mail}>`;
  const agentAddr = addr(c.a, `${mailLocal(c.a)}@${org.mail}`);
  const cc = r.chance(0.2) ? addr(c.x, c.x.email) : undefined;
  const out: GoldMessage[] = [
    {
      id: `${id}-in`,
      thread: id,
      lang,
      domain,
      direction: 'inbound',
      from: addr(c.p, c.p.email),
      to: service,
      ...(cc ? { cc } : {}),
      org: orgInfo,
      ...build(inbound),
    },
    {
      id: `${id}-re`,
      thread: id,
      lang,
      domain,
      direction: 'reply',
      from: r.chance(0.5) ? agentAddr : service,
      to: addr(c.p, c.p.email),
      org: orgInfo,
      ...build(reply),
    },
  ];
  if (again)
    out.push({
      id: `${id}-fu`,
      thread: id,
      lang,
      domain,
      direction: 'inbound',
      from: addr(c.p, c.p.email),
      to: agentAddr,
      org: orgInfo,
      ...build(again),
    });
  return out;
}

export function makeEmailSet(seed = SEED): GoldMessage[] {
  const r = new Rng(seed);
  const out: GoldMessage[] = [];
  for (const lang of setLangs)
    for (let di = 0; di < domains.length; di++)
      for (let n = 1; n <= THREADS_PER_DOMAIN; n++) out.push(...thread(r, lang, di, n));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const set = makeEmailSet();
  mkdirSync(dirname(goldSetPath), { recursive: true });
  writeFileSync(goldSetPath, `${set.map((m) => JSON.stringify(m)).join('\n')}\n`);
  const spans = set.reduce((n, m) => n + m.spans.length, 0);
  console.log(`wrote ${set.length} messages, ${spans} gold spans to ${goldSetPath}`);
}

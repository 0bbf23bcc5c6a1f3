/** Loads the two evaluation sets into one shape: text, gold character spans, detector input. */
import { existsSync, readFileSync } from 'node:fs';
import type { DetectInput, EntityType, Participant } from '../../src/anonymize/anonymize.types.js';
import type { GoldMessage } from './make-email-set.js';
import type { ScoreDoc } from './score.js';

export interface EvalDoc extends Omit<ScoreDoc, 'pred'> {
  id: string;
  input: DetectInput;
  /** The organisation's allow-list terms (empty for the Presidio set). */
  allow: string[];
  /** Sub-group for per-group scores (the language in the email set). */
  group?: string;
}

export interface EvalSet {
  name: string;
  path: string;
  docs: EvalDoc[];
}

/**
 * Presidio-research entity types onto ours. TITLE (job titles) and PREFIX (Mr., Dr.) have no type
 * of ours: they become ignored ranges, counted neither way.
 */
export const presidioTypeMap: Record<string, EntityType | 'ignore'> = {
  PERSON: 'PERSON',
  LOCATION: 'LOCATION',
  GPE: 'LOCATION',
  ADDRESS: 'ADDRESS',
  STREET_ADDRESS: 'ADDRESS',
  ZIP: 'ADDRESS',
  ORGANIZATION: 'ORG',
  CREDIT_CARD: 'CARD',
  DATE_TIME: 'DATE',
  US_SSN: 'NATIONAL_ID',
  US_DRIVER_LICENSE: 'NATIONAL_ID',
  PHONE_NUMBER: 'PHONE',
  EMAIL_ADDRESS: 'EMAIL',
  IP_ADDRESS: 'IP',
  DOMAIN_NAME: 'URL',
  IBAN_CODE: 'IBAN',
  AGE: 'AGE',
  NRP: 'ETHNIC_ORIGIN',
  TITLE: 'ignore',
  PREFIX: 'ignore',
};

const honorific = /^\s*(?:mr|mrs|ms|miss|dr|prof)\.?\s*$/i;

interface PresidioSample {
  full_text: string;
  spans: { entity_type: string; start_position: number; end_position: number }[];
}

export function loadPresidio(path: string): EvalSet | undefined {
  if (!existsSync(path)) return undefined;
  const samples = JSON.parse(readFileSync(path, 'utf8')) as PresidioSample[];
  const docs = samples.map((s, i): EvalDoc => {
    const gold: EvalDoc['gold'] = [];
    const ignore: NonNullable<EvalDoc['ignore']> = [];
    for (const sp of s.spans) {
      // Some templates label a bare honorific ("Mr.", "dr.") as PERSON; elsewhere it is PREFIX.
      const bareTitle =
        sp.entity_type === 'PERSON' && honorific.test(s.full_text.slice(sp.start_position, sp.end_position));
      const t = bareTitle ? 'ignore' : presidioTypeMap[sp.entity_type];
      if (!t) throw new Error(`unmapped Presidio entity type ${sp.entity_type}`);
      const r = { start: sp.start_position, end: sp.end_position };
      t === 'ignore' ? ignore.push(r) : gold.push({ ...r, type: t });
    }
    return { id: `presidio-${i}`, text: s.full_text, gold, ignore, input: { text: s.full_text }, allow: [] };
  });
  return { name: 'presidio generated_large (EN, synthetic sentences)', path, docs };
}

/** "Anna Berg <anna@x.org>, b@y.org" → participants. */
export function parseAddresses(value: string | undefined, role: Participant['role']): Participant[] {
  if (!value) return [];
  return value.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).flatMap((part): Participant[] => {
    const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(part);
    if (m) return [{ role, ...(m[1] ? { name: m[1] } : {}), address: m[2]! }];
    const a = part.trim();
    return a ? [{ role, address: a }] : [];
  });
}

/** A gold e-mail set's JSON lines. */
export const readGold = (path: string): GoldMessage[] =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GoldMessage);

export const loadEmailSet = (path: string): EvalSet => emailSetOf(readGold(path), path);

/** Gold messages as an evaluation set: headers become participants, the thread's other mail its context. */
export function emailSetOf(msgs: GoldMessage[], path: string): EvalSet {
  const byThread = new Map<string, GoldMessage[]>();
  for (const m of msgs) byThread.set(m.thread, [...(byThread.get(m.thread) ?? []), m]);
  const docs = msgs.map(
    (m): EvalDoc => ({
      id: m.id,
      text: m.text,
      gold: m.spans,
      ignore: m.ignore,
      traps: m.traps,
      allow: m.org.allow,
      group: m.lang,
      input: {
        text: m.text,
        participants: [
          ...parseAddresses(m.from, 'from'),
          ...parseAddresses(m.to, 'to'),
          ...parseAddresses(m.cc, 'cc'),
        ],
        thread: byThread
          .get(m.thread)!
          .filter((o) => o.id !== m.id)
          .map((o) => o.text),
      },
    }),
  );
  return { name: 'email gold set (6 languages, 7 domains)', path, docs };
}

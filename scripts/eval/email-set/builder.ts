/**
 * Messages are composed from pieces: plain strings and marked segments. Offsets of gold spans,
 * traps and ignored regions are computed while concatenating, so no offset is ever hand-counted.
 */
import type { EntityType } from '../../../src/anonymize/anonymize.types.js';

export interface Seg {
  v: string;
  /** Gold type: personal data that must be found. */
  t?: EntityType;
  /** A trap label: text that must NOT be flagged (own organisation, product, price, …). */
  trap?: string;
  /** Neither rewarded nor penalised (honorific titles, quote-header timestamps). */
  ignore?: boolean;
}
export type Piece = string | Seg;
export type Pieces = Piece[];

export interface GoldSpan {
  start: number;
  end: number;
  type: EntityType;
}
export interface MarkedRange {
  start: number;
  end: number;
  label: string;
}
export interface Built {
  text: string;
  spans: GoldSpan[];
  traps: MarkedRange[];
  ignore: MarkedRange[];
}

/** Tagged template: `s\`Dear ${per('Anna')},\`` → pieces. Arrays of pieces are spliced in. */
export function s(strings: TemplateStringsArray, ...vals: (Piece | Pieces | number)[]): Pieces {
  const out: Pieces = [];
  strings.forEach((str, i) => {
    if (str) out.push(str);
    if (i < vals.length) {
      const v = vals[i]!;
      if (Array.isArray(v)) out.push(...v);
      else out.push(typeof v === 'number' ? String(v) : v);
    }
  });
  return out;
}

export const seg =
  (t: EntityType) =>
  (v: string): Seg => ({ v, t });
export const trap = (v: string, label = 'trap'): Seg => ({ v, trap: label });
export const ign = (v: string): Seg => ({ v, ignore: true });

const specialTypes = new Set<EntityType>([
  'HEALTH',
  'ETHNIC_ORIGIN',
  'RELIGION',
  'POLITICAL_OPINION',
  'TRADE_UNION',
  'SEXUAL_ORIENTATION',
  'GENETIC',
  'BIOMETRIC',
]);
const leadWords =
  /^(?:(?:un|une|una|uno|een|het|the|a|an|à|van|von|of|die|der|das|el|la|le|les|los|las|en|ett)\s+)+/i;

function specialLead(type: EntityType, value: string): string | undefined {
  if (!specialTypes.has(type)) return undefined;
  const m = leadWords.exec(value);
  // "La France insoumise" is a name: keep a capitalised article when the rest is capitalised too.
  if (!m || m[0].length >= value.length || /^La France/.test(value)) return undefined;
  return m[0];
}

export function build(pieces: Pieces): Built {
  let text = '';
  const spans: GoldSpan[] = [];
  const traps: MarkedRange[] = [];
  const ignore: MarkedRange[] = [];
  for (const p of pieces) {
    if (typeof p === 'string') {
      text += p;
      continue;
    }
    if (p.t && p.v.includes('\n')) throw new Error(`gold value spans lines: ${p.v}`);
    const lead = p.t ? specialLead(p.t, p.v) : undefined;
    if (p.t && lead) {
      // Convention: an article or preposition before a special-category phrase is not part of it
      // ("une insuffisance cardiaque" → "insuffisance cardiaque"), as in the English templates.
      text += lead;
      const start = text.length;
      text += p.v.slice(lead.length);
      spans.push({ start, end: text.length, type: p.t });
      continue;
    }
    if (!p.v) continue;
    const start = text.length;
    text += p.v;
    const end = text.length;
    if (p.t) spans.push({ start, end, type: p.t });
    else if (p.trap) traps.push({ start, end, label: p.trap });
    else if (p.ignore) ignore.push({ start, end, label: 'ignore' });
  }
  return { text, spans, traps, ignore };
}

/** Quote a message as mail clients do: every line prefixed with "> ". Marked segments keep their marks. */
export function quote(pieces: Pieces): Pieces {
  const out: Pieces = ['> '];
  for (const p of pieces) {
    if (typeof p === 'string') out.push(p.replace(/\n/g, '\n> '));
    else out.push(p);
  }
  return out;
}

/** Short marks for the templates. */
export const P = seg('PERSON');
export const EM = seg('EMAIL');
export const PH = seg('PHONE');
export const IB = seg('IBAN');
export const CC = seg('CARD');
export const NID = seg('NATIONAL_ID');
export const DOB = seg('DOB');
export const AGE = seg('AGE');
export const ADR = seg('ADDRESS');
export const ACC = seg('ACCOUNT_NO');
export const URL = seg('URL');
export const PLATE = seg('PLATE');
export const PASS = seg('PASSPORT');
export const DT = seg('DATE');
export const ORG = seg('ORG');
export const LOC = seg('LOCATION');
export const H = seg('HEALTH');
export const REL = seg('RELIGION');
export const ETH = seg('ETHNIC_ORIGIN');
export const POL = seg('POLITICAL_OPINION');
export const UNI = seg('TRADE_UNION');
export const SEX = seg('SEXUAL_ORIENTATION');
export const GEN = seg('GENETIC');
export const BIO = seg('BIOMETRIC');
export const T = trap;
export const I = ign;

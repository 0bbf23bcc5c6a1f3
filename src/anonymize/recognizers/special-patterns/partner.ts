import type { Lang, Participant } from '../../anonymize.types.js';
import { sexOfGivenName } from '../name-lists.js';

/**
 * Same-sex partners: "my husband" written by a man, "min fru" written by a woman, reveal sexual
 * orientation (GDPR Art. 9); the same words from the other sex do not. The writer's sex is guessed
 * from the given name in the mail header (the sender for the body, the recipient for quoted
 * lines "> …", which the other side wrote), by name-lists.ts's female and male given-name
 * tables. Names in both tables, or in neither, decide nothing.
 */

type Sex = 'f' | 'm';

/** The sex a given name suggests, when the tables agree. */
export function sexOfName(name: string | undefined): Sex | undefined {
  const first = /^\s*"?([\p{L}'-]+)/u.exec(name ?? '')?.[1];
  return first ? sexOfGivenName(first) : undefined;
}

/** "my husband" / "my wife" and their translations, with the possessive. */
const partnerWords: Record<Lang, { m: string; f: string }> = {
  en: { m: 'my (?:husband|boyfriend)', f: 'my (?:wife|girlfriend)' },
  de: {
    m: '(?:mein(?:em|en)?) (?:Mann|Ehemann|Ehemannes|Lebensgefährten?)',
    f: '(?:meine[rn]?) (?:Frau|Ehefrau|Freundin|Lebensgefährtin)',
  },
  fr: {
    m: '(?:mon) (?:mari|époux|compagnon|copain|conjoint)',
    f: '(?:ma) (?:femme|épouse|compagne|copine|conjointe)',
  },
  nl: { m: 'mijn (?:man|echtgenoot|vriend)', f: 'mijn (?:vrouw|echtgenote|vriendin)' },
  es: { m: 'mi (?:marido|esposo|novio)', f: 'mi (?:mujer|esposa|novia)' },
  sv: { m: 'min (?:man|make|pojkvän)', f: 'min (?:fru|hustru|flickvän)' },
  it: { m: '(?:il )?mio (?:marito|compagno|fidanzato)', f: '(?:la )?mia (?:moglie|compagna|fidanzata)' },
  da: { m: 'min (?:mand|kæreste mand)', f: 'min (?:kone|hustru)' },
  no: { m: 'min (?:mann|ektemann)|mannen min', f: 'min (?:kone|kona|hustru)|kona mi' },
  fi: { m: '(?:aviomieheni|mieheni|poikaystäväni)', f: '(?:vaimoni|tyttöystäväni)' },
  pl: {
    m: '(?:mój mąż|moim mężem|mojego męża|mojemu mężowi)',
    f: '(?:moja żona|moją żoną|mojej żony|mojej żonie)',
  },
};

const res = new Map<Lang, RegExp>();

function partnerRe(lang: Lang): RegExp {
  let re = res.get(lang);
  if (!re) {
    const w = partnerWords[lang];
    const alt = (s: string) => s.replace(/ /gu, '[ \\t]+');
    re = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(${alt(w.m)})|(${alt(w.f)})|(${alt(partnerWords.en.m)})|(${alt(partnerWords.en.f)}))(?![\\p{L}\\p{N}])`,
      'giu',
    );
    res.set(lang, re);
  }
  return re;
}

/** Spans of same-sex partner phrases, judged by who wrote the line they are on. */
export function samePartnerSpans(
  text: string,
  lang: Lang,
  participants: readonly Participant[],
): Array<{ start: number; end: number }> {
  const from = sexOfName(participants.find((p) => p.role === 'from')?.name);
  const to = sexOfName(participants.find((p) => p.role === 'to')?.name);
  if (!from && !to) return [];
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(partnerRe(lang))) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const writer = /^[ \t]*>/u.test(text.slice(lineStart, m.index)) ? to : from;
    const partner: Sex = m[1] || m[3] ? 'm' : 'f';
    if (writer === partner) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

import { faker as da } from '@faker-js/faker/locale/da';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as en } from '@faker-js/faker/locale/en';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as fi } from '@faker-js/faker/locale/fi';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as no } from '@faker-js/faker/locale/nb_NO';
import { faker as nl } from '@faker-js/faker/locale/nl';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as sv } from '@faker-js/faker/locale/sv';
import type { Lang, Participant } from '../../anonymize.types.js';

/**
 * Same-sex partners: "my husband" written by a man, "min fru" written by a woman, reveal sexual
 * orientation (GDPR Art. 9); the same words from the other sex do not. The writer's sex is guessed
 * from the given name in the mail header (the sender for the body, the recipient for quoted
 * lines "> …", which the other side wrote), using the female and male given-name tables of
 * @faker-js/faker (MIT), the source name-gazetteer.ts already uses. Names in both tables, or in
 * neither, decide nothing.
 */

type Sex = 'f' | 'm';
const locales = { en, de, fr, nl, es, sv, it, da, no, fi, pl };

let sexes: Map<string, Sex | 'both'> | undefined;

function nameSexes(): Map<string, Sex | 'both'> {
  if (sexes) return sexes;
  sexes = new Map();
  for (const l of Object.values(locales)) {
    const t = l.rawDefinitions.person?.first_name as { female?: string[]; male?: string[] } | undefined;
    for (const [sex, list] of [
      ['f', t?.female ?? []],
      ['m', t?.male ?? []],
    ] as const)
      for (const name of list) {
        const key = name.toLowerCase();
        const had = sexes.get(key);
        sexes.set(key, had === undefined || had === sex ? sex : 'both');
      }
  }
  return sexes;
}

/** The sex a given name suggests, when the tables agree. */
export function sexOfName(name: string | undefined): Sex | undefined {
  const first = /^\s*"?([\p{L}'-]+)/u.exec(name ?? '')?.[1]?.toLowerCase();
  if (!first) return undefined;
  const s = nameSexes().get(first);
  return s === 'f' || s === 'm' ? s : undefined;
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

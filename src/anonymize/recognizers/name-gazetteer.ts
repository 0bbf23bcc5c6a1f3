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
import nlp from 'compromise';
import { supplementGivenNames } from './name-supplement.data.js';

/**
 * Given-name and surname gazetteers for every supported language.
 *
 * Source: the person-name tables of @faker-js/faker (MIT, very widely used and maintained, one
 * table per locale: en, de, fr, nl, es, sv, it, da, nb_NO, fi, pl; ~9.5k given names and ~6k
 * surnames together). We read only its raw locale definitions, once, at module load (~70 ms);
 * nothing of faker's random generation is used. name-supplement.data.ts adds common adult
 * names faker lacks (its tables favour recent baby names).
 *
 * Names that are also ordinary words ("Will", "Mark", "May", "Rose", "Frank") are marked
 * ambiguous: recognizers must only accept them with evidence (a title, a greeting, an adjacent
 * name token, a seed from the mail headers).
 */

type NameTable = Partial<Record<'generic' | 'female' | 'male', string[]>> | string[] | undefined;

function flatten(table: NameTable): string[] {
  if (!table) return [];
  if (Array.isArray(table)) return table;
  return [...(table.generic ?? []), ...(table.female ?? []), ...(table.male ?? [])];
}

const locales = [en, de, fr, nl, es, sv, it, da, no, fi, pl];

/** Lower-cased single tokens ("Ana María" contributes "ana" and "maría"). */
function tokenSet(lists: string[][]): Set<string> {
  const out = new Set<string>();
  for (const list of lists) {
    for (const name of list) {
      for (const token of name.split(/[\s]+/u)) if (token.length >= 2) out.add(token.toLowerCase());
    }
  }
  return out;
}

const givenNames = tokenSet([
  ...locales.map((l) => flatten(l.rawDefinitions.person?.first_name as NameTable)),
  supplementGivenNames,
]);
const surnames = tokenSet(locales.map((l) => flatten(l.rawDefinitions.person?.last_name as NameTable)));

/**
 * Names that are ordinary words in one of our languages. Curated from the traps seen in mail
 * ("Mark the form", "in May", "Will you…", "Frank feedback", German nouns that are also names).
 */
const curatedAmbiguous = [
  // English
  'will',
  'mark',
  'may',
  'rose',
  'hope',
  'bill',
  'grace',
  'frank',
  'june',
  'april',
  'august',
  'summer',
  'faith',
  'joy',
  'art',
  'dawn',
  'sunny',
  'rich',
  'chance',
  'chase',
  'cash',
  'gay',
  'golden',
  'royal',
  'major',
  'king',
  'young',
  'price',
  'page',
  'hunter',
  'miles',
  'jean',
  'gene',
  'amber',
  'ruby',
  'pearl',
  'crystal',
  'ivory',
  'autumn',
  'winter',
  'spring',
  'river',
  'sky',
  'storm',
  'rain',
  'justice',
  'destiny',
  'trinity',
  'genesis',
  'heaven',
  'honey',
  'candy',
  'penny',
  'sterling',
  'dean',
  'bishop',
  'baker',
  'carter',
  'cook',
  'cooper',
  'fisher',
  'mason',
  'porter',
  'taylor',
  'turner',
  'walker',
  'ward',
  'wood',
  'hall',
  'hill',
  'lane',
  'long',
  'little',
  'love',
  'lord',
  'moon',
  'north',
  'west',
  'white',
  'black',
  'brown',
  'green',
  'grey',
  'gray',
  'best',
  'bell',
  'bond',
  'street',
  'house',
  'field',
  'stone',
  'rock',
  'august',
  'harmony',
  'liberty',
  'unique',
  'precious',
  'patience',
  'prince',
  'princess',
  'lady',
  'duke',
  'earl',
  'noble',
  'ray',
  'drew',
  'guy',
  'pat',
  'sue',
  'don',
  'jack',
  'nick',
  'rob',
  'sandy',
  'dusty',
  'rusty',
  'buck',
  'colt',
  'ace',
  'jet',
  'van',
  'del',
  'della',
  'la',
  'le',
  'de',
  'di',
  'da',
  'bo',
  'max',
  'young',
  'else',
  'ebony',
  'olive',
  'violet',
  'iris',
  'lily',
  'daisy',
  'holly',
  'ivy',
  'angel',
  'ocean',
  'phoenix',
  'reed',
  'rowan',
  'sage',
  'an',
  'in',
  'so',
  'al',
  'ali',
  'lee',
  // German (nouns are capitalised, so only words that are names too)
  'ernst',
  'heide',
  'linde',
  'engel',
  'sonne',
  'rosa',
  'kurz',
  'lang',
  'klein',
  'groß',
  'gross',
  'fuchs',
  'wolf',
  'vogel',
  'koch',
  'schmied',
  'bauer',
  'mann',
  'frau',
  'herr',
  'kind',
  'stein',
  'berg',
  'busch',
  'winter',
  'sommer',
  'mai',
  'august',
  'kaiser',
  'könig',
  'graf',
  'kurt',
  'bernd',
  'hase',
  'hahn',
  'ende',
  'mark',
  'paket',
  'kunde',
  'heim',
  'wald',
  'feld',
  'stern',
  'licht',
  'glück',
  // French, Dutch, Spanish, Scandinavian, Italian, Polish
  'aimé',
  'aime',
  'blanche',
  'claire',
  'constance',
  'fleur',
  'france',
  'lune',
  'marine',
  'prudence',
  'roi',
  'mars',
  'avril',
  'juin',
  'juillet',
  'dieu',
  'jan',
  'mei',
  'juni',
  'juli',
  'maj',
  'den',
  'dag',
  'fem',
  'ben',
  'bas',
  'kok',
  'visser',
  'mayo',
  'junio',
  'julio',
  'luz',
  'paz',
  'rocío',
  'sol',
  'cruz',
  'mar',
  'pilar',
  'flor',
  'nieves',
  'blanca',
  'pura',
  'vera',
  'maggio',
  'giugno',
  'luglio',
  'bella',
  'serena',
  'fortunato',
  'sole',
  'stella',
  'marzo',
  'pan',
  'pani',
  'maja',
  'ewa',
  'tak',
  'kim',
  'per',
  'bo',
  'dan',
  'sten',
  'karl',
  'helga',
  'som',
  'mod',
  'eva',
  'anne',
  'lin',
  'ole',
  'tor',
  'ask',
  'aino',
];

const ambiguous = new Set(curatedAmbiguous);
// English words compromise knows as something other than a name ("hope" Singular, "may" Modal).
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
for (const name of givenNames) {
  const tag = lexicon[name];
  if (tag === undefined) continue;
  const tags = Array.isArray(tag) ? tag : [tag];
  if (!tags.some((t) => /Name$/u.test(t))) ambiguous.add(name);
}

// compromise's English lexicon knows ~1,000 more first names and some surnames.
for (const [word, tag] of Object.entries(lexicon)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  if (tags.some((t) => /^(?:FirstName|MaleName|FemaleName)$/u.test(t)) && word.length >= 2)
    givenNames.add(word);
  if (tags.includes('LastName') && word.length >= 2) surnames.add(word);
}

export function isGivenName(token: string): boolean {
  return givenNames.has(token.toLowerCase());
}

export function isSurname(token: string): boolean {
  return surnames.has(token.toLowerCase());
}

/** True when a name token is also an ordinary word and needs evidence before it is flagged. */
export function isAmbiguousName(token: string): boolean {
  return ambiguous.has(token.toLowerCase());
}

export const gazetteerSizes = { given: givenNames.size, surnames: surnames.size };

/** Given names by sex, from faker's female and male tables; built on first use. */
let sexes: Map<string, 'f' | 'm' | 'both'> | undefined;

/** The sex a given name suggests when the tables agree; a name in both tables, or in neither, gives none. */
export function sexOfGivenName(token: string): 'f' | 'm' | undefined {
  if (!sexes) {
    sexes = new Map();
    for (const l of locales) {
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
  }
  const s = sexes.get(token.toLowerCase());
  return s === 'both' ? undefined : s;
}

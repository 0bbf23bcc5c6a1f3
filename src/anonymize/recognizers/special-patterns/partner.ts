import type { Lang, Participant } from '../../anonymize.types.js';
import { sexOfGivenName } from '../name-lists.js';
import { firstCharMatches } from '../regex-tools.js';

/**
 * Same-sex partners: "my husband" written by a man, "min fru" written by a woman, reveal sexual
 * orientation (GDPR Art. 9); the same words from the other sex do not. The writer's sex is guessed
 * from the given name in the mail header (the sender for the body, the recipient for quoted
 * lines "> …", which the other side wrote), by name-lists.ts's female and male given-name
 * tables. Names in both tables, or in neither, decide nothing. "Your husband" is judged the same
 * way by the person addressed (the recipient for the body, the sender for quoted lines): a reply
 * to a man about his husband says as much as the man's own words. And where the text already
 * names an orientation ("sono gay e vivo con il mio compagno"), every partner phrase of its writer
 * is part of that fact, whoever wrote it and whatever the word's sex ("kjæresten min").
 */

type Sex = 'f' | 'm';

/**
 * The sex a given name suggests, when the tables agree. A hyphenated name the tables do not list
 * takes its first part's ("Jean-Pierre", "Anne-Sophie", "Hans-Jürgen"), as such names do.
 */
export function sexOfName(name: string | undefined): Sex | undefined {
  const first = /^\s*"?([\p{L}'-]+)/u.exec(name ?? '')?.[1];
  if (!first) return undefined;
  const whole = sexOfGivenName(first);
  const hyphen = first.indexOf('-');
  return whole || hyphen <= 0 ? whole : sexOfGivenName(first.slice(0, hyphen));
}

interface PartnerWords {
  /** First person: a male partner, a female partner, a partner of either sex. */
  m: string;
  f: string;
  any: string;
  /** Second person ("your husband", "Ihre Frau", "sua moglie"). */
  yourM: string;
  yourF: string;
}

/** "my husband" / "my wife" and their translations, with the possessive. */
const partnerWords: Record<Lang, PartnerWords> = {
  en: {
    m: 'my (?:husband|boyfriend)',
    f: 'my (?:wife|girlfriend)',
    any: 'my (?:partner|spouse|fiancée?)',
    yourM: 'your (?:husband|boyfriend)',
    yourF: 'your (?:wife|girlfriend)',
  },
  de: {
    m: '(?:mein(?:em|en)?) (?:Mann|Ehemann|Ehemannes|Lebensgefährten?|Verlobte[nr]?)',
    f: '(?:meine[rn]?) (?:Frau|Ehefrau|Freundin|Lebensgefährtin|Verlobte[nr]?)',
    any: '(?:mein(?:e[mnr]?)?) (?:Partner(?:in)?|Lebenspartner(?:in)?|Freund)',
    yourM: '(?:Ihr(?:em|en)?|dein(?:em|en)?) (?:Mann|Ehemann|Lebensgefährten?)',
    yourF: '(?:Ihre[rn]?|deine[rn]?) (?:Frau|Ehefrau|Lebensgefährtin|Partnerin|Lebenspartnerin)',
  },
  fr: {
    m: '(?:mon) (?:mari|époux|compagnon|copain|conjoint)',
    f: '(?:ma) (?:femme|épouse|compagne|copine|conjointe)|mon (?:épouse|amie)',
    any: 'mon (?:partenaire|conjoint|fiancé)|ma (?:partenaire|fiancée)',
    yourM: '(?:votre|ton) (?:mari|époux|compagnon|conjoint)',
    yourF: '(?:votre|ta) (?:femme|épouse|compagne|conjointe)',
  },
  nl: {
    m: 'mijn (?:man|echtgenoot|vriend)',
    f: 'mijn (?:vrouw|echtgenote|vriendin)',
    any: 'mijn (?:partner|verloofde)',
    yourM: '(?:uw|je|jouw) (?:man|echtgenoot)',
    yourF: '(?:uw|je|jouw) (?:vrouw|echtgenote)',
  },
  es: {
    m: 'mi (?:marido|esposo|novio)',
    f: 'mi (?:mujer|esposa|novia)',
    any: 'mi (?:pareja|compañer[oa]|prometid[oa])',
    yourM: '(?:tu|su) (?:marido|esposo)',
    yourF: '(?:tu|su) (?:mujer|esposa)',
  },
  sv: {
    m: 'min (?:man|make|pojkvän)',
    f: 'min (?:fru|hustru|flickvän)',
    any: 'min (?:sambo|partner|fästm[öa]n|pojkvän|flickvän)',
    yourM: '(?:din|er) (?:man|make)',
    yourF: '(?:din|er) (?:fru|hustru)',
  },
  it: {
    m: '(?:il )?mio (?:marito|compagno|fidanzato)',
    f: '(?:la )?mia (?:moglie|compagna|fidanzata)',
    any: '(?:il )?mio (?:partner|convivente)|(?:la )?mia (?:partner|convivente)',
    yourM: '(?:(?:il )?(?:suo|tuo) (?:marito|compagno))',
    yourF: '(?:(?:la )?(?:sua|tua) (?:moglie|compagna))',
  },
  da: {
    m: 'min (?:mand|kæreste mand)',
    f: 'min (?:kone|hustru)',
    any: 'min (?:kæreste|partner|samlever|forlovede)|(?:kæresten|samleveren) min',
    yourM: '(?:din|Deres) (?:mand)',
    yourF: '(?:din|Deres) (?:kone|hustru)',
  },
  no: {
    m: 'min (?:mann|ektemann)|mannen min',
    f: 'min (?:kone|kona|hustru)|kona mi',
    any: 'min (?:kjæreste|partner|samboer|forlovede)|(?:kjæresten|samboeren|partneren) min',
    yourM: 'din (?:mann|ektemann)|mannen din',
    yourF: 'din (?:kone|kona|hustru)|kona di',
  },
  fi: {
    m: '(?:aviomieheni|mieheni|poikaystäväni)',
    f: '(?:vaimoni|tyttöystäväni)',
    any: '(?:puolisoni|kumppanini|avopuolisoni|kihlattuni)',
    yourM: '(?:aviomiehesi|miehesi)',
    yourF: '(?:vaimosi)',
  },
  pl: {
    m: '(?:mój mąż|moim mężem|mojego męża|mojemu mężowi)',
    f: '(?:moja żona|moją żoną|mojej żony|mojej żonie)|(?:moja|moją|mojej) (?:partnerka|partnerką|partnerki|partnerce|partnerkę|narzeczona|narzeczoną|narzeczonej)',
    any: '(?:mój|moim|mojego) (?:partner(?:em|a)?|narzeczon(?:y|ym|ego))',
    yourM: '(?:Pana|Pani|twój|twojego|twoim) (?:mąż|męża|mężem|mężowi)',
    yourF:
      '(?:Pana|Pani|twoja|twojej|twoją) (?:żona|żony|żoną|żonie)|(?:Pani|twoja|twojej|twoją) (?:partnerka|partnerki|partnerką|partnerce|partnerkę)',
  },
};

const res = new Map<Lang, RegExp>();

/** Groups: 1 my-male, 2 my-female, 3 my-any, 4 your-male, 5 your-female (the language's and English). */
function partnerRe(lang: Lang): RegExp {
  let re = res.get(lang);
  if (!re) {
    const w = partnerWords[lang];
    const en = partnerWords.en;
    const alt = (own: string, english: string) =>
      `(${own.replace(/ /gu, '[ \\t]+')}|${english.replace(/ /gu, '[ \\t]+')})`;
    re = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${alt(w.m, en.m)}|${alt(w.f, en.f)}|${alt(w.any, en.any)}|${alt(w.yourM, en.yourM)}|${alt(w.yourF, en.yourF)})(?![\\p{L}\\p{N}])`,
      'giu',
    );
    res.set(lang, re);
  }
  return re;
}

/**
 * A forwarded or quoted message's own sender line ("From: Martin Sætre <…>", "Von:", "Fra:",
 * "De :", "Od:", "Lähettäjä:"): the last one before `index` names who wrote what follows it.
 */
const senderWord =
  '^[> \\t]*(?:From|Von|Fra|Från|De|Van|Da|Od|Lähettäjä|Afsender|Avsender|Remitente)[ \\t]*:';
const senderLine = new RegExp(`${senderWord}[ \\t]*"?([\\p{Lu}][\\p{L}'-]+)`, 'gmu');
const anySenderLine = new RegExp(senderWord, 'mu');

function forwardedWriter(text: string, index: number): Sex | undefined {
  let name: string | undefined;
  senderLine.lastIndex = 0;
  for (let m = senderLine.exec(text); m && m.index < index; m = senderLine.exec(text)) name = m[1];
  return name ? sexOfName(name) : undefined;
}

/**
 * A web contact form's name field ("Name: Terje Solberg", "Navn:", "Nom :", "Imię i nazwisko:"):
 * the form system sends the mail, the person in the field wrote it.
 */
const formNameLine =
  /^[ \t]*(?:Name|Ihr Name|Navn|Namn|Nom|Naam|Nombre|Nome|Nimi|Imię(?: i nazwisko)?|Full name|Nom complet|Nombre completo|Nome e cognome)[ \t]*:[ \t]*([\p{Lu}][\p{L}'-]+)/mu;

/** The given name right after a partner word ("my partner Adam", "mój partner Adam Wróbel"). */
const namedAfter = /^[ \t]*,?[ \t]*([\p{Lu}][\p{Ll}'-]+)/u;

/**
 * Spans of same-sex partner phrases, judged by who wrote or is addressed on the line they are on
 * (a forwarded part's own sender line decides for the part below it); a partner word of either
 * sex counts when the partner's given name, right after it, is of the writer's sex; with
 * `orientationNamed` (the text names an orientation), every first-person partner phrase.
 */
export function samePartnerSpans(
  text: string,
  lang: Lang,
  participants: readonly Participant[],
  orientationNamed = false,
): Array<{ start: number; end: number }> {
  const from =
    sexOfName(participants.find((p) => p.role === 'from')?.name) ?? sexOfName(formNameLine.exec(text)?.[1]);
  const to = sexOfName(participants.find((p) => p.role === 'to')?.name);
  if (!from && !to && !orientationNamed && !anySenderLine.test(text)) return [];
  const out: Array<{ start: number; end: number }> = [];
  for (const m of firstCharMatches(partnerRe(lang), text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const quoted = /^[ \t]*>/u.test(text.slice(lineStart, m.index));
    const forwarded = forwardedWriter(text, m.index);
    const writer = forwarded ?? (quoted ? to : from);
    const addressee = forwarded ? undefined : quoted ? from : to;
    const end = m.index + m[0].length;
    const partner = m[3] ? sexOfName(namedAfter.exec(text.slice(end, end + 40))?.[1]) : undefined;
    const same =
      (m[1] && writer === 'm') ||
      (m[2] && writer === 'f') ||
      (m[3] && partner !== undefined && partner === writer) ||
      (m[4] && addressee === 'm') ||
      (m[5] && addressee === 'f') ||
      (orientationNamed && (m[1] || m[2] || m[3]));
    if (same) out.push({ start: m.index, end });
  }
  return out;
}

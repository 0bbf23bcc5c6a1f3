import type { Lang } from '../../anonymize.types.js';

/**
 * Growth of a party or union span over the role the person holds in it: "Labour councillor",
 * "Stadtrat der Grünen", "radny z ramienia PiS", "tillitsvalgt i Fagforbundet", "Unison rep". A
 * lexicon knows the party or the union; the role is what makes it a statement about the person
 * (and names the office, which identifies them in a small town), and so are the dues they pay
 * ("Unison subs", "IG-Metall-Beitrag"). Role words are per language and
 * anchored to the span's edge, so the regexes run once per span.
 */

const politicalRoles: Record<Lang, string> = {
  en: 'councillor|candidate|activist|campaigner|member|delegate|chair(?:man|woman|person)?|treasurer|secretary|spokes(?:person|man|woman)|volunteer|MP|MEP|agent|leafleting|canvassing|campaigning|membership',
  de: 'Stadtr(?:at|ätin)|Gemeinder(?:at|ätin)|Kreistagsabgeordnete[rn]?|Landtagsabgeordnete[rn]?|Abgeordnete[rn]?|Kandidat(?:in)?|Mitglied|Vorsitzende[rn]?|Kassierer(?:in)?|Schriftführer(?:in)?|Sprecher(?:in)?|Delegierte[rn]?|Ortsverein|Ortsverband|Kreisverband|Fraktion|Mitgliedschaft|Mitgliedsbeitr(?:ag|äge)|Parteibuch|Wahlkampf(?:helfer(?:in)?)?',
  fr: 'conseill(?:er|ère)(?: municipale?| régionale?| départementale?)?|candidate?|militante?|adhérente?|membre|délégué(?:e)?|secrétaire|trésori(?:er|ère)|élue?|député(?:e)?|section|fédération|adhésion|cotisation|carte',
  nl: 'gemeenteraadslid|raadslid|statenlid|kandidaat|lid|voorzitter|penningmeester|secretaris|wethouder|fractievoorzitter|afdeling|kamerlid|lidmaatschap|contributie|campagne',
  es: 'concejal(?:a)?|candidat[oa]|militante|afiliad[oa]|miembro|secretari[oa](?: de organización| general)?|tesorer[oa]|portavoz|diputad[oa]|agrupación(?: local)?|delegad[oa]|afiliación|carné|cuota|campaña',
  it: 'consigliere|consigliera|candidat[oa]|militante|iscritt[oa]|membro|segretari[oa]|tesorier[ea]|deputat[oa]|assessore|circolo|sezione|tessera|iscrizione|quota|volantinaggio|campagna',
  pl: 'radn(?:y|a|ym|ą)|kandydat(?:ką|em|ka)?|członk(?:iem|inią|ini)|przewodnicząc(?:y|a|ym|ą)|sekretarz(?:em)?|skarbnik(?:iem)?|posł(?:em|anką)|zarządu(?: okręgu| koła)?|koła|działacz(?:em|ką|ka)?|składk[aięi]|legitymacj[aię]',
  sv: 'ledamot|kandidat|medlem|ordförande|kassör|sekreterare|fullmäktigeledamot|förtroendevald|riksdagsledamot|lokalavdelning|kommunalråd|oppositionsråd|kommunkrets|partiavgift(?:en)?|medlemsavgift(?:en)?|medlemskap(?:et)?',
  da: 'byrådsmedlem|kandidat|medlem|formand|kasserer|sekretær|folketingsmedlem|lokalafdeling|tillidsvalgt|kontingent(?:et)?|medlemskab(?:et)?|kommunalbestyrelsesmedlem|regionsrådsmedlem',
  no: 'kommunestyrerepresentant|representant|kandidat|medlem|leder|kasserer|sekretær|stortingsrepresentant|lokallag|fylkeslag|kontingent(?:en)?|medlemskap(?:et)?|kommunestyremedlem',
  fi: 'valtuutettu|kunnanvaltuutettu|kaupunginvaltuutettu|ehdokas|jäsen|puheenjohtaja|sihteeri|rahastonhoitaja|kansanedustaja|jäsenmaksu[an]?|kannatusmaksu[an]?|(?:paikallisyhdistyksen|piirin|nuorisojärjestön)[ \\t]+puheenjohtaja',
};

const unionRoles: Record<Lang, string> = {
  en: 'rep(?:resentative)?|shop steward|steward|convenor|branch secretary|branch|official|member|membership|dues|subscriptions?|subs',
  de: 'Vertrauensleute|Vertrauensmann|Vertrauensfrau|Betriebsr(?:at|ätin)|Personalr(?:at|ätin)|Mitglied|Ortsgruppe|Bezirk|Mitgliedsbeitr(?:ag|äge)|Beitr(?:ag|äge)|Mitgliedschaft',
  fr: 'délégué(?:e)?(?: syndicale?| du personnel)?|représentante?|adhérente?|membre|militante?|section|cotisations?|adhésion',
  nl: 'kaderlid|lid|vakbondsconsulent|vertegenwoordiger|afgevaardigde|contributie|lidmaatschap',
  es: 'delegad[oa](?: sindical)?|afiliad[oa]|representante|miembro|enlace sindical|sección sindical|cuotas?|afiliación',
  it: 'delegat[oa](?: sindacale)?|iscritt[oa]|rappresentante|RSU|RSA|quota(?: sindacale| associativa)?|tessera|iscrizione',
  pl: 'członk(?:iem|inią|ini)|przewodnicząc(?:y|a|ym|ą)|działacz(?:em|ką|ka)?|społeczn(?:ym|ą) inspektor(?:em)? pracy|składk[aięi]',
  sv: 'förtroendevald|skyddsombud|huvudskyddsombud|medlem|ombud|ombudsman|klubbordförande|medlemsavgift(?:en)?|fackavgift(?:en)?|medlemskap(?:et)?',
  da: 'tillidsrepræsentant|arbejdsmiljørepræsentant|medlem|fællestillidsrepræsentant|kontingent(?:et)?|medlemskab(?:et)?',
  no: 'tillitsvalgt|hovedtillitsvalgt|verneombud|medlem|klubbleder|kontingent(?:en)?|medlemskap(?:et)?(?:[ \\t]+(?:mitt|ditt|hans|hennes|vårt))?',
  fi: 'luottamusmies|luottamushenkilö|työsuojeluvaltuutettu|jäsen|jäsenmaksu[an]?|jäsenyy(?:s|den|teni|tesi)',
};

/** Words between a role and its organisation ("member of the", "Stadtrat der", "radny z ramienia"). */
const link: Record<Lang, string> = {
  en: 'of|for|with|at|in|to|of the|for the|with the|at the|in the|to the',
  de: 'der|des|bei|bei der|im|in der|für die|für|von|vom',
  fr: 'de|du|de la|des|à la|au|à|pour|chez|pour la|pour le',
  nl: 'van|van de|voor|voor de|bij|bij de|namens|aan|aan de',
  es: 'de|del|de la|por|por el|por la|en|en el',
  it: 'di|del|della|dello|per|per il|per la|nel|nella|al|alla|a',
  pl: 'w|we|z|z ramienia|z listy|partii|okręgu|koła|na',
  sv: 'i|för|inom|hos|till|från',
  da: 'i|for|hos|ved|til|af',
  no: 'i|for|hos|ved|til|av',
  fi: '',
};

const cache = new Map<string, { left: RegExp; right: RegExp }>();

function regexes(lang: Lang, type: 'POLITICAL_OPINION' | 'TRADE_UNION'): { left: RegExp; right: RegExp } {
  const key = `${lang}|${type}`;
  let r = cache.get(key);
  if (r) return r;
  const roles = type === 'POLITICAL_OPINION' ? politicalRoles[lang] : unionRoles[lang];
  const links = link[lang].replace(/ /gu, '[ \\t]+');
  // Up to two role words with their links ("secretaria de organización de la agrupación local de").
  const one = `(?:${roles})(?:[ \\t]+(?:${links || '(?!)'}))?[ \\t]+`;
  const left = new RegExp(`(?<![\\p{L}\\p{N}])(?:${one}){1,2}$`, 'iu');
  const right = new RegExp(`^[ \\t]+(?:${roles})(?![\\p{L}\\p{N}])`, 'iu');
  r = { left, right };
  cache.set(key, r);
  return r;
}

/** Grows a POLITICAL_OPINION or TRADE_UNION span in place over the person's role in it. */
export function growMembership(
  text: string,
  span: { start: number; end: number },
  type: string,
  lang: Lang,
): void {
  if (type !== 'POLITICAL_OPINION' && type !== 'TRADE_UNION') return;
  const { left, right } = regexes(lang, type);
  const l = left.exec(text.slice(Math.max(0, span.start - 80), span.start));
  if (l) span.start -= l[0].length;
  const m = right.exec(text.slice(span.end, span.end + 40));
  if (m) span.end += m[0].length;
  // A party's short name in brackets after an office: "kaupunginvaltuutettu (kok.)", "Stadtrat (SPD)".
  const abbr =
    type === 'POLITICAL_OPINION' ? partyInBrackets.exec(text.slice(span.end, span.end + 12)) : null;
  if (abbr) span.end += abbr[0].length;
}

const partyInBrackets = /^[ \t]*\((?:\p{Lu}{1,5}|\p{Ll}{1,5}\.)\)/u;

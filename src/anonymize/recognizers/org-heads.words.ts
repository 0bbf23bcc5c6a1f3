/**
 * Institution words that make the name beside them an organisation even without a legal form,
 * per language. Regex sources, case-sensitive (lower case: the word is written in running text);
 * a stem with `\p{Ll}{0,5}` takes every case ending of Finnish and Polish.
 */

/**
 * Written after the name, in the Nordic languages and Finnish: "Ullevål sykehus", "Solbackens
 * vårdboende", "Örgryte församling", "Kallion terveysasemalla", "Hämeen ammattikorkeakoulussa".
 */
export const headWordsAfter = [
  // sv, da, no
  '(?:universitets)?sykehus(?:et)?',
  '(?:universitets)?sjukhus(?:et)?',
  'sygehus(?:et)?',
  'legekontor(?:et)?',
  'legesenter(?:et)?',
  'legevakt(?:a|en)?',
  'helsestasjon(?:en)?',
  'vårdcentral(?:en)?',
  'hälsocentral(?:en)?',
  'mottagning(?:en)?',
  'tandvård(?:en)?',
  'tandklinik(?:ken)?',
  'tannklinikk(?:en)?',
  '(?:vård|äldre)boende(?:t)?',
  'plejecent(?:er|ret)',
  'plejehjem(?:met)?',
  'sykehjem(?:met)?',
  'omsorgssenter(?:et)?',
  'förskola(?:n)?',
  'barnehage(?:n)?',
  'børnehave(?:n)?',
  'fritids(?:hem|hjem)(?:met)?',
  'församling(?:en)?',
  'menighet(?:en)?',
  'sogn',
  'kyrka(?:n)?',
  'kirke(?:n)?',
  'kommune(?:n)?',
  'kommun(?:en)?',
  'fylkeskommune(?:n)?',
  'skole(?:n)?',
  'skola(?:n)?',
  'friskole(?:n)?',
  'folkhögskola(?:n)?',
  'gymnas(?:ium|iet)',
  'apotek(?:et)?',
  // fi: every case ("sairaalassa", "koululle", "kaupungilla", "poliklinikan")
  '(?:keskus|aluesairaala|)sairaala\\p{Ll}{0,5}',
  'terveysasem\\p{Ll}{1,5}',
  'terveyskes(?:kus|kuks)\\p{Ll}{0,5}',
  'lääkäriasem\\p{Ll}{1,5}',
  '(?:ammattikorkea)?koulu\\p{Ll}{0,5}',
  'lukio\\p{Ll}{0,5}',
  'päiväko(?:ti|di|dí)\\p{Ll}{0,5}',
  'yliopisto\\p{Ll}{0,5}',
  'kaupun(?:ki|gi)\\p{Ll}{0,5}',
  'kun(?:ta|na)\\p{Ll}{0,5}',
  'seurakun(?:ta|na)\\p{Ll}{0,5}',
  '(?:poli)?klinik\\p{Ll}{0,5}',
  'apteek\\p{Ll}{1,5}',
  'hyvinvointialue\\p{Ll}{0,5}',
  '(?:vanhain|hoiva)ko(?:ti|di)\\p{Ll}{0,5}',
  'palvelutalo\\p{Ll}{0,5}',
  'hammashoitola\\p{Ll}{0,5}',
  'neuvola\\p{Ll}{0,5}',
];

/**
 * Written before the name, in lower case, in Polish and the Romance languages and Dutch:
 * "poradni onkologicznej w Kaliszu", "scuola primaria Ludovico Ariosto", "maison de repos Les
 * Tilleuls", "centro de salud Las Fuentes", "basisschool De Regenboog".
 */
export const headWordsBefore = [
  // pl
  'szpital\\p{Ll}{0,3}',
  'przychodni\\p{Ll}{0,2}',
  'poradni\\p{Ll}{0,2}',
  'oddzia(?:ł|le)\\p{Ll}{0,3}',
  'ośrod(?:ek|ka|ku|kiem)',
  'klinik\\p{Ll}{1,3}',
  'szko(?:ła|le|ły|łę|łą)',
  'przedszkol\\p{Ll}{1,3}',
  'żłob(?:ek|ka|ku)',
  'urz(?:ąd|ędzie|ędu)',
  'sąd(?:zie|u)?',
  'parafi\\p{Ll}{0,2}',
  'aptek\\p{Ll}{1,2}',
  'hospicj\\p{Ll}{1,3}',
  'zakład\\p{Ll}{0,3}',
  'dom(?:u)? pomocy społecznej',
  // it
  'ospedale',
  'clinica',
  'casa di cura',
  'casa di riposo',
  'scuola',
  'liceo',
  'istituto',
  'asilo(?: nido)?',
  'ambulatorio',
  'poliambulatorio',
  'farmacia',
  'studio (?:medico|dentistico|legale)',
  'parrocchia',
  'residenza',
  'azienda ospedaliera',
  // fr
  'hôpital',
  'clinique',
  'maison de (?:repos|retraite|santé)',
  'centre (?:hospitalier|médical|de santé)',
  'cabinet',
  'école',
  'collège',
  'lycée',
  'crèche',
  'pharmacie',
  'paroisse',
  // es
  'clínica',
  'centro de salud',
  'colegio',
  'escuela',
  'residencia',
  'parroquia',
  // nl
  'ziekenhuis',
  'praktijk',
  'huisartsenpraktijk',
  'school',
  'basisschool',
  'verpleeghuis',
  'verzorgingshuis',
  'kliniek',
  'apotheek',
  'parochie',
];

/** Lower-case words between such a head and the name: adjectives by their endings, or fixed phrases. */
export const headModifiers = [
  // it, fr, es: "primaria", "comunale", "oncologico", "privée", "médicale", "psychiatrique", "concertado"
  '\\p{Ll}{3,}(?:ari[ao]|ale|ali|ic[ao]|ile|iv[ao]|ier[ao]|aire|ique|ée|elle|ière|al|ad[ao])',
  // pl: "onkologicznej", "wojewódzkiego", "podstawowej", "rodzinnej", "dziecięcej"
  '\\p{Ll}{3,}(?:czn|sk|ck|dzk|ow|nn|ęc)(?:y|a|e|ej|ego|ym|ą|i|ie|iej|iego|im)',
  // nl: "openbare", "christelijke", "katholieke"
  '\\p{Ll}{3,}(?:lijke|ieke|bare|ische)',
  'nr \\d{1,3}',
  "dell['’]infanzia",
  'di (?:primo|secondo) grado',
  'de día',
];

/** Prepositions and articles between such a head and the name: "w Kaliszu", "di Cremona", "Les Tilleuls". */
export const headJoiners = [
  'w',
  'we',
  'im\\.',
  'di',
  'del',
  'della',
  "dell['’]",
  'de',
  'du',
  'des',
  "d['’]",
  'la',
  'le',
  'il',
  'el',
  'het',
  'a',
  'à',
];

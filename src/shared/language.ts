import type { Lang } from '../anonymize/anonymize.types.js';

/**
 * Language identification by stopwords and letters, for the eleven languages our customers
 * write in. Pure and fast (one pass over the first few KB): it only has to be right enough to
 * pick phone regions, greetings and context words, and it says "don't know" rather than guess.
 *
 * Each word counts 1/k when it is a stopword of k languages, so shared words ("de", "en", "is")
 * weigh little and the distinctive ones ("och", "niet", "który") decide. Letters that belong to
 * few languages (ß, ñ, ł, ø) add evidence, which matters for short texts.
 */
const stopwords: Record<Lang, string> = {
  en: 'the and is are was were to of in that it for you your i my me we our with on this be have has had not please thank thanks regards dear hello hi would could can will from at but or if an as sincerely kind best what when which there they he she his her been any about',
  de: 'der die das und ist nicht ich sie es mit von zu den dem ein eine einen einer auf für im ihr ihre ihren mein meine meinen wir haben habe bitte danke vielen dank grüße grüßen freundlichen hallo sehr geehrte geehrter geehrten gruß auch noch wie kann wurde bei aus nach oder aber sich dass uns werden wird ist sind mir mich herr frau leider gerne ihrem ihrer ihres ihnen unser unsere unserem unseren',
  fr: 'le la les de des du et est un une je vous nous pour que qui dans pas ne sur avec au aux ce cette mon ma mes votre vos bonjour merci cordialement madame monsieur suis avez être il elle mais très aussi ai sont été faire peut leur nos salutations veuillez agréer',
  nl: 'de het een en van is ik niet dat die te op voor met zijn u uw mijn we wij heb hebben maar ook nog naar bij aan om graag bedankt dank groet groeten vriendelijke met beste geachte kunt wordt deze er als wat hoe zou mij ons jullie heeft werd kan wel geen',
  es: 'el la de que y en los las del por con para una es no mi su pero como muy hola gracias saludos estimado estimada buenos días está tengo quiero este esta también porque usted cuando sí atentamente nuestro al lo se me yo puede sus ha han fue sido hay favor',
  sv: 'och att det är jag inte som för med på en har till vi du kan om hej tack vänliga hälsningar mig dig också någon mycket eller ska skulle vara varit min mitt mina din ert er hur vad när från av',
  it: 'il di che e la per un non sono con del della gli mi ho ma anche buongiorno grazie cordiali saluti questo come nel alla mio vorrei essere è una sul delle dei lo suo quando perché gentile salve ha hanno stato mia sua vostro',
  da: 'og at det er jeg ikke som for med på en har til vi du kan om hej tak venlig hilsen mig dig også nogen meget eller skal skulle være været min mit mine din jeres hvad hvordan hvornår fra af efter noget nu bliver der havde haft uge uger sidste sygdom kvinde',
  no: 'og å det er jeg ikke som for med på en har til vi du kan om hei takk vennlig hilsen meg deg også noen mye eller skal skulle være vært min mitt mine din deres hva hvordan når fra av etter noe nå blir der hadde hatt uke uker siste sykdom kvinne eg ikkje kva frå venleg helsing korleis kvifor noko berre mykje eit vere',
  fi: 'ja on ei että se ole olen kiitos hei terveisin minä sinä tämä mutta kun jos voi myös nyt ovat oli minun teidän sekä vain hyvä ystävällisin olisi voisitteko koska mitä tai kanssa',
  pl: 'i w nie się na że jest z do to jak ale czy po dla mam pan pani dzień dobry pozdrawiam proszę dziękuję bardzo jestem moje mój tak już tylko oraz może które który są był była jego jej',
};

/** Letters that point to a few languages; each hit adds this weight to each listed language. */
const letterHints: [RegExp, Lang[], number][] = [
  [/ß/g, ['de'], 1],
  [/[ñ¿¡]/g, ['es'], 1],
  [/[łśźżćńąę]/g, ['pl'], 1],
  [/[æø]/g, ['da', 'no'], 0.5],
  [/å/g, ['sv', 'da', 'no', 'fi'], 0.25],
  [/[ç]/g, ['fr'], 0.5],
  [/[êâîôûœ]/g, ['fr'], 0.5],
  [/[òì]/g, ['it'], 0.5],
  [/ü/g, ['de'], 0.5],
  [/[äö]/g, ['de', 'sv', 'fi'], 0.2],
];

const langs = Object.keys(stopwords) as Lang[];
const wordWeights = new Map<string, { langs: number[]; weight: number }>();
for (const [i, lang] of langs.entries()) {
  for (const w of new Set(stopwords[lang].split(' '))) {
    const entry = wordWeights.get(w) ?? { langs: [], weight: 0 };
    entry.langs.push(i);
    wordWeights.set(w, entry);
  }
}
for (const entry of wordWeights.values()) entry.weight = 1 / entry.langs.length;

const wordRe = /\p{L}+/gu;
/** Enough text to decide; mail bodies are long and the start is the most typical part. */
const sampleChars = 3000;

export function detectLanguage(text: string): Lang | undefined {
  const sample = text.length > sampleChars ? text.slice(0, sampleChars) : text;
  const scores = new Array<number>(langs.length).fill(0);
  let evidence = 0;
  for (const m of sample.toLowerCase().matchAll(wordRe)) {
    const entry = wordWeights.get(m[0]);
    if (!entry) continue;
    evidence += 1;
    for (const i of entry.langs) scores[i]! += entry.weight;
  }
  for (const [re, hinted, weight] of letterHints) {
    re.lastIndex = 0;
    const hits = sample.match(re)?.length ?? 0;
    if (!hits) continue;
    for (const l of hinted) scores[langs.indexOf(l)]! += weight * Math.min(hits, 5);
  }
  let best = -1;
  let second = -1;
  for (let i = 0; i < scores.length; i++) {
    if (best < 0 || scores[i]! > scores[best]!) {
      second = best;
      best = i;
    } else if (second < 0 || scores[i]! > scores[second]!) second = i;
  }
  // Need at least two stopwords (or strong letters) and a clear winner, else say nothing.
  if (best < 0 || scores[best]! < 1 || (evidence < 2 && scores[best]! < 2)) return undefined;
  if (second >= 0 && scores[best]! === scores[second]!) return undefined;
  return langs[best];
}

const allStopwords = new Set(wordWeights.keys());

/** A function word of any supported language (lowercase input): never a name on its own. */
export function isStopword(lowercaseWord: string): boolean {
  return allStopwords.has(lowercaseWord);
}

const languageNames = new Intl.DisplayNames('en', { type: 'language' });

/** "de" → "German", for showing a detected language; an unknown code stays as it is. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

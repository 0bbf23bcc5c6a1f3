import type { Lang } from '../../anonymize.types.js';
import { ci, firstCharMatches } from '../regex-tools.js';
import type { PatternSpan } from './pattern.types.js';

/**
 * A body part and a complaint within three words of each other, in either order: "my knee is
 * still swollen", "Knie ist geschwollen", "me duele la rodilla", "mi fa male la schiena", "boli
 * mnie kolano", "polvi on turvoksissa". Neither word is a health fact alone ("hand", "broken"), and
 * a lexicon cannot list every pairing; together they are one, in any phrasing. The span covers
 * both and the words between them, so the reviewer sees "[HEALTH]" instead of "my knee is [HEALTH]".
 *
 * Lists are lay words written by the project per language (inflected forms where the language
 * inflects nouns). The complaint regex runs once over the text; body parts are only looked for in
 * the few characters around each complaint.
 */

const parts: Record<Lang, string> = {
  en: 'knees?|hips?|(?:my|his|her|lower|upper|bad) back|shoulders?|ankles?|wrists?|hands?|feet|foot|legs?|arms?|neck|elbows?|fingers?|fingertips?|thumbs?|toes?|spine|ribs?|collarbone|jaw|teeth|tooth|nose|eyes?|ears?|head|chest|stomach|belly|throat|skin|shin|heels?|thighs?|calf|calves|hamstring|achilles|pelvis|tailbone|knuckles?|kidneys?',
  de: 'Knie|Knies|Hüfte|Rücken|Schultern?|Sprunggelenk|Knöchel|Handgelenk|Hand|Hände|Füße|Fuß|Fuss|Beine?|Beins|Arme?|Arms|Nacken|Hals|Ellenbogen|Fingern?|Fingerkuppen|Daumen|Zehen?|Wirbelsäule|Rippen?|Kiefer|Zahn|Zähne|Nase|Augen?|Ohren?|Kopf|Brust|Bauch|Magen|Haut|Ferse|Oberschenkel|Waden?|Steißbein|Schlüsselbein|Gelenke?',
  fr: 'genoux?|hanches?|dos|épaules?|chevilles?|poignets?|mains?|pieds?|jambes?|bras|cou|nuque|coudes?|doigts?|pouces?|orteils?|colonne|côtes?|mâchoire|dents?|nez|œil|oeil|yeux|oreilles?|tête|poitrine|ventre|estomac|gorge|peau|talons?|cuisses?|mollets?|coccyx|clavicule',
  nl: 'knie|knieën|heup|rug|schouders?|(?:mijn|de|haar|zijn|linker|rechter) enkel|enkels|pols|polsen|hand|handen|voet|voeten|been|benen|armen?|nek|elleboog|vingers?|duim|tenen|teen|wervelkolom|ribben?|kaak|tanden?|neus|oog|ogen|oren?|hoofd|borst|buik|maag|keel|huid|hiel|dij|kuit|stuitje|sleutelbeen|rechterhand|linkerhand|rechtervoet|linkervoet',
  es: 'rodillas?|cadera|espalda|hombros?|tobillos?|muñecas?|manos?|pies?|piernas?|brazos?|cuello|nuca|codos?|dedos?|pulgar|columna|costillas?|mandíbula|dientes?|muelas?|nariz|ojos?|oídos?|orejas?|cabeza|pecho|barriga|vientre|estómago|garganta|piel|talón|muslos?|gemelos?|coxis|clavícula',
  it: 'ginocchi[oa]|anca|schiena|spall[ae]|caviglie|caviglia|polsi|polso|mano|mani|piedi?|piede|gambe?|braccio|braccia|collo|gomito|dita|dito|pollice|colonna|costol[ae]|mascella|denti?|dente|naso|occhi|occhio|orecchi[oe]|testa|petto|pancia|stomaco|gola|pelle|tallone|coscia|polpaccio|coccige|clavicola',
  sv: 'knä(?:t|et|na|n)?|höft(?:en)?|rygg(?:en)?|ländrygg(?:en)?|axel(?:n)?|axlar(?:na)?|fotled(?:en)?|handled(?:en)?|handen|händer(?:na)?|fot(?:en)?|fötter(?:na)?|benet|benen|arm(?:en)?|armar(?:na)?|nacke(?:n)?|armbåge(?:n)?|fingr(?:et|ar|arna)|tumme(?:n)?|tår(?:na)?|revben(?:et)?|käke(?:n)?|tänder(?:na)?|näsa(?:n)?|ögat|ögon(?:en)?|örat|huvud(?:et)?|bröst(?:et)?|mage(?:n)?|hals(?:en)?|hud(?:en)?|häl(?:en)?|lår(?:et)?|vad(?:en)',
  da: 'knæ(?:et|ene)?|hofte(?:n)?|ryg(?:gen)?|lænd(?:en)?|skulder(?:en)?|skuldre(?:ne)?|ankel(?:en)?|anklen|håndled(?:det)?|hånd(?:en)?|hænder(?:ne)?|fod(?:en)?|fødder(?:ne)?|benet|benene|arm(?:en|ene)?|nakke(?:n)?|albue(?:n)?|fingeren|fingre(?:ne)?|tommelfinger(?:en)?|tæer(?:ne)?|ribben(?:et)?|kæbe(?:n)?|tand(?:en)?|tænder(?:ne)?|næse(?:n)?|øje(?:t)?|øjne(?:ne)?|øre(?:t)?|hoved(?:et)?|bryst(?:et)?|mave(?:n)?|hals(?:en)?|hud(?:en)?|hæl(?:en)?|lår(?:et)?|læg(?:gen)',
  no: 'kne(?:et|ne|a)?|hofte(?:n|a)?|rygg(?:en)?|korsrygg(?:en)?|skulder(?:en|a)?|skuldre(?:ne)?|ankel(?:en)?|ankler(?:ne)?|håndledd(?:et)?|hånd(?:en|a)?|hender(?:ne)?|fot(?:en)?|føtter(?:ne)?|bein(?:et|a|ene)?|arm(?:en|ene)?|nakke(?:n)?|albue(?:n)?|fingeren|fingr(?:er|ene)|tommel(?:en)?|tær(?:ne)?|ribbein(?:et)?|kjeve(?:n)?|tann(?:en)?|tenner(?:ne)?|nese(?:n)?|øye(?:t)?|øyne(?:ne)?|øre(?:t)?|hode(?:t)?|bryst(?:et)?|mage(?:n)?|hals(?:en)?|hud(?:en)?|hæl(?:en)?|lår(?:et)?|legg(?:en)',
  fi: 'polv\\p{L}{0,6}|rante\\p{L}{0,6}|ranne|nilk\\p{L}{0,6}|olkap\\p{L}{0,6}|kyynärp\\p{L}{0,6}|sorm\\p{L}{0,7}|varpa\\p{L}{0,5}|varvas|kylkiluu\\p{L}{0,4}|leuka\\p{L}{0,4}|leua\\p{L}{0,4}|hammas|hampa\\p{L}{0,5}|nenä\\p{L}{0,4}|silmä\\p{L}{0,5}|korva\\p{L}{0,5}|kurkku\\p{L}{0,4}|kurku\\p{L}{0,4}|kantap\\p{L}{0,6}|reisi|reide\\p{L}{0,4}|pohje|pohke\\p{L}{0,4}|lonk\\p{L}{0,6}|hartia\\p{L}{0,4}|hartio\\p{L}{0,5}|alaselk\\p{L}{0,5}|selkä|selän|selää|selkää|selkään|selässä|selästä|selkäni|selkääni|selkäranka|selkärangan|jalka\\p{L}{0,4}|jalan|jalat|jalkoja|jaloissa|käsi|käden|kädessä|käteen|kättä|kädet|käsiä|käsissä|käteni|niska\\p{L}{0,4}|kaula\\p{L}{0,4}|pää|pään|päähän|päässä|pääni|vatsa\\p{L}{0,4}|iho|ihon|ihoa|ihossa|ihoni',
  pl: 'kolan\\p{L}{0,3}|biodr\\p{L}{0,3}|plecy|pleców|plecach|kręgosłup\\p{L}{0,3}|bark|barku|barki|ramię|ramieni\\p{L}{0,2}|kostk\\p{L}{0,2}|kostce|kość|kości|nadgarst\\p{L}{0,3}|ręk\\p{L}{0,3}|ręce|dłoń|dłoni|dłonie|stopa|stopy|stopę|stopie|stopą|stóp|nog\\p{L}{0,3}|nodze|szyj\\p{L}{0,2}|szyi|kark\\p{L}{0,3}|łok\\p{L}{0,4}|palec|palca|palce|palców|palcach|kciuk\\p{L}{0,3}|żebr\\p{L}{0,3}|szczęk\\p{L}{0,2}|zęb\\p{L}{0,3}|ząb|nos|nosa|nosie|oko|oka|oczy|oczu|ucho|ucha|uszy|uszu|głow\\p{L}{0,2}|brzuch\\p{L}{0,3}|żołąd\\p{L}{0,3}|gardł\\p{L}{0,2}|gardle|skór\\p{L}{0,2}|pięt\\p{L}{0,2}|udo|uda|udzie|łydk\\p{L}{0,2}|łydce|obojczyk\\p{L}{0,3}',
};

const complaints: Record<Lang, string> = {
  en: "hurts?|hurting|in (?:a )?(?:cast|plaster|sling|bandages?)|bandaged|stitches|stitched|(?:won['’]t|can['’]t|cannot|doesn['’]t|don['’]t) (?:bend|move)|aches?|aching|pain(?:ful|s)?|sore|swollen|swelling|broken|broke|fractured?|sprained?|twisted|dislocated|bruised|injured|injury|burn(?:ed|t|s)?|numb(?:ness)?|stiff(?:ness)?|inflamed|bleeding|infected|itch(?:y|ing)?|tingling|cramps?|torn|strained|cracked|blistered|rash|gives way|locks up",
  de: 'schmerz\\p{L}*|weh|taubheit\\p{L}*|gips|eingegipst|genäht|geschwollen|schwellung|gebrochen|bruch|verstaucht|verrenkt|ausgerenkt|geprellt|prellung|verletzt|verletzung|verbrannt|verbrüht|taub|steif|entzündet|blutet|juckt|kribbelt|gerissen|gezerrt|zerrung|blockiert|wund|aufgerissen|rissig|gelähmt',
  fr: 'mal|douleurs?|plâtre|plâtrée?|opérée?s?|opération|points de suture|douloureu(?:x|se)|enflée?s?|gonflée?s?|cassée?s?|cassé|fracturée?s?|fracture|foulée?|foulure|entorse|luxée?|luxation|blessée?s?|blessure|brûlée?s?|brûlure|engourdie?s?|raide|raideur|enflammée?s?|saigne|démange|tordue?|déchirée?|coincée?',
  nl: 'pijn\\p{L}*|zeer|gips|in het gips|gehecht|hechtingen|gezwollen|opgezwollen|zwelling|gebroken|breuk|verstuikt|verzwikt|gekneusd|kneuzing|ontwricht|geblesseerd|blessure|verbrand|gevoelloos|stijf|ontstoken|ontsteking|bloedt|jeukt|tintelt|gescheurd|verrekt|werkt niet goed',
  es: 'duel(?:e|en)|escayola|escayolad[oa]|vendad[oa]|vendaje|puntos de sutura|operad[oa]|operación|no (?:puede|puedo|podía|podia) mover|dolor(?:es)?|dolorid[oa]s?|hinchad[oa]s?|hinchazón|rot[oa]s?|rompí|rompió|fractura(?:d[oa])?|esguince|torcid[oa]|torcí|luxación|dislocad[oa]|magullad[oa]|lesión|lesionad[oa]|quemad[oa]s?|quemadura|dormid[oa]|entumecid[oa]|rígid[oa]|inflamad[oa]s?|sangra|hormigueo|desgarr\\p{L}*|contusión|secuelas?',
  it: 'male|mal|ingessat[oa]|gesso|fasciat[oa]|punti di sutura|operat[oa]|operazione|dolor[ei]|dolorant[ei]|gonfi[oaie]|gonfiore|rott[oaie]|ruppi|frattura(?:t[oa])?|slogat[oa]|slogatura|distorsione|lussazione|contus[oa]|contusione|ferit[oa]|lesione|bruciat[oa]|ustione|intorpidit[oa]|formicolio|rigid[oa]|infiammat[oa]|sanguina|strappo|stirato|incrinat[oa]',
  sv: 'ont|gips(?:ad|at|ade)?|bandage|brännskad\\p{L}*|sydd|sytt|stygn|värk(?:er)?|smärt\\p{L}*|svull\\p{L}*|bruten|brutet|brutna|bröt|fraktur|stukad|stukat|vrickad|vrickat|ur led|skadad|skadat|bränd|brännskada|domnar|domnad|stel|stelt|inflammerad|blöder|kliar|stickningar|sträckt|sträckning|låser sig|öm|ömt',
  da: 'ondt|gips|gipset|bandage|brandsår|syet|sting|smert\\p{L}*|hævet|hævede?|hævelse|brækket|brækkede|brud|forstuvet|forvredet|af led|skadet|forbrændt|forbrænding|følelsesløs|stiv|betændt|bløder|klør|prikken|revet|forstrakt|låser|øm|ømme',
  no: 'vondt|gips(?:et)?|bandasje\\p{L}*|brannskad\\p{L}*|sydd|sting|smert\\p{L}*|hoven|hovent|hovne|brukket|brakk|brudd|forstuet|forvridd|ute av ledd|skadet|forbrent|forbrenning|nummen|numne|stiv|stivt|betent|blør|klør|prikking|revet|strekk|låser seg|øm|ømme',
  fi: 'kipe\\p{L}*|kipu\\p{L}*|kivu\\p{L}*|särk\\p{L}*|säry\\p{L}*|sattuu|turvo\\p{L}*|turpo\\p{L}*|murtu\\p{L}*|mursin|mursi|nyrjä\\p{L}*|revähd\\p{L}*|venäh\\p{L}*|loukkaantu\\p{L}*|loukkasin|palovamm\\p{L}*|paloi|puutu\\p{L}*|tunnoton|jäykk\\p{L}*|jäyk\\p{L}*|tulehtu\\p{L}*|tulehdu\\p{L}*|vuota\\p{L}*|kutia\\p{L}*|kutina|pistelee|rikki|halkeill\\p{L}*|ei toimi kunnolla',
  pl: 'bol\\p{L}*|gips\\p{L}*|bandaż\\p{L}*|szwy|szwów|ból\\p{L}*|spuchnię\\p{L}*|spuchł\\p{L}*|obrzę\\p{L}*|opuchnię\\p{L}*|opuchl\\p{L}*|złama\\p{L}*|skręc\\p{L}*|zwichnię\\p{L}*|zwichnął|stłucz\\p{L}*|uraz\\p{L}*|kontuzj\\p{L}*|poparzon\\p{L}*|oparzeni\\p{L}*|drętw\\p{L}*|zesztywni\\p{L}*|sztywn\\p{L}*|krwaw\\p{L}*|swędz\\p{L}*|mrowi\\p{L}*|naderwan\\p{L}*|pęknię\\p{L}*|naciągnię\\p{L}*',
};

/** At most three words between the body part and the complaint, within one clause. */
const gap = String.raw`(?:[ \t]+[\p{L}'’-]+){0,3}[ \t]+`;
/** An elided article glued to the body part ("all'anca", "à l'épaule"). */
const elided = String.raw`(?:\p{L}{1,4}['’])?`;
const cache = new Map<Lang, { complaint: RegExp; partBefore: RegExp; partAfter: RegExp }>();

function regexes(lang: Lang) {
  let r = cache.get(lang);
  if (!r) {
    // Letter classes instead of the `i` flag: case-insensitive Unicode matching is several times
    // slower in V8, and the complaint regex runs over every message.
    const part = `(?:${ci(parts[lang])})`;
    r = {
      complaint: new RegExp(`(?<![\\p{L}\\p{N}])(?:${ci(complaints[lang])})(?![\\p{L}\\p{N}])`, 'gu'),
      partBefore: new RegExp(`(?<![\\p{L}\\p{N}])${part}${gap}$`, 'u'),
      partAfter: new RegExp(`^${gap}${elided}${part}(?![\\p{L}\\p{N}])`, 'u'),
    };
    cache.set(lang, r);
  }
  return r;
}

const reach = 60;

export function bodyComplaintSpans(text: string, lang: Lang, out: PatternSpan[]): void {
  const { complaint, partBefore, partAfter } = regexes(lang);
  for (const m of firstCharMatches(complaint, text)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - reach), m.index);
    const left = partBefore.exec(before);
    const right = partAfter.exec(text.slice(end, end + reach));
    if (!left && !right) continue;
    out.push({
      start: left ? m.index - (before.length - left.index) : m.index,
      end: right ? end + right[0].length : end,
      score: 0.8,
    });
  }
}

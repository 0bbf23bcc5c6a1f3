import type { Lang } from '../../anonymize.types.js';
import { currencyCodes } from '../currency.words.js';

/**
 * Growth of a HEALTH span over what makes the fact specific: the body part and side ("fractured
 * left hip", "prothèse totale du genou droit", "smerter i venstre ben", "oikean polven vamma"),
 * the severity or stage ("moderate depression", "COPD GOLD 3", "pAVK Stadium IIb", "grado II") and
 * the kind ("diabete di tipo 1", "cáncer de mama", "hypertension gravidique"). A lexicon knows
 * "fracture" and "cancer"; the reviewer needs the whole phrase gone.
 *
 * Written per language as small word lists; every alternative is anchored to the span's edge,
 * so the regexes run once per HEALTH span, never over the whole text.
 */

const side: Record<Lang, string> = {
  en: 'left|right|lower|upper|both',
  de: 'linke[nmrs]?|rechte[nmrs]?|beide[nmrs]?|unteren|oberen',
  fr: '',
  nl: 'linker|rechter|linkse|rechtse|beide',
  es: '',
  sv: 'vänster|höger|vänstra|högra|båda',
  it: '',
  da: 'venstre|højre|begge',
  no: 'venstre|høyre|begge',
  fi: 'oikea[na]?|vasen|vasemma[na]',
  pl: 'prawe(?:go|j)?|lewe(?:go|j)?|praw[aąy]|lew[aąy]',
};

const body: Record<Lang, string> = {
  en: 'knees?|hips?|back|shoulders?|ankles?|wrists?|hands?|feet|foot|legs?|arms?|neck|eyes?|ears?|elbows?|fingers?|toes?|spine|heart|lungs?|kidneys?|liver|breasts?|bowel|stomach|head|chest|skin|brain|thyroid|pancreas|prostate|ovar(?:y|ies)|cervix|colon|bladder|throat|jaw|teeth|tooth|ligaments?|tendons?|meniscus|ribs?|pelvis|thigh|calf|calves|abdomen|thorax|sacrum|femur|collarbone|shin|groin|buttocks?|coccyx|tailbone|gums?|lips?|nose|sinuses|tonsils?|gallbladder|appendix|uterus|womb|lymph nodes?|muscles?|joints?|hands|knees|hips|lower back|face|mouth|tongue|bones?|veins?|arter(?:y|ies)|retina|heel',
  de: 'Knie[sn]?|Hüfte|Hüftgelenk|Rücken|Schulter|Sprunggelenk|Handgelenk|Hand|Fuß|Fuss|Bein|Arm|Nacken|Hals|Auge[n]?|Ohr(?:en)?|Ellenbogen|Finger|Zehe|Wirbelsäule|Herz(?:en)?|Lunge|Niere[n]?|Leber|Brust|Darm|Magen|Kopf|Haut|Gehirn|Schilddrüse|Bauchspeicheldrüse|Prostata|Eierst(?:o|ö)ck(?:e|en)?|Blase|Meniskus|Kreuzband|Rippe[n]?|Becken|Oberschenkel(?:arterie|hals)?|Unterschenkel|Wade[n]?|Lendenwirbelsäule|Halswirbelsäule|LWS|HWS|BWS|Bauch(?:es)?|Brustkorb(?:es)?|Steißbein(?:s)?|Kiefer(?:s)?|Zahn(?:es)?|Zähne[n]?|Zahnfleisch(?:es)?|Lippe[n]?|Nase|Gesicht(?:s|es)?|Mund(?:es)?|Zunge|Gallenblase|Blinddarm(?:s)?|Gebärmutter|Lymphknoten|Muskel[n]?|Gelenk(?:e|en|s)?|Knochen|Vene[n]?|Arterie[n]?|Netzhaut|Leiste|Achillessehne|Sehne[n]?|Hände[n]?|Füße[n]?|Beine[n]?|Knöchel(?:s)?|Mittelfuß(?:es)?|Ferse|Augenbraue[n]?|Stirn|Schläfe',
  fr: "genou|hanche|dos|épaule|cheville|poignet|main|pied|jambe|bras|cou|nuque|oeil|œil|yeux|oreille|coude|doigt|orteil|colonne|cœur|coeur|poumons?|reins?|foie|sein|intestin|côlon|colon|estomac|tête|peau|cerveau|thyroïde|pancréas|prostate|ovaires?|utérus|col de l['’]utérus|vessie|gorge|ménisque|ligament croisé|côtes?|bassin|cuisse|mollet|rachis|vertèbres?|lombaires?|cervicales?|abdomen|ventre|thorax|sacrum|fémur|clavicule|tibia|péroné|mâchoire|dents?|gencives?|lèvres?|nez|visage|bouche|langue|vésicule biliaire|appendice|ganglions?|muscles?|articulations?|os|veines?|artères?|rétine|mains|pieds|genoux|hanches|épaules|talon|coccyx|sinus|amygdales",
  nl: 'knie|heup|rug|schouder|enkel|pols|hand|voet|been|arm|nek|oog|ogen|oor|elleboog|vinger|teen|wervelkolom|hart|longen?|nieren?|lever|borst|darm(?:en)?|maag|hoofd|huid|hersenen|schildklier|alvleesklier|prostaat|eierstokk?(?:en)?|baarmoeder|blaas|meniscus|kruisband|ribben?|bekken|dij|kuit|buik|borstkas|stuitje|kaak|tanden|tand|kies|tandvlees|lip|neus|gezicht|mond|tong|galblaas|blindedarm|lymfeklieren?|spieren?|gewrichten|gewricht|botten|bot|aderen|netvlies|handen|voeten|knieën|heupen|schouders|benen|hiel|(?:linker|rechter)(?:knie|heup|schouder|enkel|pols|hand|voet|been|arm|oog|oor|elleboog|borst|long|nier|zijde)',
  es: 'rodilla|cadera|espalda|hombro|tobillo|muñeca|mano|pie|pierna|brazo|cuello|nuca|ojo|oído|oreja|codo|dedo|columna|corazón|pulmón|pulmones|riñ(?:ón|ones)|hígado|mama|pecho|intestino|colon|estómago|cabeza|piel|cerebro|tiroides|páncreas|próstata|ovarios?|útero|cuello uterino|vejiga|garganta|menisco|ligamento cruzado|costillas?|pelvis|muslo|gemelo|escafoides|lumbar(?:es)?|cervical(?:es)?|abdomen|tórax|torax|sacro|fémur|clavícula|tibia|peroné|mandíbula|dientes?|muelas?|encías?|labios?|nariz|cara|boca|lengua|vesícula(?: biliar)?|apéndice|ganglios?|músculos?|articulaciones|huesos?|venas?|arterias?|retina|manos|pies|rodillas|caderas|hombros|talón|coxis',
  sv: 'knä(?:et|t)?|höft(?:en)?|rygg(?:en)?|axel(?:n)?|fotled(?:en)?|handled(?:en)?|hand(?:en)?|fot(?:en)?|ben(?:et)?|arm(?:en)?|nacke[n]?|öga|ögat|ögon(?:en)?|öra|örat|armbåge[n]?|finger|fingret|tå|ryggrad(?:en)?|hjärta[t]?|lung(?:a|an|orna)|njur(?:e|en|arna)|lever(?:n)?|bröst(?:et)?|tarm(?:en)?|mage[n]?|huvud(?:et)?|hud(?:en)?|hjärna[n]?|sköldkörtel(?:n)?|prostata|livmoder(?:n)?|blåsa[n]?|menisk(?:en)?|korsband(?:et)?|revben(?:et)?|bäcken(?:et)?|lår(?:et)?|vad(?:en)?|ländrygg(?:en)?|handen|händerna|tand(?:en)?|tänder(?:na)?|framtand(?:en)?|käke[n]?|ansikte[t]?|mun(?:nen)?|tunga[n]?|gallblåsa[n]?|blindtarm(?:en)?|lymfkörtl(?:ar|arna)|muskl(?:er|erna)|muskel(?:n)?|led(?:er|erna)?|skelett(?:et)?|ven(?:er|erna)?|näthinna[n]?|buk(?:en)?|bröstkorg(?:en)?|svanskota[n]?|häl(?:en)?|ljumske[n]?|läpp(?:en|arna)?|revbensbåge[n]?|fötterna|benen|knäna',
  it: 'ginocchio|anca|schiena|spalla|caviglia|polso|mano|piede|gamba|braccio|collo|occhio|orecchio|gomito|dito|colonna|cuore|polmon[ei]|ren[ei]|fegato|seno|mammella|intestino|colon|stomaco|testa|pelle|cervello|tiroide|pancreas|prostata|ovai?o|ovaie|utero|vescica|gola|menisco|legamento crociato|costol[ae]|bacino|coscia|polpaccio|orecchio|addome|torace|sacro|femore|clavicola|tibia|perone|mascella|mandibola|denti|dente|gengive|labbra|naso|viso|bocca|lingua|colecisti|cistifellea|appendice|linfonodi|muscoli|articolazioni|ossa|osso|vene|arterie|retina|mani|piedi|ginocchia|anche|spalle|tallone|coccige',
  da: 'knæ(?:et)?|hofte[n]?|ryg(?:gen)?|skulder(?:en)?|ankel(?:en)?|håndled(?:det)?|hånd(?:en)?|fod(?:en)?|ben(?:et)?|arm(?:en)?|nakke[n]?|øje[t]?|øjne|øre[t]?|ører|albue[n]?|finger|fingeren|tå|rygrad(?:en)?|hjerte[t]?|lunge[rn]?|nyre[rn]?|lever(?:en)?|bryst(?:et)?|tarm(?:en)?|mave[n]?|hoved(?:et)?|hud(?:en)?|hjerne[n]?|skjoldbruskkirtel(?:en)?|prostata|livmoder(?:en)?|blære[n]?|menisk(?:en)?|korsbånd(?:et)?|ribben(?:et)?|bækken(?:et)?|lår(?:et)?|læg(?:gen)?|lænd(?:en)?|tyktarm(?:en)?|tarmene|halsen|skulderen|knæene|hænderne|fødderne|benene|tand(?:en)?|tænder(?:ne)?|fortand(?:en)?|kæbe[n]?|ansigt(?:et)?|mund(?:en)?|tunge[n]?|galdeblære[n]?|blindtarm(?:en)?|lymfeknuder(?:ne)?|muskl(?:er|erne)|muskel(?:en)?|led(?:dene)?|knogle[rn]?|vene[r]?|nethinde[n]?|brystkasse[n]?|halebe(?:n|net)|hæl(?:en)?|lyske[n]?|læbe[n]?',
  no: 'kne(?:et)?|hofte[n]?|rygg(?:en)?|skulder(?:en)?|ankel(?:en)?|håndledd(?:et)?|hånd(?:en|a)?|fot(?:en)?|bein(?:et)?|arm(?:en)?|nakke[n]?|øye[t]?|øyne|øre[t]?|albue[n]?|finger|fingeren|tå|ryggrad(?:en)?|hjerte[t]?|lunge[rn]?|nyre[rn]?|lever(?:en)?|bryst(?:et)?|tarm(?:en)?|mage[n]?|hode[t]?|hud(?:en)?|hjerne[n]?|skjoldbruskkjertel(?:en)?|prostata|livmor(?:en)?|blære[n]?|menisk(?:en)?|korsbånd(?:et)?|ribbein(?:et)?|bekken(?:et)?|lår(?:et)?|legg(?:en)?|korsrygg(?:en)?|kneleddet|tykktarm(?:en)?|tarmen|halsen|hendene|føttene|beina|knærne|hofta|skuldra|leppa|leppe[n]?|tann(?:a|en)?|tenner|tennene|fortann(?:a|en)?|kjeve[n]?|ansikt(?:et)?|munn(?:en)?|tunge[n]?|galleblære[n]?|blindtarm(?:en)?|lymfeknuter?|muskl(?:er|ene)|muskel(?:en)?|ledd(?:ene)?|skjelett(?:et)?|vene[r]?|netthinne[n]?|buk(?:en)?|brystkasse[n]?|halebein(?:et)?|hæl(?:en)?|lyske[n]?|foten|handa|hånda',
  fi: 'polven|lonkan|selän|olkapään|nilkan|ranteen|käden|jalan|jalkaterän|niskan|kaulan|silmän|korvan|kyynärpään|sormen|varpaan|selkärangan|sydämen|keuhkojen|keuhkon|munuaisten|munuaisen|maksan|rinnan|suoliston|suolen|vatsan|pään|ihon|aivojen|kilpirauhasen|haiman|eturauhasen|munasarjan|kohdun|virtsarakon|kurkun|nivelkierukan|ristisiteen|eturistisiteen|kylkiluun|lantion|reiden|pohkeen|kaularangan|lannerangan|rintarangan|paksusuolen|ohutsuolen|peräsuolen|mahalaukun|ruokatorven|välilevyn|virtsateiden|sappirakon|umpilisäkkeen|nikaman|olkavarren|kyynärvarren|sormien|hampaan|leuan|nenän|imusolmukkeen|kantapään|akillesjänteen|jänteen|lihaksen|nivelen|nivelten|keuhkoputkien|kohdunkaulan|rintojen|silmien|korvien|polvien|hartian|hartioiden',
  pl: 'kolana|biodra|pleców|kręgosłupa|barku|ramienia|kostki|nadgarstka|ręki|dłoni|stopy|nogi|szyi|karku|oka|oczu|ucha|łokcia|palca|serca|płuc|nerki|nerek|wątroby|piersi|jelita|żołądka|głowy|skóry|mózgu|mózgowia|tarczycy|trzustki|prostaty|jajnika|jajników|macicy|szyjki macicy|pęcherza|gardła|łąkotki|więzadła|żeber|żebra|miednicy|uda|łydki|klatce piersiowej|klatki piersiowej|brzuchu|brzucha|plecach|kolanie|kolanach|krzyżu|głowie|gardle|uchu|uszach|oku|oczach|nodze|nogach|ręce|rękach|barku|biodrze|kręgosłupie|stawach|mięśniach|sercu|piersi|szyi|karku|stopie|nadgarstku|łokciu|dolnym odcinku kręgosłupa|kości śródstopia|kości|stawu|stawów|mięśnia|mięśni|zęba|zębów|szczęki|twarzy|ust|języka|woreczka żółciowego|wyrostka robaczkowego|węzłów chłonnych|żył|tętnic|siatkówki|pięty|kości ogonowej|kosci srodstopia|kosci',
};

/** Connectors between a complaint and its body part ("pain in my left knee", "douleurs au poignet"). */
const link: Record<Lang, string> = {
  en: '(?:of|in|on|to)[ \\t]+(?:the|my|his|her|both)?',
  de: '(?:am|an|im|in|des|der|an der|an den|am|in der|im Bereich der|im Bereich des|vom|von der)',
  fr: "(?:du|de la|de l['’]|des|au|aux|à la|à l['’]|de|d['’]|sur le|sur la)",
  nl: '(?:aan|in|van|op)[ \\t]+(?:mijn|de|het|zijn|haar|uw|je|jouw|hun)',
  es: '(?:de|del|de la|de los|de las|en el|en la|en los|en las|en)',
  sv: '(?:i|på|ned i|från|av)',
  it: "(?:al|alla|all['’]|allo|del|della|dell['’]|dello|di|ai|alle)",
  da: '(?:i|på|ned i|fra|af)',
  no: '(?:i|på|ned i|fra|av)',
  fi: '',
  pl: '(?:w|we|na|do|od)',
};

/** Qualifiers after a condition: stage, grade, type, side, course. */
const after: Record<Lang, string> = {
  en: 'type [12]|stage [0-4IV]+[abc]?|grade [1-4IV]+|(?:1st|2nd|3rd|first|second|third)[- ]degree|on both sides',
  de: 'Typ [12]|Stadium [0-4IVX]+[abc]?|GOLD [1-4]|Grad [1-4IV]+|\\d\\. Grades|links|rechts|beidseits|beidseitig',
  fr: 'de type [12]|stade [0-4IV]+[abc]?|grade [1-4IV]+|modérée?|sévère|sévères|légère?|aiguë?|chronique|gravidique|bilatérale?|prophylactique|préventive?|réactionnel(?:le)?|cervicale?|lombaire|droite?|gauche|du sommeil|anxio-dépressi(?:f|ve)(?: réactionnel(?:le)?)?|thoraciques?|abdominale?s?|dorsale?s?|articulaires?|musculaires?|rénale?s?|cardiaques?|pulmonaires?|atopiques?|allergiques?|virale?s?|bactériennes?|intestinale?s?|respiratoires?|post-opératoires?|à domicile|nocturne',
  nl: 'type [12]|stadium [0-4IV]+|graad [1-4IV]+|L\\d-[LS]\\d|links|rechts|aan beide kanten',
  es: 'tipo [12]|de tipo [12]|grado [1-4IV]+|estadio [0-4IV]+|moderad[oa]|grave|leve|agud[oa]|crónic[oa]|gestacional|ductal|cervical|lumbar|derech[oa]|izquierd[oa]|inestable|coronari[oa]|de grado [1-4IV]+|torácic[oa]s?|abdominal(?:es)?|atópic[oa]|alérgic[oa]|renal(?:es)?|cardíac[oa]|pulmonar(?:es)?|articular(?:es)?|muscular(?:es)?|vírica|viral|bacteriana|intestinal|respiratori[oa]|postoperatori[oa]|domiciliari[oa]|nocturn[oa]',
  sv: 'typ [12]|grad [1-4IV]+|stadium [0-4IV]+',
  it: 'di tipo [12]|tipo [12]|grado [1-4IV]+|stadio [0-4IV]+|moderat[oa]|grave|lieve|acut[oa]|cronic[oa]|gestazionale|ischemic[oa]|emorragic[oa]|reattiva|depressiva|destr[oa]|sinistr[oa]|reumatoide|media acuta|bilaterale|toracic[oa]|addominale|atopica|allergica|renale|cardiac[oa]|polmonare|articolare|muscolare|virale|batterica|intestinale|respiratori[oa]|postoperatori[oa]|domiciliare|notturn[oa]|non invasiv[oa]',
  da: 'type [12]|grad [1-4IV]+|stadie [0-4IV]+',
  no: 'type [12]|grad [1-4IV]+|stadium [0-4IV]+',
  fi: 'tyyppi [12]',
  pl: 'typu [12]|w (?:I|II|III|IV|[1-4]) stadium|(?:I|II|III|IV) stopnia|z przerzutami(?: do \\p{L}+)?|wysokiego ryzyka|mechaniczn[aąe]|przyśrodkowej|boczn[aej]+|grubego|cienkiego|w znieczuleniu(?: ogólnym| miejscowym)?|zagrażając[ey]',
};

/** Severity and course words before a condition. */
const before: Record<Lang, string> = {
  en: 'early|mild|moderate|severe|acute|chronic|serious|bad|terminal|advanced|recurrent|persistent|triple[- ]negative|gestational|risk-reducing|bilateral|emergency|right-sided|left-sided|dry,? cracked|atopic|allergic|viral|bacterial|post-operative|postnatal|postpartum|spontaneous|partial|total|torn',
  de: 'akute[nmrs]?|leichte[nmrs]?|mittelgradige[nmrs]?|schwere[nmrs]?|chronische[nmrs]?|beginnende[nmrs]?|fortgeschrittene[nmrs]?|laparoskopische[nmrs]?|starke[nmrs]?|atopische[nmrs]?|allergische[nmrs]?|bakterielle[nmrs]?|virale[nmrs]?|wiederkehrende[nmrs]?|anhaltende[nmrs]?|\\p{L}{4,}ische[nmrs]?|ambulante[nmrs]?|stationäre[nmrs]?',
  fr: 'double|légère|grave|forte?s?|importante?',
  nl: 'beginnende|ernstige|lichte|milde|chronische|acute|secundair progressieve|primair progressieve|voorste|achterste|zware|atopische|allergische|virale|bacteriële|terugkerende|hevige|\\p{L}{4,}ische|ambulante|klinische',
  es: '',
  sv: 'lätt|måttlig|svår|kroniska?|akut|kraftig|atopiskt?|allergisk|spontan|återkommande|svåra|kraftiga',
  it: 'forte|grave|lieve|fort[ei]',
  da: 'moderat|let|svær|kroniske?|akut|kraftig|stor|atopisk|allergisk|spontan|tilbagevendende|svære|kraftige',
  no: 'moderat|lett|alvorlig|kroniske?|akutt|kraftig|stor|store|atopisk|allergisk|spontan|tilbakevendende|kraftige',
  fi: 'lievä|lievän|vaikea|vaikean|kova[at]?|kovia|krooninen|kroonisen|akuutti|paha|pahan|puhjennut|puhjenneen|atooppinen|atooppisen|allerginen|allergisen|toistuva|toistuvan|pitkäaikainen|pitkäaikaisen|keskivaikea|keskivaikean',
  pl: 'ostr[aey]|ostrego|przewlekł[aey]|ciężk[aiey]|łagodn[aey]|częściowe|całkowite|atopow[aey]|alergiczn[aey]|nawracając[aey]|silny|silne|silnego',
};

/**
 * A grade, stage or degree before the condition ("grade 2 pressure sore", "Grad 2 Dekubitus",
 * "second-degree burns", "toisen asteen palovamma"), tried with the severity words.
 */
const stage = '(?:[1-4]|I{1,3}|IV)[abc]?';
const gradeBefore: Record<Lang, string> = {
  en: `(?:grade|stage|class)[ \\t-]${stage}|(?:1st|2nd|3rd|4th|first|second|third|fourth)[ \\t-]degree`,
  de: `(?:Grad|Stadium|Stufe)[ \\t-]${stage}`,
  fr: `(?:stade|grade)[ \\t]${stage}`,
  nl: `(?:graad|stadium)[ \\t]${stage}|(?:eerste|tweede|derde|vierde)graads`,
  es: `(?:grado|estadio)[ \\t]${stage}`,
  it: `(?:grado|stadio)[ \\t]${stage}`,
  pl: `(?:stopień|stadium)[ \\t]${stage}`,
  sv: `(?:grad|stadium)[ \\t]${stage}|(?:första|andra|tredje|fjärde)[ \\t]+gradens`,
  da: `(?:grad|stadie)[ \\t]${stage}|(?:første|anden|tredje|fjerde)[ \\t-]?grads`,
  no: `(?:grad|stadium)[ \\t]${stage}|(?:første|andre|tredje|fjerde)[ \\t-]?grads`,
  fi: `(?:ensimmäisen|toisen|kolmannen|neljännen|[1-4]\\.)[ \\t]+asteen`,
};

const cache = new Map<Lang, { right: RegExp; left: RegExp }>();

function regexes(lang: Lang): { right: RegExp; left: RegExp } {
  let r = cache.get(lang);
  if (r) return r;
  const s = side[lang] ? `(?:(?:${side[lang]})[ \\t]+)?` : '';
  const sideAfter =
    lang === 'fr'
      ? '(?:[ \\t]+(?:droite?|gauche|droits|gauches|bilatéral(?:e|es)?))?'
      : lang === 'es'
        ? '(?:[ \\t]+(?:derech[oa]|izquierd[oa]))?'
        : lang === 'it'
          ? '(?:[ \\t]+(?:destr[oa]|sinistr[oa]))?'
          : '';
  const part = `(?:${s}(?:${body[lang]})${sideAfter})`;
  const linked = link[lang] ? `(?:${link[lang]}[ \\t]*)?` : '';
  const right = new RegExp(`^(?:[ \\t]+${linked}${part}|[ \\t]+(?:${after[lang]}))(?![\\p{L}\\p{N}])`, 'iu');
  const leftAlts = [
    before[lang],
    gradeBefore[lang],
    lang === 'fi' || lang === 'pl' || lang === 'en' ? `${s}(?:${body[lang]})` : '',
  ]
    .filter(Boolean)
    .join('|');
  const left = new RegExp(`(?<![\\p{L}\\p{N}])(?:${leftAlts || '(?!)'})[ \\t]+$`, 'iu');
  r = { right, left };
  cache.set(lang, r);
  return r;
}

/**
 * Language-independent tails, case-sensitive: a code or short name in brackets ("(F41.1)",
 * "(FH)", not "(Rus)"), a side in brackets ("knee replacement (right)", "Coxarthrose (links)"), a
 * share ("100 %"), and a strength without its unit after a capitalised one-word name, the way
 * brands are written ("Lyrica 75"), unless a currency follows it. A bare number after a lower-case
 * word is mostly a count or an age ("heart attack 35 years ago") and stays outside.
 */
const bracketOrShare =
  /^(?:[ \t]*\((?:[A-Z]\d{2}(?:\.\d{1,2}[A-Z]?)?|[A-Z]{2,6}|right|left|both sides|bilateral|rechts|links|beidseits|droite?|gauche|derech[oa]|izquierd[oa]|destr[oa]|sinistr[oa]|höger|vänster|højre|venstre|høyre|oikea|vasen|praw[aey]|lew[aey])\)|[ \t]+\d{1,3}[ \t]?%)(?![\p{L}\p{N}])/u;
// A price after the name is no strength: "EKG 30 EUR", "Blutbild 25,50 €" on a claim's line.
const strength = new RegExp(
  String.raw`^[ \t]+\d{1,4}(?:[.,]\d{1,2})?(?![.,:/-]?\p{N})(?![\p{L}\p{N}])(?![ \t]*(?:€|\$|£|(?:${currencyCodes.join('|')}|kr|zł|euros?)(?![\p{L}])))`,
  'u',
);

/** Grows a HEALTH span in place over its body part, side, stage and severity words. */
export function growHealth(text: string, span: { start: number; end: number }, lang: Lang): void {
  const { right, left } = regexes(lang);
  for (let i = 0; i < 3; i++) {
    const m = right.exec(text.slice(span.end, span.end + 60));
    if (!m) break;
    span.end += m[0].length;
  }
  const tail = text.slice(span.end, span.end + 24);
  const named = /^\p{Lu}[\p{L}-]*$/u.test(text.slice(span.start, span.end));
  const m = bracketOrShare.exec(tail) ?? (named ? strength.exec(tail) : null);
  if (m) span.end += m[0].length;
  for (let i = 0; i < 2; i++) {
    const m = left.exec(text.slice(Math.max(0, span.start - 40), span.start));
    if (!m) break;
    span.start -= m[0].length;
  }
}

import type { Lang, SpecialType } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The Nynorsk file (curated/no.nynorsk.txt) holds the Nynorsk forms of the Art. 9 vocabulary that
 * the Bokmål files do not reach: sjuk-, hjarte-, braut, datt, kyrkja, Høgre, tillitsvald, opphav.
 * Nynorsk business mail is full of their twins: a nurse (sjukepleiar) and a hospital named alone,
 * a cordial thanks (hjarteleg), the right-hand side (høgre), a burglary or a breach (innbrot,
 * kontraktsbrot), a vote on the budget, water and power laid into a cabin (innlegging), "det kan
 * ikkje gå an", "det ser dårleg ut", money of unknown origin, a sports club's leader. Those
 * sentences must reach no term of the file, and a sentence in Nynorsk of each category must.
 * Only Norwegian is tested: the file widens the no table alone.
 */

const ordinary = {
  no: [
    'Sjukepleiaren på Haukeland sjukehus sende oss fakturaen, og sjukehuset har betalt han.',
    'Hjarteleg takk for svaret! Kontoret ligg i hjartet av byen, på høgre side av torget.',
    'Det kan ikkje gå an å sende ny faktura, og det ser dårleg ut med leveransen.',
    'Det var innbrot i bilen og eit avbrot i straumen; kontraktsbrot er ikkje påvist.',
    'Styret røysta over budsjettet. Valet av leverandør er gjort, og saka står på lista til neste møte.',
    'Det vart innlegging av vatn og straum i hytta, og bestillinga er lagd inn.',
    'Pengane kom frå ein konto av ukjent opphav. Raudt lys blinkar på måleren.',
    'Eg var litt gløymsk og gløymde vedlegget. Klubbleiaren i fotballklubben ringde i går.',
  ],
} as unknown as Record<Lang, string[]>;

const none = { no: [] } as unknown as Record<Lang, string[]>;

const found: Array<[SpecialType, string, string]> = [
  ['HEALTH', 'health', 'Mor mi ligg inne på sjukehuset etter at ho datt på isen og braut handleddet.'],
  ['RELIGION', 'religion', 'Eg er medlem av Den norske kyrkja og går i kyrkja kvar sundag.'],
  [
    'POLITICAL_OPINION',
    'political opinion',
    'Eg har alltid røysta på Høgre og sit i kommunestyret for partiet.',
  ],
  ['TRADE_UNION', 'trade union membership', 'Eg er hovudtillitsvald og verneombod på arbeidsplassen.'],
  [
    'ETHNIC_ORIGIN',
    'ethnic origin',
    'Eg vart behandla annleis fordi eg er svart og har utanlandsk bakgrunn.',
  ],
  ['SEXUAL_ORIENTATION', 'sexual orientation', 'Kona hennar og ho er ein regnbogefamilie med to born.'],
  ['GENETIC', 'genetic data', 'Eg er berar av genet, og vi har fått genetisk rettleiing.'],
  ['BIOMETRIC', 'biometric data', 'Appen skanna andletet mitt for andletsgjenkjenning.'],
];

for (const [i, [type, what, text]] of found.entries())
  describeTopic(
    'nynorsk',
    `${what} said in Nynorsk`,
    i === 0 ? ordinary : none,
    { no: text } as unknown as Record<Lang, string>,
    type,
  );

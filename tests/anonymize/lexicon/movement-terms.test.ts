import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The movement topic files (curated/<lang>.movement.txt) name the musculoskeletal and nervous
 * systems: worn joints, fractures, torn ligaments, the cast and crutches, stroke and paralysis,
 * nerve damage and dizziness. Many of those words have an everyday twin in business mail: the cast
 * of a play, a plaster wall, a stroke of luck, the backbone of a network, a knee-jerk reaction, a
 * broken pipe, a whiplash for the economy ("zweepslag"), coat hangers ("stampelle"), a plaster
 * ceiling ("escayola"), a balance sheet. Ordinary sentences built from those twins must not reach a
 * movement term, and the detector must still find the movement phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The cast of the play comes on stage at eight, and the plaster in the hall needs a second coat.',
    'It was a stroke of luck that the backbone of the network held; our team had a knee-jerk reaction.',
    'The pipe in the basement is fractured and the weight bearing wall must not be touched.',
    'Please keep using the old form. Our balance problems in the accounts are solved.',
    'The walking route is signposted; the tear in the tent was repaired before the trip.',
    'The price keeps falling, the names were blacked out and the joint problems with the supplier are solved.',
  ],
  de: [
    'Der Vertragsbruch ist belegt, und der Gips an der Decke im Flur ist abgeplatzt.',
    'Die Wirbelsäule des Netzes ist das Glasfaserkabel. Das Knie des Rohrs muss ersetzt werden.',
    'Der Drucker ist kaputt, die Lieferung ist ab Montag unterwegs und der Schaden am Dach ist behoben.',
    'Die Absenzen im Team sind gesunken, und der Sturz der Aktie hat niemanden überrascht.',
    'Der Server stürzt häufig ab; die Platte im Schrank und die Schrauben im Regal sind neu.',
  ],
  fr: [
    'La fracture numérique touche les campagnes, et le plâtre du salon est fissuré.',
    "L'usure du matériel est normale. La perte de sensibilité du capteur vient de la pile.",
    'Le canal de distribution est bloqué. Il y a une rupture de stock sur le modèle gauche.',
    'Les troubles de la connexion sont réglés et la coiffe du toit a été changée.',
    'Il y a une fêlure dans la vitre, et les broches du connecteur sont tordues.',
  ],
  nl: [
    'Het plan is een zweepslag voor de economie en de opening van het seizoen is uitgesteld.',
    'De leiding is gebroken bij de koppeling; het gips op de muur moet eraf.',
    'De slijtage van de banden valt onder de garantie. De ruggengraat van het netwerk is glasvezel.',
    'Het evenwicht in de begroting is hersteld en de deur zit op slot.',
    'De verbinding valt regelmatig uit. Het is moeilijk lopen door de sneeuw.',
  ],
  it: [
    'Le stampelle per i vestiti sono nell’armadio e il gesso del soffitto è da rifare.',
    'Ci sono problemi di equilibrio di bilancio. La perdita di sensibilità del sensore è nota.',
    'La frattura politica è profonda e il tendine della tenda è stato sostituito.',
    'Il tutore legale firma il contratto; la lesione del diritto è stata contestata.',
    'C’è un’incrinatura nel muro e il chiodo nel quadro è storto.',
  ],
  es: [
    'El techo de escayola está listo y quitaron la escayola vieja del pasillo.',
    'Hay problemas de equilibrio presupuestario. La pérdida de sensibilidad del sensor es normal.',
    'Las ventas tuvieron una caída y la rodillera del pantalón está rota.',
    'El desgaste del material es normal y el ligamento del contrato no cambia.',
  ],
  sv: [
    'Gipset på väggen är nytt och korsbandet på paketet höll inte.',
    'Vi har balansräkningen klar. Nätets ryggrad är fibern och kabeln är av.',
    'Slitaget på däcken täcks av garantin och dörren är i lås.',
    'Det är svårt att gå med på villkoren, och muskelkraften i motorn räcker.',
  ],
  da: [
    'Gipsen på væggen er ny, og dækkene er slidt efter vinteren.',
    'Netværkets rygrad er fiberkablet, og låsen sidder i klemme.',
    'Aftalen er et brud på kontrakten, og balancen i budgettet er genoprettet.',
  ],
  no: [
    'Gipsen på veggen er ny, og dekkene er slitt etter vinteren.',
    'Han tråkket over streken i møtet. Nettverkets ryggrad er fiberkabelen.',
    'Det var et brudd på avtalen, og balansen i budsjettet er gjenopprettet.',
  ],
  fi: [
    'Renkaat ovat kuluneet ja kipsilevy seinässä on uusi.',
    'Verkon selkäranka on valokuitu, ja putki katkesi pakkasella.',
    'Sopimusrikkomus on selvä, ja talousarvion tasapaino on palautettu.',
  ],
  pl: [
    'Chodzi o kulisy negocjacji, a zdjęcie biura jest w załączniku.',
    'Gips na ścianie jest nowy, a złamanie przepisów grozi karą.',
    'Kable są zużyte, a uszkodzenie rury zgłosiliśmy w poniedziałek.',
  ],
};

const movement: Record<Lang, string> = {
  en: 'My husband put his back out at work and has worn cartilage in both knees, so he cannot drive.',
  de: 'Mein Mann hat einen Knorpelschaden im Knie und seit dem Sturz einen Oberarmbruch.',
  fr: 'Ma mère a les hanches usées et un tassement vertébral, elle ne peut plus conduire.',
  nl: 'Mijn vader heeft versleten kraakbeen en een ingezakte wervel, daarom vraag ik uitstel.',
  it: 'Mia madre ha la cartilagine consumata e uno schiacciamento vertebrale.',
  es: 'Mi padre tiene desgaste del cartílago y una vértebra fracturada.',
  sv: 'Min man har slitet brosk i knät och en kotfraktur sedan i våras.',
  da: 'Min mor har slidt brusk i knæet og fik et bækkenbrud i vinter.',
  no: 'Mannen min har slitt brusk og fikk et bekkenbrudd i vinter.',
  fi: 'Äidilläni on kulunut rusto polvessa ja nikaman painuma.',
  pl: 'Mój mąż ma zużytą chrząstkę w kolanie i zwyrodnienie biodra.',
};

describeTopic('movement', 'health said in the words of joints, bones and nerves', ordinary, movement);

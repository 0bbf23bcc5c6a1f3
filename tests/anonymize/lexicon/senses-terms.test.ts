import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The senses topic files (curated/<lang>.senses.txt) name the health of teeth, eyes, ears, skin and
 * speech: dental treatment, glasses and lenses with their strength, hearing devices, moles removed,
 * stammering and swallowing. Many of their words have a twin in business mail: drinking glasses, the
 * crown as a currency or a court, a bridge or an implant in software, a camera lens, a commemorative
 * plaque, filling in a form, a short-sighted policy, a meter's seal (plombage), a wall bracket
 * (beugel), a lock cylinder, words that mean "to originate from" (stammar, stammer). Ordinary
 * sentences built from those twins must not reach a senses term, and the detector must still find
 * the senses phrases. (Other tables may still mark some of these sentences: that is theirs to fix.)
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'We ordered new glasses for the canteen and a wide-angle lens for the camera.',
    'The invoice is in Danish crowns; the hearing at the Crown Court is on Monday.',
    'Please finish filling in the form; the bridge loan and the software implant are approved.',
    'A commemorative plaque marks the building. Cutting the budget was a short-sighted decision.',
    'The video stutters on the new router and the old policy had a crown and anchor logo.',
  ],
  de: [
    'Wir haben neue Gläser für die Kantine bestellt und das Objektiv der Kamera getauscht.',
    'Die Brücke über den Kanal ist gesperrt und die Krone des Baumes muss geschnitten werden.',
    'Die Entscheidung war kurzsichtig. Der Motor stottert seit der letzten Inspektion.',
    'Bitte füllen Sie das Formular aus; die Füllung des Tanks erfolgt am Montag.',
    'Die Firma schielt auf neue Märkte und zahlt in schwedischen Kronen.',
  ],
  fr: [
    'Nous avons commandé des verres à vin et un objectif pour l’appareil photo.',
    'Le plombage du compteur a été vérifié par le technicien la semaine dernière.',
    'Cette politique est myope. Le pont est fermé et la couronne danoise a baissé.',
    'La pose du parquet est prévue lundi, et la plaque commémorative sera installée.',
  ],
  nl: [
    'De beugel van de schotelantenne is los en de cilinder van het slot moet vervangen worden.',
    'We hebben nieuwe glazen voor de kantine besteld en een lens voor de camera.',
    'De brug is dicht en de kroon van de boom wordt gesnoeid.',
    'Het scharnier gaat knarsen als het niet wordt gesmeerd. De vulling van het kussen is nieuw.',
  ],
  es: [
    'Hemos pedido copas y gafas de sol para la tienda, y una lente nueva para la cámara.',
    'El puente está cerrado y la corona danesa ha bajado frente al euro.',
    'Fue una decisión miope. Puso el dedo en la llaga con su pregunta.',
    'La empresa hizo un empaste de pintura en la pared y el aparato de aire funciona.',
  ],
  it: [
    'Abbiamo ordinato bicchieri e un obiettivo nuovo per la macchina fotografica.',
    'La gradazione alcolica del vino è indicata in etichetta. È una politica miope.',
    'Il ponte è chiuso e la corona svedese ha perso valore.',
    "Le mascherine trasparenti sono in magazzino. L'otturazione dello scarico è risolta.",
  ],
  pl: [
    'Zamówiliśmy nowe szklanki do kuchni i obiektyw do aparatu.',
    'To była krótkowzroczna decyzja zarządu. Most jest zamknięty.',
    'Korona duńska spadła, a plomba na liczniku jest nienaruszona.',
    'Wynik meczu to ósemki na tablicy, a szyna w magazynie jest krzywa.',
    'Silnik krztusi się na zimno i zakrztusił się po tankowaniu.',
  ],
  sv: [
    'Företaget stammar från Göteborg och har sitt huvudkontor i Malmö.',
    'Vi har beställt nya glas till kontoret och ett objektiv till kameran.',
    'Plaströren i källaren byttes i fjol. Beslutet var kortsiktigt.',
    'Kronan har stärkts mot euron och bron är stängd för trafik.',
    'Bilden ser suddigt ut, och finnar och svenskar satte kaffet i halsen.',
  ],
  da: [
    'Virksomheden stammer fra Aarhus, og stammen af kunder er stabil.',
    'Vi skeler til markedet. Der er bygningsfejl i taget efter stormen.',
    'Vi har bestilt nye glas til kantinen og et objektiv til kameraet.',
    'Kronen er steget over for euroen, og broen er lukket.',
    'Billedet ser sløret ud, og han fik det galt i halsen. Udstyret er lydfølsomt.',
  ],
  no: [
    'Selskapet stammer fra Bergen, og vi skjeler til nye markeder.',
    'Vi har bestilt nye glass til kantina og et objektiv til kameraet.',
    'Det var en langsynt beslutning av styret. Kronen har styrket seg.',
    'Han skjærer tenner av raseri over prisøkningen. Brua er stengt.',
    'Firmaet stammet fra Bergen, og styret har et uklart syn på saken.',
  ],
  fi: [
    'Yhtiö karsastaa uusia hankkeita, ja paikka irtosi seinästä.',
    'Tilasimme uudet lasit ruokalaan ja objektiivin kameraan.',
    'Päätös oli kaukonäköinen ja hallitus kiitti sitä. Silta on suljettu.',
    'Kruunun kurssi nousi ja implementointi jatkuu ensi viikolla.',
    'Työmaalla käytetään korvatulppia, ja paikka irtosi kuljetuksessa.',
  ],
};

const senses: Record<Lang, string> = {
  en: 'My temporary crown fell off, and my son needs grommets in both ears and needs new glasses.',
  de: 'Ich brauche eine neue Brille mit Gleitsichtgläsern, und mir ist ein Zahn abgebrochen.',
  fr: 'J’ai perdu un plombage et je dois changer mes lunettes de vue (−4 dioptries).',
  nl: 'Mijn dochter krijgt een vaste beugel en ik heb nieuwe contactlenzen nodig.',
  es: 'Necesito gafas graduadas nuevas y se me ha caído un empaste.',
  it: 'Mi serve un bite notturno e ho bisogno di occhiali da vista nuovi.',
  sv: 'Jag behöver nya glasögon och en bettskena mot tandgnissling.',
  da: 'Jeg skal have nye briller, og jeg har mistet en fyldning.',
  no: 'Jeg trenger nye briller, og jeg har mistet en fylling.',
  fi: 'Tarvitsen uudet silmälasit ja purentakiskon, koska narskuttelen hampaita.',
  pl: 'Potrzebuję nowe okulary korekcyjne, a synowi wypadła plomba z zęba.',
};

describeTopic('senses', 'the health of teeth, eyes, ears, skin and speech', ordinary, senses);

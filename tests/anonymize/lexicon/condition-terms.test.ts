import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The conditions topic files (curated/<lang>.conditions.txt) name illnesses and diagnoses body
 * system by body system. Many names have an everyday twin in business mail: a crown that is a
 * currency, a bridge over a river, an economic depression, a computer virus, a waterfall, a river
 * (Polish "Odra"), a rose (Danish and Norwegian "rosen"), complaints (Danish "brok"), a lamb
 * (Norwegian "lam"), a shower of rain (Finnish "kuuro"), a transition (Dutch "overgang"), wine
 * labels and service levels written in capitals (DOC, SLA). Ordinary sentences built from those
 * twins must not reach a conditions term, and the detector must still find the condition names.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The stroke of midnight ended the auction, and the economic depression hit the crown jewels.',
    'The bridge loan closes on Friday; the cataract falls are closed for the season.',
    'A computer virus infected the server, and the cold weather delayed the delivery.',
    'Piles of paperwork are on my desk, and the pots and pans arrive with the bell at the door.',
    'The wheelchair ramp at the entrance is finished and the coronavirus rules no longer apply.',
  ],
  de: [
    'Der Vertragsbruch ist teuer, und die Krone des Baumes ist abgebrochen.',
    'Die Brücke über den Fluss ist gesperrt; das Virus auf dem Rechner ist entfernt.',
    'Die Tauben sitzen auf dem Dach, und die Lese-Ecke im Büro ist fertig.',
    'Der Fehler im Herz der Software ist behoben, und das Risiko der Investition ist gering.',
    'Die Corona-Regeln gelten nicht mehr; der Grad der Zufriedenheit ist hoch.',
  ],
  fr: [
    'La couronne danoise a baissé et le pont est fermé pour travaux.',
    'Une dépression atmosphérique arrive; la cataracte du Nil attire les touristes.',
    "Un virus informatique a touché le serveur, et c'est la goutte d'eau qui fait déborder le vase.",
    'La stérilité du matériel est contrôlée, et le goutte-à-goutte du jardin est installé.',
    'Le taux de change est défavorable et le carnet de commandes est plein.',
  ],
  nl: [
    'De overgang naar het nieuwe systeem is klaar en de verzakking van de fundering is hersteld.',
    'Dat is de kroon op het werk; de brug over de rivier gaat dicht.',
    'Het braadspit draait en er zitten gaatjes in het hek.',
    'Een computervirus legde de server plat tijdens de koude dagen.',
  ],
  it: [
    "L'influenza del mercato è forte e la neve candida copre il ponte.",
    'Il vino DOC è arrivato al supermercato SMA insieme alla corona danese.',
    'Un virus informatico ha bloccato il server; la depressione economica continua.',
    'Il capo SM ha firmato il contratto di fornitura.',
  ],
  es: [
    'La presión alta de los neumáticos y la corona sueca subieron esta semana.',
    'El puente está cerrado; un virus informático bloqueó el servidor.',
    'El procedimiento SOP y el plan EM fueron aprobados por el consejo.',
    'Las cataratas del Niágara y la depresión económica salen en el informe.',
  ],
  pl: [
    'Statek płynie po Odrze, a lekcja chemii zaczyna się o ósmej.',
    'Kupiłam różę i świnkę morską dla córki.',
    'Umowa SLA i korona czeska są w załączniku.',
    'Wirus komputerowy zablokował serwer, a most jest zamknięty.',
  ],
  sv: [
    'Tiden är ur led, och utvecklingen av systemet blev försenad.',
    'Kronan har stärkts och bron är stängd.',
    'Det blev bråk på mötet om ett datavirus.',
  ],
  da: [
    'Vi har modtaget brok over fakturaen, og rosen i haven blomstrer.',
    'Koden er invalid, og med skelen til budgettet venter vi.',
    'Kronen er steget, og udviklingen af appen er forsinket.',
  ],
  no: [
    'Slaget ved Stiklestad og lam på menyen står i programmet.',
    'Vi hørte brokker av samtalen, og rosen i hagen blomstrer.',
    'Kronen har styrket seg og broen er stengt.',
  ],
  fi: [
    'Sadekuuro kasteli sillan, ja kruunun kurssi nousi.',
    'Tietokonevirus pysäytti palvelimen, ja järjestelmässä on sokea piste.',
    'Laskimme kulut ja avasimme uuden tilin.',
  ],
};

const found: Record<Lang, string> = {
  en: "My son has dyspraxia and was recently diagnosed with Raynaud's.",
  de: 'Meine Tochter hat eine Lese-Rechtschreib-Schwäche und Kopfläuse.',
  fr: 'Mon fils a une dyspraxie et des aphtes depuis lundi.',
  nl: 'Mijn dochter heeft een ontwikkelingsachterstand en hoofdluis.',
  it: 'Mio figlio è dislessico e ha una congiuntivite.',
  es: 'Mi hijo es disléxico y tiene piojos.',
  pl: 'Moja córka ma dysgrafię i wszawicę.',
  sv: 'Min dotter har dyskalkyli och huvudlöss.',
  da: 'Min søn har dyskalkuli og hovedlus.',
  no: 'Sønnen min har dyskalkuli og hodelus.',
  fi: 'Pojallani on todettu dysleksia ja päätäitä.',
};

describeTopic('conditions', 'condition names', ordinary, found, 'HEALTH');

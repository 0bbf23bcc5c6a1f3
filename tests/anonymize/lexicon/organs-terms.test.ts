import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The organs topic files (curated/<lang>.organs.txt) name the internal organs' long illnesses:
 * heart valves and rhythm, clots, lungs, bowel, liver, kidneys and bladder, sugar levels, thyroid,
 * blood and cancer by organ. Their words have everyday twins in business mail: the heart of a
 * matter, a boiler's valve, a router's port, delivery problems ("leveransproblem" beside
 * "leverproblem"), a weak currency, a low sugar content, a stone in the garden. Ordinary sentences
 * built from those twins must not reach an organs term, and the detector must still find the
 * organs phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The heart of the matter is the late payment; the blocked account was released on Monday.',
    'Our engineer replaced the valve, checked the water pressure and fixed the leaking tap.',
    'Please send the port number; the spread on the loan is 2 % and the pound is weak.',
    'The survivor pension, the low count of returned forms and the ward boundaries are in the leaflet.',
    'The pipes are narrowed by scale and the kidney bean order arrives on Friday.',
  ],
  de: [
    'Das Herzstück des Vertrags ist die Klausel; das Ventil der Heizung wurde getauscht.',
    'Der Port des Routers ist offen, und die Blase an der Wand kommt von der Feuchtigkeit.',
    'Der Zucker im Kaffee, der Stein im Garten und die Chemie im Team sind kein Thema.',
    'Die Leitung ist verstopft, der Pass ist abgelaufen und der Wechsel des Zählers ist geplant.',
  ],
  fr: [
    'Le cœur du dossier est le retard ; la valve de la chaudière a été remplacée.',
    'Le calcul de la prime est joint et la chambre d’hôtel est réservée.',
    'Le traitement du dossier est en cours et la machine à café est en panne.',
    'Les problèmes de livraison sont réglés et le masque de saisie a changé.',
  ],
  nl: [
    'Het hart van de zaak is de betaling; de klep van de ketel is vervangen.',
    'Er zit een prop papier in de printer en de leverancier heeft schade gemeld.',
    'De suikers in het recept zijn verlaagd en de blaasbalg is kapot.',
    'Het centrum van de stad is afgesloten wegens werkzaamheden aan de leidingen.',
  ],
  it: [
    'Il cuore del problema è il ritardo; la valvola della caldaia è stata sostituita.',
    'Il ferro e l’acciaio sono aumentati e il sensore della caldaia è guasto.',
    'I problemi di consegna sono risolti e il centro commerciale è chiuso.',
    'La pressione delle gomme è bassa e il tasso di cambio è alto.',
  ],
  es: [
    'El corazón del asunto es el retraso; cambiamos la válvula de la caldera.',
    'El nivel de agua del depósito es bajo y la piedra del jardín sigue allí.',
    'Los problemas de entrega están resueltos y el tratamiento de su reclamación sigue.',
    'La presión de los neumáticos es alta y el centro comercial está cerrado.',
  ],
  pl: [
    'Sercem umowy jest klauzula; zawór w kotle został wymieniony.',
    'Mamy problem z fakturą i problemy z dostawą do klienta.',
    'Kamień w ogrodzie jest duży, a poziom wody w studni spadł.',
    'Port w routerze jest otwarty, a chemia w zespole jest dobra.',
  ],
  sv: [
    'Hjärtat i avtalet är betalningen; ventilen i pannan byttes i går.',
    'Leveransproblemen med kylskåpet är lösta och leverantören har skickat en ny dörr.',
    'Vi har en svag krona, en låg ränta och lågt sockerinnehåll i drycken.',
  ],
  da: [
    'Hjertet i aftalen er betalingen; ventilen i fyret blev skiftet i går.',
    'Leveringsproblemerne med køleskabet er løst, og leverandøren har sendt en ny dør.',
    'Vi har en svag krone, en lav rente og lavt sukkerindhold i drikken.',
  ],
  no: [
    'Hjertet i avtalen er betalingen; ventilen i fyren ble byttet i går.',
    'Leveringsproblemene med kjøleskapet er løst, og leverandøren har sendt en ny dør.',
    'Vi har en svak krone, en lav rente og lavt sukkerinnhold i drikken.',
  ],
  fi: [
    'Sopimuksen ydin on maksu; kattilan venttiili vaihdettiin eilen.',
    'Toimitusongelmat on ratkaistu ja toimittaja lähetti uuden oven.',
    'Kruunu on heikko, korko on matala ja juoman sokeripitoisuus on pieni.',
  ],
};

const found: Record<Lang, string> = {
  en: 'My husband has a leaking heart valve and his ejection fraction is down to 35%.',
  de: 'Mein Vater ist Marcumarpatient und hat eine undichte Herzklappe.',
  fr: 'Mon père est insuffisant cardiaque et il est appareillé pour l’apnée depuis mars.',
  nl: 'Mijn moeder heeft een lekkende hartklep en een bloedpropje in haar been.',
  it: 'Mio padre è portatore di pacemaker e ha problemi ai reni.',
  es: 'Mi padre tiene problemas de riñón y un coágulo en la pierna.',
  pl: 'Mój mąż ma problemy z nerkami i niedomykalność zastawki.',
  sv: 'Min man har en läckande hjärtklaff och dåliga njurvärden.',
  da: 'Min mor har en utæt hjerteklap og dårlige nyretal.',
  no: 'Faren min har lekk hjerteklaff og nedsatt lungefunksjon.',
  fi: 'Isälläni on vuotava sydänläppä ja huonot munuaisarvot.',
};

describeTopic('organs', 'organ illnesses', ordinary, found);

import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The faith topic files (curated/<lang>.faith.txt) name religion and ethnic origin in the words of
 * denominations, church membership, rites, holidays, pilgrimages and origin phrases. Many of those
 * words have an everyday twin in business mail: money lent, a cross-check, a creditor ("Gläubiger"),
 * the origin of funds, a buckled wheel ("roue voilée"), a rate per thousand, breakfast ("śniadanie"),
 * a tipper truck ("kippaamaan"), black and dark products. Ordinary sentences built from those twins
 * must not reach a faith term, and the detector must still find the faith phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'We lent the tenant a spare key, and the camera was lent to the Leeds branch last week.',
    'Please cross-check the invoice; a crossed cheque and a black envelope arrived in the post.',
    'The data extraction took two days and the tooth extraction was billed to the dental plan.',
    'The missing background check and the mixed results of the audit are on the agenda.',
    'Our star of the show, the new dark-blue model, ships from the Pilgrim Street warehouse.',
  ],
  de: [
    'Der Gläubiger hat seine Forderung angemeldet; die Gläubigerversammlung ist am Montag.',
    'Die Herkunft der Gelder ist unklar, die Ware ist regionaler Herkunft und taufrisch.',
    'Bitte kreuzen Sie das Feld an; das Kreuz auf dem Formular fehlt noch.',
    'Die Datei wurde konvertiert und die Kommunikation mit dem Vermieter läuft über den Anwalt.',
    'Herr Ramazan Yilmaz und Frau Bayram wohnen im Jakobsweg 12 und zahlen per Lastschrift.',
  ],
  fr: [
    'La roue arrière est voilée et le carnet à souche a été perdu au guichet.',
    'Le beurre et la farine sont livrés; le tableau de Renoir est assuré.',
    'Votre cure thermale est prise en charge, et le fauteuil en basane est abîmé.',
    'Le taux de change a été converti en euros et le croisement des données est fait.',
  ],
  nl: [
    'Ik geloof dat de factuur klopt, en de koster van de verzekering belt u terug.',
    'De achtergrond van het dossier is onduidelijk en de technische achtergrond ontbreekt.',
    'Zet een kruisje in het vakje en stuur het formulier terug.',
    'De donkere kamer en de zwarte auto staan in de garage; de pastorie is verhuurd.',
  ],
  it: [
    "L'aliquota IMU è dell'8 per mille e il tasso per mille è invariato.",
    'La giacca di pelle nera e la borsa in pelle scura sono state spedite.',
    'Il credito è stato ceduto e la seconda generazione del prodotto arriva a marzo.',
    'La croce rossa sul modulo indica un errore; la madrina della nave ha tagliato il nastro.',
  ],
  es: [
    'Le escribí a Lourdes y a Fátima para confirmar la cita del lunes.',
    'El bolso de piel oscura y el coche negro están en el taller.',
    'La empresa tiene raíces profundas en el sector y la comunión de bienes está en el contrato.',
    'Marque la casilla correspondiente; la cura de la herida la paga la mutua.',
  ],
  pl: [
    'Śniadanie jest wliczone w cenę, a taca z kawą stoi na stole.',
    'Proszę przesłać post na stronie firmy; zbiór danych jest kompletny.',
    'Firma o głębokich korzeniach ma nowy czarny samochód służbowy.',
    'Zboże zostało dostarczone, a medal za jakość odebrał prezes.',
  ],
  sv: [
    'Fastän fakturan är betald har påminnelsen kommit igen.',
    'Lappen med koden ligger i kuvertet och den svarta bilen står i garaget.',
    'Ni kan kryssa i rutan; korset i formuläret saknas fortfarande.',
  ],
  da: [
    'Den sorte bil og det mørke skab er leveret til lageret.',
    'Sæt kryds i feltet, og send formularen tilbage til os.',
    'Rødderne på træet har skadet kloakken, og forsikringen dækker det.',
  ],
  no: [
    'Eid kommune har sendt faktura for kommunale avgifter.',
    'Røttene fra treet har skadet avløpsrøret, og forsikringen dekker det.',
    'Den svarte bilen og det mørke skapet er levert til lageret.',
  ],
  fi: [
    'Kuorma-auto oli kippaamassa soraa, kun lava hajosi.',
    'Koulutustaustainen selvitys ja kustannustausta ovat liitteenä.',
    'Musta auto ja tumma kaappi toimitettiin varastoon.',
    'Kastelin kukat ja kastike kastettiin leipään.',
  ],
};

const faith: Record<Lang, string> = {
  en: 'My son is an altar server and we are walking the Camino during Lent; he is of Nigerian parentage.',
  de: 'Ich habe die Kirchensteuer auf meiner Lohnabrechnung, bin Taufpatin und war auf Pilgerfahrt.',
  fr: 'Mon fils est enfant de chœur et nous partons en pèlerinage pendant le carême.',
  nl: 'Wij betalen aan de actie Kerkbalans en mijn dochter is misdienaar.',
  it: "Ho firmato l'8x1000 e mio figlio fa il chierichetto all'oratorio parrocchiale.",
  es: 'Mi hijo es monaguillo y soy cofrade de una hermandad de Sevilla.',
  pl: 'Syn jest ministrantem, a w wielki post jedziemy na pielgrzymkę.',
  sv: 'Jag är medlem i ett trossamfund och var på pilgrimsvandring i våras.',
  da: 'Jeg har løst sognebånd og er gudforælder til min nevø.',
  no: 'Jeg er kirkemedlem og var på pilegrimsvandring i sommer.',
  fi: 'Olen seurakunnan jäsen ja minut kastettiin lapsena.',
};

const origin: Record<Lang, string> = {
  en: 'He is of Nigerian parentage and the guard called him dark-skinned.',
  de: 'Der Mitarbeiter nannte mich einen Südländer, dabei bin ich polnischer Herkunft.',
  fr: "Le vigile m'a contrôlé au faciès parce que je suis noir.",
  nl: 'De medewerker noemde mij een getinte man; ik ben een vrouw met Marokkaanse roots.',
  it: 'Mi hanno trattato male per la mia carnagione scura.',
  es: 'El guardia me paró por ser negro y me llamó panchito.',
  pl: 'Ochroniarz zaczepił mnie, bo jestem czarnoskóry.',
  sv: 'Jag blev bemött som en rasifierad kund med invandrarföräldrar.',
  da: 'Jeg blev behandlet anderledes, fordi jeg er sort og har ikke-vestlig baggrund.',
  no: 'Jeg ble behandlet annerledes fordi jeg er svart og har utenlandsk bakgrunn.',
  fi: 'Minua kohdeltiin huonosti, koska olen musta; olen somalialaistaustainen.',
};

const none = Object.fromEntries(Object.keys(ordinary).map((lang) => [lang, []])) as unknown as Record<
  Lang,
  string[]
>;

describeTopic('faith', 'religion said in the words of faith practice', ordinary, faith, 'RELIGION');
describeTopic('faith', 'ethnic origin said in the words of descent and looks', none, origin, 'ETHNIC_ORIGIN');

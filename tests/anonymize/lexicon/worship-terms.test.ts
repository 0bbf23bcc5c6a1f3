import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The worship topic files (curated/<lang>.worship.txt) name religion as customers mention it in
 * passing: prayer and fasting, rites of their children, leaving the church, lay roles, belief. Many
 * of those words have an everyday twin in business mail: a mass market, a legal confession, good
 * faith, a company mission, team spirit, a converted file, a creditor ("Gläubiger"), Sacramento,
 * a project "named" ("baptisé", "gedoopt"), a church as a street name or a holiday as a date.
 * Ordinary sentences built from those twins must not reach a worship term, and the detector must
 * still find religion in the sentence written with them.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'We target the mass market, and the confession of the defendant was read out in court.',
    'We acted in good faith; our mission is fair pricing and the team spirit is great.',
    'Please convert the file to PDF. Our Sacramento office is on Church Street.',
    'The seminar is closed on Good Friday. The style bible is attached. Mo Salah scored twice.',
  ],
  de: [
    'Die Gläubiger haben der Stundung zugestimmt; ein Gläubiger hat Widerspruch eingelegt.',
    'Die Datei wurde konvertiert. Das Büro am Kirchplatz ist am Karfreitag geschlossen.',
    'Der Vorstand tagt in der Gemeinde, und die Sonntagsruhe gilt für den Einzelhandel.',
    'In der Kantine gibt es Salat, und die Ordination des Hausarztes ist am Montag geschlossen.',
  ],
  fr: [
    'Le projet baptisé Horizon démarre lundi, et les aveux du prévenu figurent au dossier.',
    'Nous agissons de bonne foi; notre mission est la qualité et l’esprit d’équipe est bon.',
    'Le fichier a été converti en PDF. Nos bureaux rue de l’Église sont fermés le lundi de Pâques.',
    'Le verger derrière la maison est assuré, et la salade de la cantine était froide.',
  ],
  nl: [
    'Het project is gedoopt tot Horizon en de bekentenis van de verdachte staat in het dossier.',
    'Wij handelen te goeder trouw; het bestand is omgezet naar PDF en de teamgeest is goed.',
    'Ons kantoor aan het Kerkplein is op Goede Vrijdag gesloten. De zondagsrust geldt voor winkels.',
  ],
  it: [
    'Il file è stato convertito in PDF e la confessione dell’imputato è agli atti.',
    'Agiamo in buona fede; la nostra missione è la qualità e lo spirito di squadra è ottimo.',
    'Il nostro ufficio in piazza della Chiesa è chiuso a Pasqua. La fede nuziale è in oro.',
  ],
  es: [
    'El archivo se ha convertido a PDF y la confesión del acusado consta en autos.',
    'Actuamos de buena fe; nuestra misión es la calidad y el espíritu de equipo es bueno.',
    'La oficina de la calle de la Iglesia cierra el Viernes Santo. El contrato reza que pagará usted.',
  ],
  pl: [
    'Plik został przekonwertowany do PDF, a przyznanie się oskarżonego jest w aktach.',
    'Działamy w dobrej wierze; naszą misją jest jakość, a duch zespołu jest świetny.',
    'Biuro przy ulicy Kościelnej jest zamknięte w Wielki Piątek. Post na blogu jest gotowy.',
  ],
  sv: [
    'Projektet döptes till Horisont och filen konverterades till PDF.',
    'Vi agerar i god tro; vårt uppdrag är kvalitet och laganda är viktig.',
    'Kontoret på Kyrkogatan är stängt på långfredagen. Begravningsavgiften står på skattsedeln.',
  ],
  da: [
    'Projektet blev døbt Horisont, og filen blev konverteret til PDF.',
    'Vi handler i god tro; vores mission er kvalitet og holdånden er god.',
    'Kontoret på Kirkepladsen er lukket langfredag. Navngivning af filer følger standarden, og skrifterne ligger i arkivet.',
  ],
  no: [
    'Prosjektet ble døpt Horisont, og filen ble konvertert til PDF.',
    'Jeg er fadder for et barn i SOS-barnebyer og spiste salat til lunsj.',
    'Vi handler i god tro; vårt oppdrag er kvalitet og lagånden er god.',
    'Kontoret i Kirkegata er stengt langfredag. Skriftene ligger i arkivet, og skriftet er lite.',
  ],
  fi: [
    'Tiedosto muunnettiin PDF-muotoon ja toimisto on suljettu pitkäperjantaina.',
    'Toimimme hyvässä uskossa; tehtävämme on laatu ja yhteishenki on hyvä.',
    'Toimistomme on Kirkkokadulla. Messuilla oli paljon kävijöitä ja kummiyritys auttoi.',
  ],
};

const worship: Record<Lang, string> = {
  en: 'I am a churchwarden and will be away, as my daughter’s confirmation mass is that Saturday.',
  de: 'Unser Sohn feiert im Mai Konfirmationsfeier, und ich singe im Kirchenchor.',
  fr: 'Mon fils est enfant de chœur et nous préparons son mariage religieux en juin.',
  nl: 'Mijn vader is ouderling en zit in de kerkenraad, de doopdienst is zondag.',
  it: 'Mio figlio è cresimando e il matrimonio in chiesa è fissato per giugno.',
  es: 'Mi hijo es monaguillo y la boda por la iglesia es en junio.',
  pl: 'Syn jest ministrantem, a bierzmowanie ma w maju; potrzebuję metryki chrztu.',
  sv: 'Jag är kyrkvärd och vår dotter har konfirmationsläger; bröllopet blir en vigsel i kyrkan.',
  da: 'Jeg sidder i menighedsrådet, og vores søn skal konfirmeres, så dåbsattesten mangler.',
  no: 'Jeg sitter i menighetsrådet og er kirkeverge, og dåpen er på søndag.',
  fi: 'Poikani on rippikoulussa ja minä laulan kirkkokuorossa.',
};

describeTopic('worship', 'religion said in the words of practice and rites', ordinary, worship, 'RELIGION');

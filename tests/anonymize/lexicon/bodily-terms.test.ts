import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The bodily topic files (curated/<lang>.bodily.txt) name injuries, casts, weight, smoking and
 * drinking, confusion, exhaustion, bladder trouble, sight and hearing, birth, sleep and falls in
 * everyday words. Many of those words have a business twin: the weight of a parcel, the cast of a
 * play, votes cast, autumn ("fall"), prices that fell or collapsed, a customer confused by a
 * letter ("je suis confuse", "jestem zdezorientowany"), a system that crashed ("kaatui",
 * "zusammengebrochen"), loyalty points ("punti", "puntos"), an item sold out ("helt slut"),
 * a line that dropped ("è caduta la linea"). Ordinary sentences built from those twins must not
 * reach a bodily term, and the detector must still find the bodily phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'I am very confused by your letter, and the weight of the parcel on the label was 4 kg.',
    'The cast of the play was announced in the fall, and the votes cast on Monday were counted.',
    'Our recovery plan for the debt is in place; the smoking area is behind the building.',
    'Prices fell in the autumn, the market collapsed and the cut in prices applies to the range.',
    'The sling bag you sold me broke and the printer passed the test after we hit the reset button.',
  ],
  de: [
    'Ich bin verwirrt über Ihr Schreiben; das Paket wiegt 4 kg und der Karton ist zu schwer.',
    'Der Gips an der Wand im Flur hat Risse, und die Aktie ist im Herbst gestürzt.',
    'Die Nachfrage hat stark abgenommen und das System ist zusammengebrochen.',
    'Der Rechtsweg ist erschöpft, die Fahnen wehen und die Leitung lag auf dem Boden des Schachts.',
    'Der Keller ist seit zwei Jahren trocken, und der Vertrag wurde genäht wie gewünscht.',
  ],
  fr: [
    'Je suis très confuse pour ce retard, et le colis pèse 4 kg.',
    "Le chiffre d'affaires a chuté et le marché s'est effondré en automne.",
    'Les contractions du marché ont donné naissance à un nouveau projet.',
    'La décision a pris du poids, le projet est mort-né et le plâtre du mur est fissuré.',
    "C'est du délire, ce tarif ; la production est en travail continu depuis lundi.",
    "Le calcul de l'IMC sur notre site est gratuit, comme le body mass index en anglais.",
  ],
  nl: [
    'De keuze is gevallen en de stroom bij haar viel uit.',
    'De opbrengst is erg mager en de planning is helemaal in de war.',
    'Het pakket weegt 4 kilo en haar verloren koffer is teruggevonden.',
    'De markt is ingestort en het contract is gisteren gehecht aan de offerte.',
  ],
  it: [
    'Il pacco pesa 5 chili e la linea è caduta due volte.',
    'Il governo è caduto in autunno e le hanno dato 500 punti fedeltà.',
    'È un delirio questo traffico; il partito è in travaglio e da quell’orecchio non ci sente.',
    'Ho distrutto il vecchio telefono e sono un po’ confuso dalla fattura.',
  ],
  es: [
    'El paquete pesa solo 5 kilos y la bolsa se desplomó en otoño.',
    'Le dieron puntos de fidelidad y las ventas sufrieron una caída.',
    'Estoy muy confundido con su factura; no ve nada malo en ello.',
    'La bolsa rota llegó ayer, olvida todo lo anterior y las contracciones del mercado siguen.',
  ],
  pl: [
    'Paczka waży tylko 2 kg, a samochód przewrócił się na bok.',
    'Jestem bardzo zdezorientowany tym pismem, a kable są splątane.',
    'Brak sił politycznych i środków; nowy termin majaczy na horyzoncie.',
    'Paczka leżała na podłodze w magazynie, a klient pije codziennie kawę.',
  ],
  sv: [
    'Varan är helt slut och paketet väger bara 2 kg.',
    'Vattnet gick inte att stänga av och frågan kom inte upp på mötet.',
    'Avloppet var förstoppat och boken låg på golvet.',
  ],
  da: [
    'Pengene som ryger ud af kontoen, og en overvægt af kvinder i bestyrelsen.',
    'Priserne faldt i efteråret, og vandet gik i stykker i kælderen.',
    'Pakken blev fundet på gulvet, og vi kunne ikke komme op på siden.',
  ],
  no: [
    'Jeg kjente meg ikke igjen i beskrivelsen, og vi kjente oss ikke igjen i tallene.',
    'Prisene falt i høst, vannet gikk av i hele bygget og saken kom seg ikke opp i retten.',
  ],
  fi: [
    'Järjestelmä ei tunnistanut minua ja tilanne on todella sekava.',
    'Maali on kuivunut ja kauppa synnytti uusia työpaikkoja.',
    'Avain löytyi lattialta ja kaapeli on poikki.',
  ],
};

const bodily: Record<Lang, string> = {
  en: 'My mother fell on the ice, has a cast on her wrist and has lost 6 kg since March.',
  de: 'Mein Vater hat sich auf dem Nachhauseweg verlaufen und hat 8 kg abgenommen.',
  fr: 'Ma mère a glissé sur le verglas et porte le bras en écharpe.',
  nl: 'Mijn moeder heeft een verband om haar hoofd en is 5 kilo afgevallen.',
  it: 'Mio padre ha il braccio al collo e fuma 20 sigarette al giorno.',
  es: 'Mi madre resbaló en el hielo, lleva el brazo en cabestrillo y ha perdido 6 kilos.',
  pl: 'Mama poślizgnęła się na lodzie i ma rękę na temblaku.',
  sv: 'Mamma halkade på isen och har armen i mitella.',
  da: 'Min far har armen i slynge og har tabt 6 kilo.',
  no: 'Mor skled på isen og har armen i fatle.',
  fi: 'Äiti liukastui jäällä ja hänellä on käsi kantositeessä.',
};

describeTopic('bodily', 'injuries and body states in everyday words', ordinary, bodily);

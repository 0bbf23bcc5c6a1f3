import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The workplace topic files (curated/<lang>.workplace.txt) name trade union membership and a
 * person's own biometric data. Their words have everyday twins in business mail: the European
 * Union and a credit union, a member of staff, dues on an invoice, a strike-through or a lightning
 * strike, a sales representative, a printout, a document scan, facing a problem, voice mail, Iris
 * as a name and a signature on a contract. Ordinary sentences built from those twins must not
 * reach a workplace term, and the detector must still find the phrases written with them.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The credit union fees and the European Union contributions are listed on the invoice.',
    'The customs union duties apply to the shipment, and the project is funded by the European Union.',
    'A member of staff will call you; the dues on invoice 4411 are overdue.',
    'Please ignore the strike-through text. The lightning strike damaged the meter.',
    'Our sales representative sent a printout and a scan of the signed contract.',
    'We face a problem with voice mail. Iris from accounts will check the signature on the contract.',
  ],
  de: [
    'Die Europäische Union fördert das Projekt; der Vertreter im Außendienst meldet sich.',
    'Bitte prüfen Sie den Scan des Vertrags und die Unterschrift auf Seite 2.',
    'Der Streik der Lokführer hat die Lieferung verzögert; wir bitten um Verständnis.',
    'Ihr Mitgliedsbeitrag und der Druck der Broschüre sind bezahlt. Iris aus der Buchhaltung ruft an.',
    'Die Sprachnachricht ist angekommen, das Gesicht der Marke ist neu gestaltet.',
  ],
  fr: [
    "L'Union européenne finance le projet et notre représentant commercial vous contactera.",
    'Les grévistes de la SNCF ont retardé la livraison ; la cotisation annuelle est due.',
    'Veuillez trouver le scan du contrat et la signature du bailleur en pièce jointe.',
    'Nous devons faire face à un problème de messagerie vocale. Iris de la comptabilité vous rappellera.',
    "L'impression du document est floue et l'image de la facture est illisible.",
  ],
  nl: [
    'De Europese Unie subsidieert het project; onze vertegenwoordiger neemt contact op.',
    'Door de staking bij de post is de levering vertraagd. De contributie is betaald.',
    'Bijgaand de scan van het contract en de handtekening van de verhuurder.',
    'Iris van de boekhouding belt u terug over de voicemail en de afdruk van de factuur.',
  ],
  it: [
    "L'Unione europea finanzia il progetto e il nostro rappresentante commerciale la contatterà.",
    'Lo sciopero dei trasporti ha ritardato la consegna; la quota annuale è dovuta.',
    'In allegato la scansione del contratto e la firma del locatore.',
    'Iris della contabilità la richiamerà per la segreteria vocale e la stampa della fattura.',
  ],
  es: [
    'La Unión Europea financia el proyecto y nuestro representante comercial le llamará.',
    'La huelga de transportes retrasó la entrega; la cuota anual está pendiente.',
    'Adjunto el escaneo del contrato y la firma del arrendador.',
    'Iris de contabilidad le llamará por el buzón de voz y la impresión de la factura.',
  ],
  pl: [
    'Unia Europejska finansuje projekt, a nasz przedstawiciel handlowy zadzwoni do Pana.',
    'Strajk przewoźników opóźnił dostawę; składka roczna jest zaległa.',
    'W załączniku skan umowy i podpis wynajmującego.',
    'Iris z księgowości oddzwoni w sprawie poczty głosowej i wydruku faktury.',
  ],
  sv: [
    'Europeiska unionen finansierar projektet och vår säljare kontaktar dig.',
    'Strejken i hamnen försenade leveransen; medlemsavgiften till föreningen är betald.',
    'Bifogat finns en skanning av avtalet och hyresvärdens underskrift.',
    'Iris på ekonomi ringer upp om röstbrevlådan och utskriften av fakturan.',
  ],
  da: [
    'Den Europæiske Union finansierer projektet, og vores sælger kontakter dig.',
    'Strejken på havnen forsinkede leverancen; kontingentet til foreningen er betalt.',
    'Vedhæftet er en scanning af kontrakten og udlejers underskrift.',
    'Iris fra bogholderiet ringer om telefonsvareren og udskriften af fakturaen.',
  ],
  no: [
    'Den europeiske union finansierer prosjektet, og vår selger kontakter deg.',
    'Streiken på havna forsinket leveransen; kontingenten til foreningen er betalt.',
    'Vedlagt er en skanning av kontrakten og utleiers signatur.',
    'Iris på regnskap ringer om telefonsvareren og utskriften av fakturaen.',
  ],
  fi: [
    'Euroopan unioni rahoittaa hanketta, ja myyntiedustajamme ottaa yhteyttä.',
    'Satamalakko viivästytti toimitusta; yhdistyksen jäsenmaksu on maksettu.',
    'Liitteenä sopimuksen skannaus ja vuokranantajan allekirjoitus.',
    'Iiris kirjanpidosta soittaa vastaajaviestistä ja laskun tulosteesta.',
  ],
};

const found: Record<Lang, string> = {
  en: 'The union legal team handles my claim, and at the gate my face was scanned and stored.',
  de: 'Ich bin aus Verdi ausgetreten, und beim Einlass wurde mein Gesicht gescannt.',
  fr: "J'ai fait la grève le 12 mars et l'application a scanné mon visage.",
  nl: 'Ik ben aangesloten bij de FNV en bij de ingang werd mijn gezicht gescand.',
  it: 'Sono tesserato CISL e la banca conserva la scansione del mio volto.',
  es: 'Estoy afiliado a la UGT y el banco guarda el escaneo de mi rostro.',
  pl: 'W marcu wystąpiłem ze związku, a bank przechowuje skan mojej twarzy.',
  sv: 'Jag är arbetsplatsombud på lagret och appen skannade mitt ansikte.',
  da: 'Jeg har meldt ud af 3F, og appen har scannet mit ansigt.',
  no: 'Vi gikk ut i streik i mai, og appen skannet ansiktet mitt.',
  fi: 'Erosin liitosta maaliskuussa, ja sisäänkäynnillä kasvoni skannattiin.',
};

describeTopic('workplace', 'union membership and biometric data', ordinary, found, 'any');

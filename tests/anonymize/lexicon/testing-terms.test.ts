import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The testing topic files (curated/<lang>.testing.txt) name genetic test results and biometric
 * identification said in passing: a positive BRCA test, the same variant as a relative, a gene
 * passed on, a face compared with the passport photo, a bank recognising a caller by voice. Their
 * words have business twins: a product's test results, a positive test of a release, a variant of a
 * contract, a "mutation" that is a transfer of staff or of property in French, carriers that are
 * transport companies, face value, a company's fingerprint on the market, the voice of the customer,
 * a photo compared with the stock. Ordinary sentences built from those twins must not reach a
 * testing term, and the detector must still find the genetic or biometric phrase.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The test results of the new router were positive and the load test came back positive too.',
    'Both carriers passed the shipment on to the warehouse; the same variant as my last order arrived.',
    'The bonds are redeemed at face value. The company’s fingerprint on the market is its pricing.',
    'We listen to the voice of the customer and matched the invoice to the purchase order.',
    'The chromosome of this project is its team, and our products passed the quality test.',
  ],
  de: [
    'Der Belastungstest war positiv und die Testergebnisse des Geräts liegen vor.',
    'Der Träger der Einrichtung hat die Unterlagen an die Stelle weitergegeben.',
    'Die gleiche Variante des Vertrags gilt weiter; das Haus wurde von meiner Mutter geerbt.',
    'Die Stimme des Kunden zählt. Das Gesicht des Unternehmens ist unser Vertrieb.',
    'Der Abgleich der Rechnung mit dem Auftrag ist erfolgt, der Ausweis liegt bei.',
  ],
  fr: [
    'Le test de charge est positif et les résultats des tests du produit sont bons.',
    'Ma mutation à Lyon a été validée : la même mutation que mon collègue, transmise au service.',
    'Nous avons transmis le dossier au transporteur et comparé la photo au stock.',
    'La voix du client compte. Le visage de l’entreprise, ce sont nos conseillers.',
    'La même variante du contrat reste valable et les porteurs de parts sont informés.',
  ],
  nl: [
    'De belastingtest was positief en de testresultaten van het product zijn goed.',
    'Dezelfde variant van het contract blijft gelden; het huis is van mijn moeder geërfd.',
    'De stem van de klant telt. Het gezicht van het bedrijf zijn onze adviseurs.',
    'De vervoerder heeft de zending doorgegeven en de factuur is vergeleken met de order.',
  ],
  it: [
    'Il test di carico è risultato positivo e gli esiti dei test del prodotto sono buoni.',
    'La stessa variante del contratto resta valida e il corriere ha trasmesso il pacco.',
    'La voce del cliente conta. Il volto dell’azienda sono i nostri consulenti.',
    'Il confronto tra fattura e ordine è fatto; le impronte del progetto sono chiare.',
  ],
  es: [
    'La prueba de carga salió positiva y los resultados del test del producto son buenos.',
    'La misma variante del contrato sigue vigente; los portadores de bonos están informados.',
    'La voz del cliente importa. La cara de la empresa son nuestros asesores.',
    'El transportista transmitió el pedido y comparamos la factura con el albarán.',
  ],
  pl: [
    'Test obciążeniowy wyszedł pozytywnie, a wyniki testów produktu są dobre.',
    'Ten sam wariant umowy obowiązuje dalej; przewoźnik przekazał mi paczkę.',
    'Głos klienta jest ważny. Twarzą firmy są nasi doradcy.',
    'Porównanie faktury z zamówieniem jest gotowe i podpis jest na dokumencie.',
  ],
  sv: [
    'Belastningstestet var positivt och testresultaten för produkten är bra.',
    'Samma variant av avtalet gäller; transportören förde paketet vidare.',
    'Kundens röst är viktig. Företagets ansikte utåt är våra rådgivare.',
  ],
  da: [
    'Belastningstesten var positiv, og testresultaterne for produktet er gode.',
    'Samme variant af aftalen gælder; transportøren har givet pakken videre.',
    'Kundens stemme tæller. Virksomhedens ansigt udadtil er vores rådgivere.',
  ],
  no: [
    'Belastningstesten var positiv, og testresultatene for produktet er gode.',
    'Samme variant av avtalen gjelder; transportøren har ført pakken videre.',
    'Kundens stemme teller. Selskapets ansikt utad er våre rådgivere.',
  ],
  fi: [
    'Kuormitustesti oli positiivinen ja tuotteen testitulokset ovat hyviä.',
    'Sopimuksen sama variantti on voimassa; kuljetusyhtiö välitti paketin eteenpäin.',
    'Asiakkaan ääni on tärkeä. Yrityksen kasvot ovat neuvojamme.',
  ],
};

const testing: Record<Lang, string> = {
  en: 'My dad passed the gene on to me and the bank keeps matching my face with my passport photo.',
  de: 'Der BRCA-Test war positiv, ich habe dieselbe Mutation wie meine Mutter.',
  fr: 'Ma mère m’a transmis le gène et l’appli n’a pas reconnu mon visage avec la photo.',
  nl: 'We zijn allebei drager en de bank herkent mij aan mijn stem.',
  it: 'Il test BRCA è risultato positivo e mia madre mi ha trasmesso la mutazione.',
  es: 'Mi madre me transmitió el gen y la app comparó mi cara con la foto del pasaporte.',
  pl: 'Mama przekazała mi ten gen, a bank rozpoznaje mnie po głosie.',
  sv: 'Jag har samma genvariant som min pappa och banken känner igen mig på rösten.',
  da: 'Jeg har arvet genet fra min mor, og banken genkender mig på stemmen.',
  no: 'BRCA-testen var positiv, og banken kjenner meg igjen på stemmen.',
  fi: 'Olen perinyt geenin äidiltäni, ja pankki tunnistaa minut äänestäni.',
};

describeTopic(
  'testing',
  'genetic test results and biometric identification said in passing',
  ordinary,
  testing,
  'any',
);

import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The identity topic files (curated/<lang>.identity.txt) widen sexual orientation and ethnic origin
 * as mail says them: two-mother families, registered partnerships, slurs as complaints quote them,
 * descent and adoption from abroad, skin colour said of a person ("my parents come from …" names a
 * place, which the NER finds, and is left out: any town would match). Their look-alikes in business mail are a
 * business partnership, "Pride" as a product name, a black car, coloured paper, the country of
 * origin of goods, a background check, an online community, a minority shareholder, the descent of
 * a path and a product's second generation. Ordinary sentences built from those must not reach an
 * identity term, and the detector must still find the identity phrases (as either category).
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'Our partnership with the supplier started in 2019, and the Pride 3000 vacuum is back in stock.',
    'The black car was parked in the garage, and the accounts are in the black again.',
    'Please print the form on coloured paper and state the country of origin of the goods.',
    'A background check is required, and our online community forum is open to all members.',
    'The minority shareholder objected; the descent of the path to the car park is steep.',
    'The second generation of the meter comes with a new family of tariffs from our partners.',
  ],
  de: [
    'Die Partnerschaft mit dem Lieferanten läuft seit 2019, und das Modell Pride ist wieder lieferbar.',
    'Das schwarze Auto stand in der Garage; die Zahlen sind wieder schwarz.',
    'Bitte das Formular auf farbigem Papier drucken und das Herkunftsland der Ware angeben.',
    'Die Hintergrundprüfung ist abgeschlossen; der Minderheitsaktionär hat widersprochen.',
    'Die zweite Generation des Geräts kommt im Herbst, der Abstieg vom Gipfel ist steil.',
  ],
  fr: [
    'Le partenariat avec le fournisseur a commencé en 2019 et le modèle Pride est de nouveau en stock.',
    'La voiture noire est au garage ; imprimez le formulaire sur du papier de couleur.',
    'Indiquez le pays d’origine des marchandises. La famille de produits vient de changer.',
    'Un actionnaire minoritaire a voté contre ; la descente vers le parking est raide.',
    'Le compteur de deuxième génération arrive, avec une tapette à souris offerte.',
  ],
  nl: [
    'Het partnerschap met de leverancier loopt sinds 2019; de zwarte auto staat in de garage.',
    'Print het formulier op gekleurd papier en vermeld het land van herkomst van de goederen.',
    'De antecedentenscreening is klaar en de minderheidsaandeelhouder stemde tegen.',
    'De pot koffie staat klaar en mijn nicht komt morgen langs.',
    'De lamp begint te flikkeren, de ramen zijn getint en de tweede generatie meters komt eraan.',
  ],
  it: [
    'La partnership con il fornitore è iniziata nel 2019; la borsa in pelle nera è in saldo.',
    'Stampate il modulo su carta colorata e indicate il paese di origine della merce.',
    'Il finocchio e le verdure sono arrivati; l’azionista di minoranza ha votato contro.',
    'Il contatore di seconda generazione arriva in autunno e la discesa è ripida.',
  ],
  es: [
    'La asociación con el proveedor empezó en 2019 y el coche negro está en el taller.',
    'Imprima el formulario en papel de color e indique el país de origen de la mercancía.',
    'Compramos moras y un bollo; el accionista minoritario votó en contra.',
    'El contador de segunda generación llega en otoño y los dos padres firmaron el contrato.',
  ],
  pl: [
    'Partnerstwo z dostawcą trwa od 2019 roku, a czarny samochód stoi w garażu.',
    'Proszę wydrukować formularz na kolorowym papierze i podać kraj pochodzenia towaru.',
    'Pedał gazu się zaciął, a pedałem hamulca trudno sterować.',
    'Akcjonariusz mniejszościowy głosował przeciw; pochodzę z Krakowa.',
    'Drugie pokolenie urządzenia trafi do sprzedaży jesienią.',
  ],
  sv: [
    'Partnerskapet med leverantören började 2019, och den svarta bilen står i garaget.',
    'Skriv ut blanketten på färgat papper och ange varornas ursprungsland.',
    'Bakgrundskontrollen är klar och minoritetsaktieägaren röstade emot.',
    'Kläderna hänger i garderoben och vår fikus behöver vatten.',
    'Andra generationen av produkten kommer i höst.',
  ],
  da: [
    'Partnerskabet med leverandøren startede i 2019, og den sorte bil står i garagen.',
    'Udskriv formularen på farvet papir og angiv varernes oprindelsesland.',
    'Træerne er sprunget ud, og vores efterkommere arver huset.',
    'Minoritetsaktionæren stemte imod; anden generation af produktet kommer til efteråret.',
  ],
  no: [
    'Partnerskapet med leverandøren startet i 2019, og den svarte bilen står i garasjen.',
    'Skriv ut skjemaet på farget papir og oppgi varenes opprinnelsesland.',
    'Hun har en kunstnerisk legning, og han soper gulvet hver dag.',
    'Minoritetsaksjonæren stemte imot; andre generasjon av produktet kommer til høsten.',
  ],
  fi: [
    'Kumppanuus toimittajan kanssa alkoi 2019, ja musta auto on autotallissa.',
    'Tulostakaa lomake värilliselle paperille ja ilmoittakaa tavaran alkuperämaa.',
    'Olen kotoisin Tampereelta, ja setä tulee huomenna käymään.',
    'Vähemmistöosakas äänesti vastaan; tuotteen toinen sukupolvi tulee syksyllä.',
  ],
};

const found: Record<Lang, string> = {
  en: 'My parents emigrated from Ghana, and the neighbour told us to go back to your own country.',
  de: 'Wir sind seit 2015 verpartnert, und der Nachbar nennt meinen Sohn eine Schwuchtel.',
  fr: 'Mes parents viennent du Mali et le voisin nous a traitées de gouines.',
  nl: 'Mijn ouders komen uit Suriname en de buurman riep vuile flikker naar mijn zoon.',
  it: 'Siamo due donne e i miei genitori vengono dal Senegal.',
  es: 'Somos dos madres y mis padres vienen de Ecuador.',
  pl: 'Jesteśmy dwiema kobietami, a sąsiad krzyczy do nas: wracaj do swojego kraju.',
  sv: 'Vi är två kvinnor och grannen kallade oss flator; min familj kommer från Irak.',
  da: 'Vi er to mødre, og min familie kommer fra Tyrkiet.',
  no: 'Vi er to fedre, og foreldrene mine kommer fra Somalia.',
  fi: 'Olemme kaksi naista, ja vanhempani ovat kotoisin Irakista.',
};

describeTopic('identity', 'same-sex families and origin said in passing', ordinary, found, 'any');

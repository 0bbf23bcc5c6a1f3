import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The heredity topic files (curated/<lang>.heredity.txt) name genetic data: carrier status, gene
 * variants found in oneself, gene names, prenatal genetic tests, DNA and kinship tests. Many of
 * their words have a business twin: a job transfer ("mutation"), a shipping or insurance carrier,
 * the bearer of a cheque ("portatore", "porteur"), the DNA of a company, "Gene" as a first name,
 * Swedish "genom" (through), Danish "gen-" (again), a Finnish plaintiff ("kantaja"), the Finnish
 * operator DNA and the town of Leiden. Ordinary sentences built from those twins must not reach a
 * heredity term, and the detector must still find the genetic phrases as GENETIC.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'Gene from accounts will send the carrier details; customer service is in the DNA of our company.',
    'The mutation of the contract terms was noted, and our carrier will deliver the parcel on Monday.',
    'We inherited the risk register and the test results of the quad bike from the previous owner.',
    'Our offices in Leiden and Huntington Beach will send the sibling discount forms.',
    'The insurance carrier asked for a copy of the deed and a kit of spare parts.',
    'Lung cancer generally affects older smokers (cf. carrier terms); our general counsel agrees.',
  ],
  de: [
    'Die Mutation der Vertragsbedingungen ist dokumentiert; Träger des Projekts ist die Stadt.',
    'Kundennähe liegt in der DNA unseres Unternehmens. Die Genossenschaft trägt das Risiko.',
    'Unser Büro in Leiden und Frau Edwards prüfen das Panorama der Allee.',
    'Der Test der neuen Software ist abgeschlossen, das Ergebnis liegt vor.',
  ],
  fr: [
    'Suite à ma mutation professionnelle à Lyon, je souhaite résilier mon contrat.',
    'Désolé pour la gêne occasionnée ; le porteur du projet vous contactera.',
    "L'ADN de notre entreprise, c'est le service ; le test de la plateforme est terminé.",
    'Le lien de parenté est indiqué sur le formulaire, et le chèque au porteur est encaissé.',
  ],
  nl: [
    'Het zit in het DNA van ons bedrijf. De drager van het project is de gemeente.',
    'Onze vestiging in Leiden stuurt de mutatie van uw adres door.',
    'Ben heeft de test van de nieuwe kassa gedaan en de uitslag van de loting is bekend.',
  ],
  it: [
    'Il titolo al portatore è stato incassato e la mutazione del contratto è registrata.',
    'Il DNA della nostra azienda è il servizio clienti. Il test del nuovo kit è andato bene.',
    'Gene Rossi e il suo portatore di interessi arrivano da Leiden.',
  ],
  es: [
    'El portador del cheque lo cobró ayer y la mutación del contrato está registrada.',
    'El ADN de nuestra empresa es el servicio. La prueba del nuevo sistema terminó bien.',
    'El resultado del test de velocidad y el kit de bienvenida llegan el lunes.',
  ],
  pl: [
    'Zdjęcie panoramiczne i test nowego programu są gotowe.',
    'DNA naszej firmy to obsługa klienta. Gen. Kowalski przyjedzie w poniedziałek.',
    'Wariant umowy i uszkodzony kabel wymienimy w przyszłym tygodniu.',
  ],
  sv: [
    'Vi skickar fakturan genom posten och bär kostnaden för frakten.',
    'Genomgången av avtalet är klar, och genomförandet sker i Leiden.',
    'Det ligger i företagets DNA. Bäraren av checken har fått pengarna.',
  ],
  da: [
    'Vi sender fakturaen gennem posten, og han bærer ansvaret for projektet.',
    'Det ligger i virksomhedens DNA. Genforhandlingen og genåbningen af aftalen er færdig.',
    'Testen af det nye system er slut, og resultatet er sendt til Leiden.',
  ],
  no: [
    'Vi sender fakturaen gjennom posten, og han bærer ansvaret for prosjektet.',
    'Det ligger i selskapets DNA. Gjenopptakelsen av saken og testen av systemet er ferdig.',
    'Resultatet fra Leiden og en prøve av materialet kommer på mandag.',
  ],
  fi: [
    'Kantaja vaati korvausta, ja yhtiö kantaa vastuun vahingosta.',
    'Yrityksen DNA on asiakaspalvelu. Järjestelmän testi ja näyte lähetetään maanantaina.',
    'Sopimuksen muutos ja tuloslaskelma toimitetaan Leideniin.',
    'Vaihdoin liittymän DNA:lle, ja DNA:n tulos parani viime vuonna.',
  ],
};

const heredity: Record<Lang, string> = {
  en: 'The genetics clinic found a pathogenic mutation in MLH1, so I am gene-positive.',
  de: 'Bei mir wurde eine pathogene Mutation im PALB2-Gen festgestellt.',
  fr: "On m'a trouvé une mutation pathogène sur le gène PALB2.",
  nl: 'Bij mij is een kiembaanmutatie in het CHEK2-gen gevonden.',
  it: 'Il test ha trovato un gene mutato, il PALB2, e sono anche portatrice di talassemia.',
  es: 'Me han encontrado una mutación patogénica en el gen PALB2.',
  pl: 'U mnie wykryto zmutowany gen CHEK2.',
  sv: 'Jag bär på mutationen i PALB2 enligt genetiken i Lund.',
  da: 'Jeg bærer mutationen i PALB2-genet.',
  no: 'Jeg bærer mutasjonen i PALB2-genet.',
  fi: 'Minulla todettiin geenimuutos PALB2-geenissä.',
};

describeTopic('heredity', 'genetic data said of oneself', ordinary, heredity, 'GENETIC');

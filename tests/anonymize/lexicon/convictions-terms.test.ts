import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The convictions topic files (curated/<lang>.convictions.txt) name religion and political opinion
 * said in passing: a food or dress rule, a sacrament, a cleric's visit, a seat for a party, a
 * referendum campaign, a political insult. Business mail is full of their twins: the parties to a
 * contract, a confession of debt, the council as an authority, a trade fair ("Messe", "mässan"),
 * a marketing campaign, a deputy director ("stedfortræder for direktøren"), a list of participants,
 * something "not quite kosher". Ordinary sentences built from those twins must not reach a
 * convictions term, and the detector must still find the phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'Both parties to the contract signed the confession of judgment, and the council approved the plan.',
    'Our marketing campaign for the new tariff starts on Monday; there is no campaign fee.',
    'The mass of the parcel was 4 kg. The support team will publicly support the migration.',
    'The elder of the two sisters inherits the house, and the service charge is due on Sunday.',
    'We stood for election results to be audited; the list of candidates for the job is attached.',
  ],
  de: [
    'Die Vertragsparteien haben das Schuldanerkenntnis unterschrieben; der Gemeinderat hat zugestimmt.',
    'Wir gehen zur Messe nach Frankfurt. Die Sache mit der Rechnung ist nicht ganz koscher.',
    'Die Liste der Teilnehmer liegt bei. Unsere Kampagne für den neuen Tarif startet im Mai.',
    'Der Beitrag für die Versicherung wird abgebucht, und die linke Spalte bleibt leer.',
  ],
  fr: [
    'Les parties au contrat ont signé la reconnaissance de dette; le conseil municipal a validé le projet.',
    'Nous faisons campagne pour notre nouvelle offre. La liste du personnel est jointe.',
    'Le salon professionnel a lieu en mai, et la communion entre les équipes est bonne.',
    'Le jeûne avant la prise de sang est de 12 heures. La messe est dite: le dossier est clos.',
  ],
  nl: [
    'De partijen bij het contract tekenden de schuldbekentenis; de gemeenteraad stemde in.',
    'Onze campagne voor het nieuwe tarief begint maandag. Het is niet helemaal koosjer.',
    'De lijst van deelnemers is bijgevoegd en de vergadering is actief voor de leden.',
    'Het gebouw naast de kerk wordt verbouwd; de afdeling staat achter het voorstel.',
  ],
  es: [
    'Las partes del contrato firmaron el reconocimiento de deuda y el ayuntamiento lo aprobó.',
    'El interventor del ayuntamiento revisó las cuentas. El apoderado del banco firmó el poder.',
    'Hemos repartido propaganda de la tienda por el barrio. La campaña de rebajas empieza el lunes.',
    'El techo de la capilla del hotel está en obras; la lista de asistentes está adjunta.',
  ],
  it: [
    'Le parti del contratto hanno firmato la ricognizione di debito; il consiglio comunale ha approvato.',
    'La nostra campagna per il nuovo prodotto parte lunedì. La lista dei partecipanti è allegata.',
    'Lo scrutatore per le elezioni viene nominato dal comune. Il velo di vernice si è rovinato.',
    'La messa in opera è prevista per maggio e la messa a punto della caldaia è fatta.',
  ],
  pl: [
    'Strony umowy podpisały uznanie długu, a rada gminy zatwierdziła plan.',
    'Nasza kampania reklamowa rusza w poniedziałek. Lista uczestników jest w załączniku.',
    'Kierownik był mężem mojej siostry. Ulotki reklamowe sklepu leżą przy kasie.',
    'Mamy płaskostopie w dokumentacji i lewą stronę formularza do uzupełnienia.',
  ],
  sv: [
    'Avtalets parter skrev under skuldebrevet och kommunstyrelsen godkände planen.',
    'Vi träffas i mässan i Älvsjö. Gruppledare för projektet är Anna.',
    'Som praktiserande läkare skriver hon intyget. Flygblad för vår rea delas ut i dag.',
    'Ordföranden i styrelsen för bolaget skrev under, och listan över deltagare bifogas.',
  ],
  da: [
    'Parterne i kontrakten underskrev gældsbeviset, og byrådet godkendte planen.',
    'Stedfortræder for direktøren er Hanne. Suppleant for bestyrelsen er Lars.',
    'Sagen er sendt til regionsrådet for at få en afgørelse. Vores kampagne for den nye pris starter.',
    'Udvalget for byggeri mødes på tirsdag, og listen over deltagere er vedhæftet.',
  ],
  no: [
    'Partene i kontrakten signerte gjeldsbrevet, og kommunestyret godkjente planen.',
    'Saken er sendt til bystyret for behandling. Vararepresentant for styret er Kari.',
    'Gruppeleder for prosjektet er Ola. Vi deler ut løpesedler for butikken i helgen.',
    'Ordfører for kommunen åpnet messen, og kampanjen for det nye abonnementet starter nå.',
  ],
  fi: [
    'Sopimuksen osapuolet allekirjoittivat velkakirjan ja kunnanvaltuusto hyväksyi suunnitelman.',
    'Asunnon kok. pinta-ala on 80 m2 ja vas. puolella on parveke.',
    'Tapasimme messuilla Helsingissä. Kampanjamme uudelle tuotteelle alkaa maanantaina.',
    'Hän on hallituksen jäsen ja SD-kortti on kamerassa. Ps. muistakaa kuitti.',
  ],
};

const convictions: Record<Lang, string> = {
  en: 'My father eats no pork and would like the pastor to visit him on the ward.',
  de: 'Meine Frau möchte sich halal ernähren und wünscht eine islamische Bestattung ihres Vaters.',
  fr: 'Je suis conseillère municipale d’opposition et mon mari ne mange pas de porc.',
  nl: 'Mijn moeder krijgt halal maaltijden en is verkozen in de gemeenteraad namens de VVD.',
  es: 'Mi padre pide la visita de un imán y mi madre guarda el sábado.',
  it: 'Mia madre vuole confessarsi e mangia solo halal.',
  pl: 'Mój tata chce się wyspowiadać i nie je wieprzowiny ze względów religijnych.',
  sv: 'Jag sitter för C i kommunstyrelsen och min man vill bikta sig.',
  da: 'Jeg er suppleant for SF og min mor spiser kun halal.',
  no: 'Jeg er vararepresentant for Høyre og mor spiser bare halal.',
  fi: 'Isä haluaa ripittäytyä ja äiti syö vain halal-ruokaa.',
};

describeTopic('convictions', 'religion and political opinion said in passing', ordinary, convictions, 'any');

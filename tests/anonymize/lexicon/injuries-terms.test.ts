import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The injuries topic files (curated/<lang>.injuries.txt) name injuries and accidents and their
 * orthopaedic care: torn ligaments and tendons, fractures, dislocations, falls, people hurt in an
 * accident, casts, pins and plates. Many of their words have a business twin: prices and rates
 * that fall twice, a connection or a server that goes down ("tombée", "se cayó", "kaatui"), a
 * contract broken or a breach of it ("brud på aftalen"), a strap or a tape that tore, rails,
 * plates and screws of a shelf, a hard disk removed, a customer offended ("loukkaantui"), a
 * damaged car, loyalty points, a relocated employee. Ordinary sentences built from those twins must
 * not reach an injuries term, and the detector must still find the injury phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'Prices fell twice this year and the base rate fell again in May, after several falls in spring.',
    'The shelf comes with metal pins, mounting plates and screws; the metalwork in my kitchen is fine.',
    'The road traffic report is attached, and the boot of the company car is full.',
    'Please put the shoulder strap back in the box; the deal fractured the partnership.',
  ],
  de: [
    'Der Zinssatz ist zweimal gefallen, und das Band der Maschine ist gerissen.',
    'Der Vertragsbruch ist dokumentiert; die Beziehungen wurden wieder eingerenkt.',
    'Der Elektriker hat die Drähte entfernt und das Metall wurde aus der Fassade entfernt.',
    'Die Kiefer im Garten ist umgeknickt, die Schlinge des Seils liegt im Lager.',
  ],
  fr: [
    'La connexion est tombée deux fois hier et le site est tombé plusieurs fois.',
    'Il y a une fissure dans le mur, le contrat a été rompu et les prix ont fait une chute.',
    'La fracture numérique touche les zones rurales ; un claquage du condensateur a coupé le courant.',
    'La botte de foin est livrée, et le poste a été remis en place par le technicien.',
  ],
  nl: [
    'De rente is twee keer gedaald en de verbinding is drie keer weggevallen.',
    'Er zit een haarscheurtje in de ruit en de verrekte printer doet het weer niet.',
    'Het contract is verbroken, de band van de machine is gescheurd en de keuze is gevallen.',
    'De plaat en de schroeven van de kast zijn geleverd.',
  ],
  it: [
    'La linea è caduta tre volte ieri e il governo è caduto di nuovo.',
    'Abbiamo messo i punti all’ordine del giorno e le hanno dato i punti fedeltà.',
    'La caduta dei prezzi è evidente; il contratto è stato rotto dal fornitore.',
    'Il ricovero attrezzi è pieno e la frattura politica è profonda.',
  ],
  es: [
    'La web se cayó dos veces y el servidor se ha vuelto a caer; otra caída del servicio.',
    'La coalición se fracturó la semana pasada y el contrato se rompió.',
    'Le recolocaron en otro departamento y le dieron puntos de fidelidad.',
    'El techo de escayola está listo y la bota de la campaña es nueva.',
  ],
  pl: [
    'Zerwał umowę z dostawcą, a nastawienie klienta jest pozytywne.',
    'Ranna zmiana zaczyna o szóstej; upadłość firmy ogłoszono w marcu.',
    'Złamanie przepisów grozi karą, a zespół pracuje zdalnie.',
    'Kable są splątane, a płyta i śruby do szafki są w paczce.',
  ],
  sv: [
    'Räntan föll två gånger i år och ansökan drogs tillbaka.',
    'Plattan på spisen är trasig och axeln på släpvagnen är böjd.',
    'Bilen skadades i en krock men fallet är avslutat.',
    'I det fallet gäller avtalet, och priset har fallit två gånger.',
  ],
  da: [
    'Renten faldt to gange, og det er et brud på aftalen.',
    'Skinnen på toget er udskiftet, og gardinerne skulle syes om.',
    'Vi leverer skinne og skruer til gardinstangen og har fjernet skinnen fra væggen.',
    'I det fald gælder aftalen.',
  ],
  no: [
    'Renta falt to ganger, og det er et brudd i avtalen.',
    'Platen er fjernet fra butikken, og bilen ble skadet i en kollisjon.',
    'Han brente seg på aksjer i fjor, og kjolen måtte sys om.',
    'Plate og skruer i esken følger med hyllen.',
  ],
  fi: [
    'Järjestelmä kaatui kaksi kertaa ja palvelin kaatui taas.',
    'Asiakas loukkaantui pahasti vastauksesta ja hylly laitettiin paikoilleen.',
    'Palvelimelta poistettiin levy, ja kotelon ruuvit vaihdettiin.',
    'Lumi putosi katolta ja uusi polvi on tulossa.',
  ],
};

const injuries: Record<Lang, string> = {
  en: 'My husband tore his ACL playing football and she fell three times last week.',
  de: 'Meine Mutter hat sich bei ihrem Sturz die Kniescheibe ausgerenkt und ein Band gerissen.',
  fr: 'Mon fils s’est luxé la rotule et a été blessé dans un accident de voiture.',
  nl: 'Mijn vader is drie keer gevallen en heeft een haarscheurtje in zijn voet.',
  it: 'Mi sono strappato un legamento e mia moglie si è lussata la spalla.',
  es: 'Resulté herido en un accidente de tráfico y me rompí un ligamento.',
  pl: 'Mąż naderwał więzadło i został ciężko ranny w wypadku.',
  sv: 'Pappa slet av hälsenan och fick knäskålen ur led.',
  da: 'Far forstuvede foden og kom til skade i en trafikulykke.',
  no: 'Han røk en sene og fikk kneskålen ut av ledd.',
  fi: 'Poikani olkapää meni sijoiltaan ja akillesjänne repesi.',
};

describeTopic('injuries', 'injuries and accidents', ordinary, injuries);

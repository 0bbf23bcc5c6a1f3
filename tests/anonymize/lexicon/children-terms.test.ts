import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The children topic files (curated/<lang>.children.txt) name a child's health and development: a
 * premature birth and the neonatal unit, feeding, colic and reflux, developmental delay and its
 * therapies, special educational needs and each country's school support plans, a child's
 * conditions, and the child disability and care payments. Many of those words have an everyday
 * twin in business mail: a premature release, a delivery delay, software development, a startup
 * incubator ("couveuse d'entreprises"), a support plan, project milestones, a special offer, a
 * squint at a market ("wir schielen auf", "vi skeler til"). Ordinary sentences built from those
 * twins must not reach a children term, and the detector must still find the children phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The premature release of the software caused a delay in delivery, and the development plan was revised.',
    'Our startup joined the incubator programme in March; the hearing at the tribunal is next week.',
    'The keynote speech covered growth targets and the support plan for key accounts.',
    'Please send the bank statement and the assessment of the claim; the project is behind on its milestones.',
    'The special offer for new customers ends on Friday, and the special needs of small firms are on the agenda.',
  ],
  de: [
    'Die Lieferung ist verzögert, die Entwicklung der Software liegt im Rückstand.',
    'Das Startup sitzt im Inkubator in Berlin, und der Förderbedarf der Kommune ist hoch.',
    'Der Förderplan des Landes und der Nachteil für den Kunden wurden besprochen.',
    'Wir schielen auf den Markt in Österreich; das Wachstum bleibt stabil und die Schule hat ein neues Dach.',
  ],
  fr: [
    "L'entreprise est en couveuse depuis un an et le retard de livraison est de deux semaines.",
    'Le développement du logiciel avance, et le colis est de petite taille.',
    "Le plan d'accompagnement commercial et le bilan comptable sont joints.",
    'La courbe des ventes a connu une cassure, et le tiers payant est activé pour le contrat.',
  ],
  nl: [
    'De levering heeft vertraging en de ontwikkeling van de app loopt achter.',
    'Het arrangement voor de vergadering is geboekt en passend vervoer is geregeld.',
    'De groei is stabiel en de buisjes van de cv-ketel zijn vervangen.',
    'Het speciale aanbod geldt tot vrijdag en de couveuse voor starters helpt ondernemers.',
  ],
  it: [
    'La consegna è in ritardo e lo sviluppo del software procede.',
    'La startup è in un incubatore a Milano e il piano di sostegno alle imprese è approvato.',
    'Il docente del corso e le ore di lavoro sono nel verbale della riunione.',
    "La crescita del fatturato è stabile e la valutazione dell'immobile è pronta.",
  ],
  es: [
    'El envío sufre un retraso y el desarrollo del proyecto sigue.',
    'La empresa está en la incubadora de la universidad y el plan de apoyo a pymes sigue vigente.',
    'El profesor del curso envió la evaluación del inmueble.',
    'El crecimiento de las ventas es bueno y la talla de la camisa es correcta.',
  ],
  pl: [
    'Dostawa jest opóźniona, a rozwój oprogramowania trwa.',
    'Startup działa w inkubatorze przedsiębiorczości, a wsparcie dla firm jest dostępne.',
    'Opinia biegłego i diagnoza usterki są w załączniku.',
    'Zespół sprzedaży rośnie, a nauczyciel języka angielskiego zaczyna w poniedziałek.',
  ],
  sv: [
    'Leveransen är försenad och utvecklingen av systemet pågår.',
    'Företaget sitter i en inkubator och vi har ett åtgärdsförslag för kunden.',
    'Tillväxten är stark och vi skelar mot den norska marknaden.',
    'Det går inte än att logga in, och det särskilda erbjudandet gäller till fredag.',
  ],
  da: [
    'Leveringen er forsinket, og udviklingen af systemet fortsætter.',
    'Vi har et specialtilbud til nye kunder, og væksten er stabil.',
    'Vi skeler til det svenske marked, og med skelen til reglerne fortsætter støtten til virksomheder.',
    'Elevens absence fra mødet er noteret, og paragraf 42 i kontrakten gælder.',
  ],
  no: [
    'Leveransen er forsinket, og utviklingen av systemet fortsetter.',
    'Vi har et spesialtilbud til nye kunder, og veksten er stabil.',
    'Vi skjeler til det svenske markedet, og støtten til bedrifter fortsetter.',
    'Saken er til sakkyndig vurdering hos takstmannen.',
  ],
  fi: [
    'Toimitus on viivästynyt ja ohjelmiston kehitys jatkuu.',
    'Putkitus ja kylpyhuoneen remontti valmistuvat maaliskuussa.',
    'Karsastamme ajatusta hinnankorotuksesta, ja kasvu on vakaata.',
    'Erityinen kiitos asiakaspalvelulle, tuki toimii hyvin.',
  ],
};

const found: Record<Lang, string> = {
  en: 'My son spent six weeks on the SCBU and now has an EHC plan with SEN support at school.',
  de: 'Unsere Tochter hatte als Säugling eine Gedeihstörung und hat heute sonderpädagogischen Förderbedarf.',
  fr: "Mon fils a un PAI à l'école et voit une orthophoniste pour un retard de parole.",
  nl: 'Onze zoon heeft lijmoor en krijgt oorbuisjes, en op school heeft hij een ontwikkelingsperspectief.',
  it: "Mio figlio ha un PEI e l'insegnante di sostegno per i disturbi specifici del linguaggio.",
  es: 'Mi hija tiene necesidades educativas especiales y acude a atención temprana.',
  pl: 'Syn ma zajęcia rewalidacyjne i IPET w szkole, bo urodził się przedwcześnie.',
  sv: 'Vår son har ett åtgärdsprogram i skolan och går på barnhabiliteringen.',
  da: 'Vores datter får specialundervisning og har forsinket sprog.',
  no: 'Sønnen vår har enkeltvedtak om spesialundervisning og oppfølging fra PPT.',
  fi: 'Lapsellamme on HOJKS ja erityisen tuen päätös koulussa.',
};

describeTopic('children', "a child's health, development and school support", ordinary, found);

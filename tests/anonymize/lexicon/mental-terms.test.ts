import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The mental topic files (curated/<lang>.mental.txt) name mental health and psychological care in
 * the lay words of customers, parents, relatives and employers. Business mail is full of the same
 * words in their everyday senses: stress on a deadline, a financial crisis, retail therapy, an
 * economic depression, panic about a date, being anxious to hear back, a session of a meeting, a tax
 * assessment, a car that burned out, the support team. Ordinary sentences built from those twins
 * must not reach a mental term, and the detector must still find the care phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The deadline is causing some stress in the team, and we are anxious to hear from you.',
    'During the financial crisis the economy slid into a depression; retail therapy did not help.',
    'There was some panic about the delivery date. I am worried the invoice is wrong.',
    'The tax assessment for 2023 is attached. The car burned out on the motorway after the breakdown.',
    'Our support team will call you after the training session; the crisis meeting is on Friday.',
  ],
  de: [
    'Der Termin macht uns Stress, und die Finanzkrise hat die Börse in eine Depression gestürzt.',
    'Das Auto ist auf der Autobahn ausgebrannt. Die Sitzung des Vorstands beginnt um neun.',
    'Wir bitten um Verständnis für die Verzögerung; die Abklärung der Rechnung läuft noch.',
    'Der Krisenstab tagt morgen. Die Behandlung Ihrer Beschwerde dauert zwei Wochen.',
    'Die Beratung zur Geldanlage war hilfreich und die Unterstützung durch den Kundendienst gut.',
  ],
  fr: [
    'La crise financière a plongé le marché dans la dépression, et le stress monte avant la date limite.',
    'Pas de panique pour la facture, nous voulons en finir avec ce litige au plus vite.',
    'La séance du conseil est reportée. Le suivi de votre dossier est assuré par notre service.',
    "Le bilan comptable est prêt et l'accompagnement du projet se poursuit.",
    'Les valeurs de caoutchouc sont un peu déprimées. La prise en charge du sinistre est validée.',
  ],
  nl: [
    'De deadline geeft wat stress en de financiële crisis leidde tot een economische depressie.',
    'De behandeling van uw klacht loopt nog. Wij zien uit naar uw reactie.',
    'De vergadering is verplaatst naar donderdag. De begeleiding van het project loopt goed.',
    'Het onderzoek naar de storing is afgerond en de opname van het gesprek staat online.',
  ],
  it: [
    'La crisi finanziaria ha portato una depressione economica e un po’ di stress prima della scadenza.',
    'Vorremmo farla finita con questa pratica. Il percorso del progetto è stato rivisto.',
    'La seduta del consiglio è rinviata e la valutazione del rischio è allegata.',
    'Il supporto tecnico la contatterà domani. Il trattamento dei dati è conforme.',
  ],
  es: [
    'La crisis financiera trajo una depresión económica y algo de estrés antes del plazo.',
    'El servicio de apoyo técnico le llamará mañana. La sesión del consejo se aplaza.',
    'Se corta la luz el martes por obras. La evaluación del riesgo está adjunta.',
    'Estamos quemados con tantos trámites, pero el seguimiento de su pedido sigue activo.',
  ],
  pl: [
    'Kryzys finansowy wywołał depresję gospodarczą, a termin oddania projektu to duży stres.',
    'Wsparcie techniczne zadzwoni jutro. Sesja rady miasta została przełożona.',
    'Konsultacja projektu odbędzie się w poniedziałek. Leczenie szkód po powodzi trwa.',
    'Diagnoza usterki jest gotowa, a interwencja serwisu zaplanowana na piątek.',
  ],
  sv: [
    'Deadline skapar lite stress och finanskrisen ledde till en ekonomisk depression.',
    'Färgerna skär sig lite, men det är lugnande att höra att leveransen kommer.',
    'Bilen gick sönder på motorvägen. Mötet med styrelsen är på torsdag.',
    'Behandlingen av ert ärende pågår och utredningen av fakturan är klar.',
  ],
  da: [
    'Fristen giver lidt stress, og finanskrisen førte til en økonomisk depression.',
    'Behandlingen af din klage er i gang, og udredningen af fakturaen er færdig.',
    'Vi spiser ikke frokost før mødet. Bilen brød sammen på motorvejen.',
    'Krisestaben mødes i morgen, og supporten ringer til dig.',
  ],
  no: [
    'Fristen gir litt stress, og finanskrisen førte til en økonomisk depresjon.',
    'Det er beroligende å høre at saken er løst. Behandlingen av klagen pågår.',
    'Selskapet gikk på en smell i fjor, men utredningen av fakturaen er ferdig.',
    'Kriseteamet møtes i morgen, og vi kutter kostnadene med ti prosent.',
  ],
  fi: [
    'Määräaika aiheuttaa stressiä, ja finanssikriisi johti taloudelliseen lamaan.',
    'Sähkökatko kesti tunnin. Valituksenne käsittely jatkuu ensi viikolla.',
    'Rauhoittavat sanat auttoivat asiakasta, ja kokous siirtyy torstaille.',
    'Laitteen tutkimus on valmis ja tukipalvelu soittaa teille huomenna.',
  ],
};

const mental: Record<Lang, string> = {
  en: 'Our son has been seeing a psychologist since March and is on the waiting list for CAMHS.',
  de: 'Meine Tochter hat Wutanfälle und Trennungsangst, wir haben einen Termin beim Psychologen.',
  fr: 'Ma fille est suivie par un psychologue pour une phobie scolaire.',
  nl: 'Mijn zoon is onder behandeling bij een psycholoog en heeft last van woedeaanvallen.',
  it: 'Mio figlio è seguito da uno psicologo per ansia da separazione.',
  es: 'Mi hija tiene ataques de ira y está en seguimiento psicológico desde enero.',
  pl: 'Syn leczy się u psychiatry i ma napady złości.',
  sv: 'Min dotter har kontakt med BUP och väntar på utredning för ADHD.',
  da: 'Min søn har raserianfald og er henvist til børnepsykiatrien.',
  no: 'Datteren vår går til en psykolog og har skolevegring.',
  fi: 'Poikani käy psykologilla ja hänellä on raivokohtauksia.',
};

describeTopic('mental', 'mental health said in lay words', ordinary, mental);

import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The claims topic files (curated/<lang>.claims.txt) name health the way reimbursement lists,
 * invoice lines and receipts do: short items without a verb ("KG 6x", "séance de kiné", "ticket
 * sanitario", "tandläkarbesök"). Many of their words have a business twin: a limited partnership
 * (GmbH & Co. KG), deposits (Einlagen), a check or inspection (Kontrolle), a seal on a meter
 * (plomba), a crown as a coin or a court, a pillow filling (vulling), a post on a forum (inlägg), a
 * software patch (paikkaus), shock waves in the market. Ordinary sentences built from those twins
 * must not reach a claims term, and the detector must still find the claim items.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The hearing at the Crown Court is set for Monday; our brief is on page 6x of the bundle.',
    'Please brace for a busy quarter. The test plan and the scan of the contract are attached.',
    'The consultation on the new tariff closes on Friday, and the follow-up call is booked.',
    'Our lenses for the camera kit arrived, and the glasses for the reception were replaced.',
  ],
  de: [
    'Die Müller GmbH & Co. KG hat die Einlagen der Kommanditisten erhöht; 10x so viel wie geplant.',
    'Die Kontrolle der Rechnung ergab einen Fehler. Der Termin beim Notar ist am Montag.',
    'Ihre Einlagen auf dem Tagesgeldkonto sind bis 100.000 Euro gesichert.',
    'Die Massage-Sessel sind im Angebot. Die Teststellung der Software läuft bis Juni.',
  ],
  fr: [
    'La séance du conseil municipal est reportée. La consultation publique se termine lundi.',
    "Le plombier a changé le joint et la couronne de l'horloge est dorée.",
    'Les analyses du marché montrent une onde de choc après la faillite.',
    'Le bilan comptable de la société est validé par le commissaire aux comptes.',
  ],
  nl: [
    'De vulling van het kussen is van dons. De kroon op het werk is de nieuwe vestiging.',
    'De beugel van de plank is gebroken. Het consult met de notaris is volgende week.',
    'De controle van de meterstand volgt in maart. De brillen van de nieuwe collectie zijn er.',
  ],
  it: [
    'Il ticket del parcheggio è scaduto. La seduta del consiglio comunale è rinviata.',
    "Le onde d'urto della crisi si sentono sul mercato. Il campo visivo della telecamera è ampio.",
    "La prestazione energetica dell'edificio è buona e il tutore legale firma il contratto.",
  ],
  es: [
    'La sesión del consejo se aplaza y la consulta pública termina el lunes.',
    'Las ondas de choque de la crisis llegan al mercado. La velocidad de obturación de la cámara es alta.',
    'La extracción de datos del sistema ha terminado y la limpieza de la oficina es el viernes.',
  ],
  pl: [
    'Plomba na liczniku gazu została zerwana. Korona drzewa zasłania okno.',
    'Wizyta technika odbędzie się w poniedziałek. Konsultacja społeczna trwa do piątku.',
    'Fala uderzeniowa kryzysu dotarła do rynku. Szkła do lamp są w magazynie.',
  ],
  sv: [
    'Ditt inlägg på forumet har publicerats. Lagning av taket sker i maj.',
    'Besöket från elektrikern är bokat. Glasögonen i skyltfönstret är nya.',
    'Kontrollen av mätaren sker i mars, och provtagningen av vattnet är klar.',
  ],
  da: [
    'Dit indlæg på debatsiden er publiceret. Kontrol af måleren sker i marts.',
    'Besøget fra elektrikeren er booket. Solbrillerne i vinduet er nye.',
    'Rensning af tagrenderne sker i maj, og fys-lokalet i kælderen er ledigt.',
  ],
  no: [
    'Innlegget ditt på forumet er publisert. Kontroll av måleren skjer i mars.',
    'Besøket fra elektrikeren er booket, og timen hos regnskapsføreren er flyttet.',
    'Rens av takrennene skjer i mai. Støtte til kulturtiltak søkes innen juni.',
  ],
  fi: [
    'Ohjelmiston paikkaus asennetaan maanantaina. Tien paikkaus alkaa toukokuussa.',
    'Käynti asiakkaan luona on sovittu, ja vastaanotto on auki arkisin.',
    'Kylpylän hieronta sisältyy pakettiin. Mittarin tarkastus tehdään maaliskuussa.',
  ],
};

const claim: Record<Lang, string> = {
  en: 'Receipts attached: GP consultation £60, scale and polish with the dental hygienist £75, orthotic insoles £120.',
  de: 'Anbei die Belege: KG 6x, Kontrolle beim Orthopäden, Zahnreinigung und Schuheinlagen.',
  fr: 'Ci-joint les justificatifs : séance de kiné, consultation dermatologue, plombage et détartrage.',
  nl: 'Bijgevoegd de nota’s: mondhygiënist, gebitsreiniging, oogmeting en huisartsconsult.',
  it: 'In allegato le ricevute: ticket sanitario, otturazione e lenti da vista.',
  es: 'Adjunto los justificantes: consulta médico de cabecera, cristales graduados y masaje terapéutico.',
  pl: 'W załączniku rachunki: wizyta u stomatologa, szkła okularowe i masaż leczniczy.',
  sv: 'Bifogar kvitton: tandläkarbesök, läkarbesök och teststickor.',
  da: 'Vedhæfter kvitteringer: tandlægebesøg, tandfyldning, brilleglas og synsprøve.',
  no: 'Legger ved kvitteringer: tannlegebesøk, tannfylling og synsundersøkelse.',
  fi: 'Liitteenä kuitit: lääkärikäynti, suuhygienisti ja näöntarkastus.',
};

describeTopic('claims', 'health items of a claims list', ordinary, claim);

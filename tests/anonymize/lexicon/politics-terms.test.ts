import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The politics topic files (curated/<lang>.politics.txt) name political opinion as customers write
 * it in passing: a party office, a vote, a protest, a stance or one's own political office. Business
 * mail is full of their twins: the parties to a contract and third parties, a marketing campaign,
 * the council as landlord, a vote at the owners' meeting, liberal terms, a green tariff, the
 * European Union, a movement on the account, a job candidate, a product's latest generation and
 * flyers handed out for a shop. Ordinary sentences built from those twins must not reach a politics
 * term, and the detector must still find the political phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'Both parties to the contract signed, and the third party candidate screening starts on Monday.',
    'Our marketing campaign against fraud ended and we met the council as landlord about the repairs.',
    'The vote at the owners meeting was close; I always vote by proxy on the service charge.',
    'We offer liberal terms on a green energy tariff across the European Union.',
    'The candidate on the list for the job interview asked about the youth wing of the hospital.',
    'There was a movement on the account, and we handed out leaflets for the new shop opening.',
  ],
  de: [
    'Die Vertragsparteien haben unterschrieben; ich wähle die Zahlung per Lastschrift.',
    'Der Stadtrat der Stadt hat die Gebühren erhöht, und die Marketingkampagne läuft im Mai.',
    'Das ist die letzte Generation des Geräts, die Flyer für den neuen Laden liegen im Eingang.',
    'Die Abstimmung der Eigentümerversammlung ist erfolgt. Ihr Bürgermeister grüßt herzlich.',
  ],
  fr: [
    "Les parties au contrat ont signé, et le candidat sur la liste d'attente sera rappelé.",
    'La campagne marketing commence lundi; une marche contre le cancer a lieu dimanche.',
    "J'ai toujours voté contre les travaux en assemblée de copropriété.",
    'Le blocage contre tout prélèvement est levé, en raison de mon engagement contractuel.',
    'Je suis libérale depuis 2015 et la conservatrice du musée a répondu.',
  ],
  nl: [
    'Beide partijen hebben getekend. Ik heb op de website gekeken naar het groene tarief.',
    'De folders uitgedeeld voor de nieuwe winkel, en de kandidaat voor de vacature belde terug.',
    'De schattingen zijn conservatief en de voorwaarden zijn liberaal.',
    'De links zijn kapot. De gemeente als verhuurder stuurt een brief.',
  ],
  it: [
    "Le parti del contratto hanno firmato; l'assessore del comune non ha risposto.",
    "È l'ultima generazione di smartphone, e ho sempre votato in assemblea condominiale.",
    'Abbiamo distribuito volantini per il negozio. Il candidato per il posto di lavoro è pronto.',
    "Il movimento sul conto è stato registrato e l'Unione europea ha cambiato le regole.",
  ],
  es: [
    'Las partes del contrato firmaron y el material está en la lista del pedido.',
    'El concejal de urbanismo no contesta. Siempre he votado en la junta de propietarios.',
    'Repartí propaganda de la tienda por el barrio. La plataforma contra el fraude está activa.',
    'El candidato al puesto de trabajo llega el lunes y el movimiento en la cuenta es correcto.',
  ],
  pl: [
    'Strony umowy podpisały aneks, a kandydat do pracy przyjdzie w poniedziałek.',
    'Ostatnie pokolenie smartfonów jest droższe. Kampania reklamowa rusza w maju.',
    'Wolontariusz w kampanii społecznej rozdał ulotki sklepu.',
    'Głosowanie wspólnoty mieszkaniowej odbyło się w marcu. Unia Europejska zmieniła przepisy.',
  ],
  sv: [
    'Båda parter har skrivit under och kandidaten till tjänsten hör av sig.',
    'Bedömningen är konservativ och villkoren är liberala. Priset är moderat.',
    'Vi delar ut reklamblad för butiken och röstningen på stämman är klar.',
    'Kommunen som hyresvärd har skickat ett brev om den gröna elen.',
  ],
  da: [
    'Begge parter har underskrevet, og kandidaten til stillingen ringer tilbage.',
    'Vi delte flyers ud for butikken, og afstemningen på generalforsamlingen er afsluttet.',
    'Skønnet anses som konservativt. Kommunen som udlejer har sendt et brev.',
  ],
  no: [
    'Begge parter har signert, og kandidaten til stillingen ringer tilbake.',
    'Det stemmer alltid med fakturaen, og avstemningen på sameiemøtet er ferdig.',
    'Kommunen som utleier har sendt et brev om den grønne strømavtalen.',
  ],
  fi: [
    'Sopimuksen osapuolet allekirjoittivat, ja työpaikan ehdokas soittaa maanantaina.',
    'Toimin valtuutettuna asiamiehenä. Nuorisojärjestön jäsen maksaa vähemmän.',
    'Markkinointikampanja alkaa toukokuussa ja tilillä näkyy uusi tapahtuma.',
  ],
};

const found: Record<Lang, string> = {
  en: 'I was elected to the parish council and was arrested at a demonstration last year.',
  de: 'Ich bin Stadträtin und habe die Sitzblockade vor dem Rathaus mitorganisiert.',
  fr: "Je suis élue municipale et j'ai été interpellée lors d'une manifestation.",
  nl: 'Ik ben wethouder en lid van de PvdA.',
  it: 'Sono europeista convinto e ho fatto una donazione al partito.',
  es: 'Soy concejala y mi hijo fue detenido en una manifestación.',
  pl: 'Rozdawałam ulotki wyborcze i jestem na liście wyborczej.',
  sv: 'Jag är kommunalråd och medlem i Moderaterna.',
  da: 'Jeg sidder i byrådet og er medlem af Enhedslisten.',
  no: 'Jeg er varaordfører og medlem av Senterpartiet.',
  fi: 'Olin puolueen ehdokkaana ja lahjoitin puolueelle.',
};

describeTopic('politics', 'political opinion said in passing', ordinary, found, 'POLITICAL_OPINION');

import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The complaints topic files (curated/<lang>.complaints.txt) name a person's state of health in the
 * plain words relatives and customers use without a diagnosis: not being oneself, confused in the
 * evening, in a bad way, in and out of hospital, wobbly on one's feet. Their everyday twins are the
 * complaints of business mail: being sick of waiting, a bill that is killing someone, a business that
 * is not healthy, a system that crashed, a customer confused by a tariff, a market that is
 * unsettled. Ordinary sentences built from those twins must not reach a complaints term, and the
 * detector must still find the plain-word health phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    "I'm sick of waiting for the refund and this bill is killing me.",
    'The business is not healthy and the system crashed twice on Friday.',
    'Customers are confused by the new tariff; the market is unsettled this quarter.',
    'Please send the form back and forth by e-mail. The back office gave us the wrong figures.',
    'We stopped the direct debit and the printer is not eating paper any more.',
  ],
  de: [
    'Ich habe die Nase voll vom Warten, diese Rechnung macht mich fertig.',
    'Dem Unternehmen geht es wirtschaftlich nicht gut und das System ist abgestürzt.',
    'Die Zahlen sind nicht belastbar, die Nachfrage hat stark abgenommen.',
    'Der Baum ist umgekippt und der Zaun ist völlig kaputt.',
    'Die Märkte sind sehr unruhig; wir sind sehr verwirrt über Ihre Abrechnung.',
  ],
  fr: [
    "J'en ai marre d'attendre, cette facture me tue.",
    "C'est le cœur de notre métier. L'entreprise n'est pas en bonne santé financière.",
    'Le système a planté et le marché est très agité ce trimestre.',
    'Nous déclinons toute responsabilité ; le colis est très fragile.',
  ],
  nl: [
    'Ik ben het wachten spuugzat en deze rekening maakt me gek.',
    'Het bedrijf is financieel niet gezond en het systeem is gecrasht.',
    'De omzet is achteruitgegaan en het budget is helemaal uitgeput.',
    'Dit onderwerp ligt ons na aan het hart. De levering gaat niet goed.',
  ],
  it: [
    'Sono stufo di aspettare, questa bolletta mi ammazza.',
    "L'azienda non è sana e il sistema è andato in crash.",
    'Il servizio è peggiorato e la situazione sta peggiorando.',
    'La sua teoria non sta in piedi; il segnale è molto debole e il pacco è molto fragile.',
  ],
  es: [
    'Estoy harto de esperar, esta factura me está matando.',
    'La empresa no está sana y el servidor se cayó el lunes.',
    'Esto no está nada bien: el servicio está fatal y la situación va a peor.',
    'El mercado está muy agitado y el paquete es muy delicado.',
  ],
  pl: [
    'Mam dość czekania, ten rachunek mnie wykończy.',
    'Firma nie jest w dobrej kondycji, a system padł w poniedziałek.',
    'Czuję się źle potraktowany, obsługa jest bardzo słaba.',
    'Nic się nie pali, bateria jest wyczerpana, a klient jest zdezorientowany.',
  ],
  sv: [
    'Jag är trött på att vänta och fakturan tar knäcken på mig.',
    'Företaget mår inte bra ekonomiskt och systemet kraschade i går.',
    'Servicen har blivit sämre och huset är i dåligt skick.',
    'Det går utför med försäljningen. Man äter knappt en middag utan kaffe.',
  ],
  da: [
    'Jeg er træt af at vente, og regningen slår mig ihjel.',
    'Virksomheden har det ikke godt økonomisk, og systemet gik ned.',
    'Servicen er blevet dårligere, og markedet er uroligt.',
    'Det løser ikke sig selv, og salget går ned ad bakke med.',
  ],
  no: [
    'Jeg er lei av å vente, og regningen tar knekken på meg.',
    'Bedriften har det ikke bra økonomisk, og systemet krasjet.',
    'Dekningen er dårlig, servicen har vært dårlig og sofaen er utslitt.',
    'Det ble verre med leveringen, og argumentet er skrøpelig.',
  ],
  fi: [
    'Olen kyllästynyt odottamaan ja tämä lasku tappaa minut.',
    'Yritys voi taloudellisesti heikosti ja järjestelmä kaatui eilen.',
    'Tie on huonossa kunnossa ja rakennuksen kunto heikkenee.',
    'Lasku on todella sekava, hinnat ovat ihan maassa ja paketti on todella hauras.',
  ],
};

const found: Record<Lang, string> = {
  en: "My mother hasn't been herself since March, she gets confused in the evenings and is in a bad way.",
  de: 'Meine Mutter ist ein bisschen wacklig auf den Beinen und mit den Nerven am Ende.',
  fr: "Ma mère n'est plus elle-même, elle est confuse le soir et mal en point.",
  nl: 'Mijn moeder is er heel slecht aan toe en is wankel ter been.',
  it: 'Mio padre è agitatissimo la sera e non sta per niente bene.',
  es: 'Mi madre se confunde por las tardes y está muy delicada de salud.',
  pl: 'Mama nie jest już sobą, wysiadł jej kręgosłup i czuje się bardzo źle.',
  sv: 'Mamma mår inte alls bra och har svårt att prata sedan i våras.',
  da: 'Far har det rigtig skidt og har svært ved at tale.',
  no: 'Mor er ustø på beina og har det ikke bra i det hele tatt.',
  fi: 'Äiti on iltaisin sekava ja voi tosi huonosti.',
};

describeTopic('complaints', 'plain-word states of health', ordinary, found);

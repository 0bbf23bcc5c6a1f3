import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The abilities topic files (curated/<lang>.abilities.txt) name health as what a person can no longer
 * do: walk, climb stairs, wash, see, hear, remember, swallow, work. Business mail uses the same verbs
 * for other things: prices that fall again, a connection that keeps dropping, an offer that was
 * withdrawn, a server's memory, a parcel that got lost, a proposal we cannot go further on. Ordinary
 * sentences built from those twins must not reach an abilities term, and the detector must still
 * find the phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'Share prices fell again at the close, and the offer was withdrawn since nobody signed it.',
    'We were unable to work out the cost; the server has memory problems and the parcel got lost.',
    'The app can only walk you through the first steps. Interest rates keep falling.',
    'Our engineers cannot climb the mast in high winds, so the repair is confined to the ground floor.',
    'The network lacks capacity at peak times and our team is struggling to cope with demand.',
  ],
  de: [
    'Die Preise sind wieder gefallen, der Kurs ist wieder gestürzt, und das Angebot wurde zurückgezogen.',
    'Der Investor zieht sich zurück. Nach wenigen Schritten erreichen Sie unser Büro.',
    'Das Kontingent ist völlig erschöpft. Die Märkte sind sehr unruhig.',
    'Das Gespräch verläuft sich im Sand, und wir kommen mit dem Portal nicht mehr zurecht.',
    'Die Zahlen sind nicht mehr belastbar, und der Rechner stürzt ständig ab.',
  ],
  fr: [
    "L'application ne marche plus depuis la mise à jour, et le réseau est encore tombé.",
    'Les prix sont encore tombés ce mois-ci. La batterie a une faible autonomie.',
    'Le dossier se perd dans les détails; nous ne pouvons plus accepter ce devis.',
    'Le marché est très nerveux et la demande a été retirée.',
    'La mer était très agitée et le risque de chute des cours reste élevé.',
  ],
  nl: [
    'De verbinding valt steeds weg en de prijzen zijn weer gevallen.',
    'De aanvraag is teruggetrokken en de investeerder trekt zich terug.',
    'Het kantoor ligt in een dal. Het pakket is onderweg verdwaald geraakt.',
    'Wij kunnen niet verder gaan met dit voorstel.',
    'Er wordt geen energie meer geleverd, het budget is volledig uitgeput en de markt is erg onrustig.',
  ],
  it: [
    'La linea cade spesso, la connessione continua a cadere ed è caduta di nuovo.',
    "Il servizio di assistenza continua ai clienti è attivo. L'offerta è stata ritirata.",
    'I prezzi sono caduti di nuovo. Il server ha poca memoria.',
    'Non riusciamo a lavorare la pratica prima di lunedì.',
  ],
  es: [
    'Los precios se han vuelto a caer y la conexión se cae mucho; el sistema se volvió a caer.',
    'El técnico no puede trabajar el sábado. Después de unos pasos llegará a la oficina.',
    'La oferta fue retirada y el paquete se perdió en el camino.',
    'El servidor tiene poca memoria y el sistema está caído.',
    'El banco no nos reconoce la deuda, nadie sabe dónde está el paquete y el servicio ya no es el mismo.',
  ],
  pl: [
    'Nie chodzi już o pieniądze, chodzi o zasady.',
    'Oferta została wycofana, a przesyłka gubi się w sortowni.',
    'Klienci są zdezorientowani nowym cennikiem. Ceny znowu spadły.',
    'Serwer ma za mało pamięci i często się zawiesza.',
    'Lokal niesamodzielny nie może pracować jako biuro, a limit jest kompletnie wyczerpany.',
  ],
  sv: [
    'Tidningen kommer inte ut på måndag, och priserna föll igen.',
    'Vi har svårt att gå med på villkoren och kan inte gå längre än så.',
    'Jag är mycket orolig över fakturan. Erbjudandet har dragits tillbaka.',
    'Vi kan inte jobba med ärendet före måndag.',
  ],
  da: [
    'Aktien faldt igen, og renten er faldet igen.',
    'Forbindelsen falder hele tiden ud. Vi kan ikke gå længere i forhandlingen.',
    'Jeg er meget urolig for fakturaen, og tilbuddet er trukket tilbage.',
    'Vi har svært ved at gå med til de nye vilkår.',
  ],
  no: [
    'Renten har falt igjen, og prisene faller hele tiden.',
    'Vi kan ikke gå lenger enn dette i forhandlingene.',
    'Jeg er svært urolig for regningen, og tilbudet er trukket.',
    'Jeg husker ingenting om avtalen, og vi klarer ikke å jobbe med saken før mandag.',
  ],
  fi: [
    'Ohjelma kaatuilee ja sovellus kaatui taas eilen.',
    'Ikkuna on sulkeutunut. Talouden tasapaino on huono.',
    'Asiakaspalvelumme on ympärivuorokautinen. Emme tiedä missä on lasku.',
    'Kortti ei pääse ulos automaatista.',
  ],
};

const found: Record<Lang, string> = {
  en: 'My father can only walk 50 metres now and keeps falling over at home.',
  de: 'Meine Mutter kann sich nicht mehr selbst waschen und ist in der Wohnung gestürzt.',
  fr: 'Mon père ne peut plus monter les escaliers et ne sait plus quel jour on est.',
  nl: 'Mijn moeder komt de deur niet meer uit en is opnieuw gevallen.',
  it: 'Mia madre ha una ridotta capacità di deambulare e non riesce più a vestirsi.',
  es: 'Mi padre ya no sale de casa y necesita ayuda para vestirse.',
  pl: 'Mama nie może wejść po schodach i wymaga pomocy przy myciu.',
  sv: 'Pappa har nedsatt gångförmåga och behöver hjälp att tvätta sig.',
  da: 'Min far kan ikke klare trapper og er faldet derhjemme.',
  no: 'Mor klarer ikke trappene og trenger hjelp til å kle på seg.',
  fi: 'Isä ei pysty enää kävelemään ja tarvitsee apua peseytymisessä.',
};

describeTopic('abilities', 'lost abilities said in lay phrases', ordinary, found);

import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The benefits topic files (curated/<lang>.benefits.txt) name health through its paperwork: sick
 * notes, sickness and disability benefits, care levels, disabled badges, adjustments at work,
 * exemptions, guardianship and medical equipment at home. Their words have everyday twins in
 * business mail: a baggage allowance, an SSL certificate, a price adjustment, network capacity, a
 * car insurance class going up after a claim, a bus stop, a ministry's supervision ("tutelle"), a
 * file's protocol number, a cadastral income ("rendita"), a dismissal ("zwolnienie"), a check-in
 * meeting ("avstämningsmöte"), a police certificate ("politiattest"), an estate's administrator
 * ("edunvalvoja"), and a bare doctor's statement ("lægeerklæring", "legeattest"). Ordinary sentences built from those twins must not reach a benefits term, and
 * the detector must still find the benefits phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'Your SSL certificate has expired and the baggage allowance on this fare is 23 kg.',
    'The price adjustment was applied on the grounds that the contract changed in March.',
    'Please register for priority boarding; the network does not have capacity today.',
    'The tax exemption certificate and the power of attorney for the house sale are attached.',
    'Our margins are dependent on the exchange rate, and the mobility of staff is a benefit.',
    'Return the form to work out your claim for the missing parcel and the delivery equipment.',
  ],
  de: [
    'Nach dem Unfall erfolgt die Höherstufung in der Kfz-Versicherung gemäß den AHB.',
    'Ihre Kundenbetreuerin kümmert sich um die Pflege Ihrer Stammdaten und das Gutachten zum Wasserschaden.',
    'Wegen Bauarbeiten gibt es Einschränkungen im Bahnverkehr; die Befreiung vom Rundfunkbeitrag ist beantragt.',
    'Das persönliche Budget für Marketing steigt, die Zuzahlung für das Smartphone entfällt.',
    'Der gesetzliche Vertreter der GmbH hat die Vollmacht unterschrieben. Wir sind auf Strom angewiesen.',
  ],
  fr: [
    "Le bus s'arrête à l'arrêt Mairie et le certificat de conformité est joint.",
    'Votre assurance protection juridique couvre le litige avec le vendeur.',
    "L'établissement public est placé sous tutelle du ministère depuis 2019.",
    'La carte bancaire est bloquée et le bon de transport du colis est signé.',
    'Le poste de travail informatique a été installé et la garantie incapacité du prêt reste inchangée.',
  ],
  nl: [
    'De verklaring van erfrecht en de doorlopende machtiging zijn ontvangen.',
    'Uw auto moet naar de APK-keuring; de aangepaste tarieven gelden vanaf januari.',
    'Het vervoer van de pakketten is uitbesteed en het tweede spoor van het project start in maart.',
    'De bewindvoerder van de failliete boedel neemt contact op over de probleemanalyse.',
    'Het mentorschap voor nieuwe collega’s begint volgende week.',
  ],
  it: [
    'Il certificato di residenza e il numero di protocollo del certificato catastale sono allegati.',
    "La revisione dell'auto è scaduta e la commissione bancaria è aumentata.",
    "La rendita catastale dell'immobile è aggiornata e il sostegno al reddito è confermato.",
    'Il tutore legale del minore ha firmato; il parcheggio è riservato ai clienti.',
    'La linea 104 passa davanti alla banca, secondo la legge 68 del 1987.',
  ],
  es: [
    'Quiero darme de baja del servicio y dar de alta a mi hijo en la nueva tarifa.',
    'La tarjeta de crédito caducó y la plaza de aparcamiento reservada del garaje está alquilada.',
    'El soporte técnico respondió y la película es apta para todos los públicos.',
    'La adaptación del contrato a la nueva ley está lista y las medidas de apoyo a empresas siguen.',
    'Es un asunto especialmente sensible para el asistente personal del director.',
  ],
  pl: [
    'Zwolnienie z opłat i kontrola skarbowa dotyczą tylko firm.',
    'Rentowność spółki wzrosła, a komisja bankowa wydała orzeczenie.',
    'Dofinansowanie z funduszy unijnych obejmuje dostosowanie stanowiska pracy do wymogów BHP.',
    'Opieka nad klientem jest dostępna, a miejsce parkingowe dla gości jest wolne.',
  ],
  sv: [
    'Intyget om anställning och underlaget för fakturan är bifogade.',
    'Vi bokar ett avstämningsmöte om anpassningen av avtalet.',
    'Fastighetsförvaltaren har sökt tillstånd för parkering vid huset.',
    'Styrelsen saknar beslutsförmåga i dag, och daglig verksamhet pågår som vanligt.',
  ],
  da: [
    'Vi har modtaget din tro og love-erklæring og fuldmagten til banken.',
    'Tilskud til solceller og varmepumpe udbetales i marts.',
    'Kørselsordningen for firmabiler er ændret, og hjælpemidler til kontoret er bestilt.',
    'Kan hospitalet sende en lægeerklæring til min psykolog?',
  ],
  no: [
    'Politiattesten og vedtaket fra kommunen er sendt.',
    'Vi har et dialogmøte med kunden om oppfølgingsplanen for prosjektet.',
    'Refusjon av depositum skjer innen ti dager, og egenandelstaket for tannbehandling er nådd.',
    'Kan legen sende en legeerklæring og en legeattest til forsikringsselskapet?',
  ],
  fi: [
    'Työtodistus ja palkkatodistus on lähetetty sähköpostiin.',
    'Asumistuki ja tekninen apu ovat saatavilla verkossa.',
    'Konkurssipesän edunvalvoja otti yhteyttä, ja asunnon muutostyöt alkavat maaliskuussa.',
  ],
};

const benefits: Record<Lang, string> = {
  en: 'Since her stroke my mother is medically dependent on an oxygen concentrator, please add her to the Priority Services Register.',
  de: 'Mein Mann bezieht eine Rente wegen voller Erwerbsminderung und wir haben die Zuzahlungsbefreiung beantragt.',
  fr: "Je suis sous curatelle renforcée depuis 2021 et j'ai reçu un avis d'inaptitude en mars.",
  nl: 'Ik werk op arbeidstherapeutische basis en de verzekeringsarts vindt mij duurzaam arbeidsongeschikt.',
  it: 'Ho la 104 per mio figlio e aspetto ancora il verbale di invalidità.',
  es: 'Tengo la tarjeta acreditativa de discapacidad y me han reconocido una incapacidad permanente parcial.',
  pl: 'Jestem na rencie socjalnej i mam legitymację osoby niepełnosprawnej.',
  sv: 'Jag är sjukskriven på deltid och har fått beslut enligt LSS för min son.',
  da: 'Min læge har udfyldt en mulighedserklæring, og jeg er nu fleksjobber.',
  no: 'Jeg er fullt sykmeldt og har søkt om pleiepenger for sykt barn.',
  fi: 'Olen ollut sairauslomalla ja lääkärintodistus on liitteenä.',
};

describeTopic('benefits', 'health said in the words of benefits and paperwork', ordinary, benefits);

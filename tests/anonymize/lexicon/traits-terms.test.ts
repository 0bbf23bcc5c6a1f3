import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The traits topic files (curated/<lang>.traits.txt) name sexual orientation, genetic and biometric
 * data. Their words have everyday twins in business mail: a bi-weekly report and a trans-Atlantic
 * route, a formal "Ihre Ehefrau" (your wife), the carrier of a parcel and the bearer of costs, the
 * family situation, a video that is identical, a typing error, "empreinte carbone", a car pedal, the
 * DNA of a company. Ordinary sentences built from those twins must reach none of the terms, and the
 * detector must still find each category in a customer's sentence.
 */

const orientationLookalikes: Record<Lang, string[]> = {
  en: [
    'Our bi-weekly report and the trans-Atlantic freight rate are attached.',
    'The bill came out to £50 after the discount, and the new tariff came out last week.',
    'The partners of the firm take pride in the parade of new products in March.',
    'Two mothers from the school complained, and two fathers signed the petition.',
  ],
  de: [
    'Sie und Ihre Ehefrau sind beide versichert; Ihrer Ehefrau schicken wir die Karte.',
    'Zwei Mütter aus der Kita haben angerufen, und das Projekt hat zwei Väter.',
    'Der Transport der Bi-Turbo-Motoren kommt am Montag, der Verkehr auf der A7 ist frei.',
  ],
  fr: [
    "Le rapport de l'expert et la relation avec le client sont bons; nos deux mères de famille clientes ont signé.",
    'Notre partenaire commercial a réduit son empreinte carbone et la fierté de l’équipe est grande.',
  ],
  nl: [
    'Zijn echte naam staat in het contract; de kast in de gang is gerepareerd.',
    'Het contact met de klant is goed en de partner van het bedrijf tekent maandag.',
  ],
  it: [
    'Il rapporto annuale e la relazione tecnica sono pronti; il partner commerciale firma lunedì.',
    'Il bilancio è stato approvato dalla madre società e dal suo partner.',
  ],
  es: [
    'La relación con el cliente es buena y el informe del socio está listo.',
    'El orgullo del equipo es el servicio; el armario de la oficina está roto.',
  ],
  pl: [
    'Kontakt z klientem jest dobry, a partner handlowy podpisał umowę.',
    'Pedał gazu w samochodzie jest uszkodzony, a ubrania wyjęłam z szafy.',
  ],
  sv: [
    'Hans Makes faktura är betald, och vi har ett bi i trädgården.',
    'Kontakten med kunden är god och vår partner skriver på avtalet.',
  ],
  da: [
    'Hans Mands regning er betalt, og vi har to møder i næste uge.',
    'Kontakten med kunden er god, og vores partner underskriver aftalen.',
  ],
  no: [
    'Hans Manns faktura er betalt, og vi har to møter neste uke.',
    'Kontakten med kunden er god, og vår partner signerer avtalen.',
  ],
  fi: [
    'Asiakkaan kanssa on hyvä yhteys ja kumppanimme allekirjoittaa sopimuksen.',
    'Levyn eheyttäminen kesti tunnin, ja luottamuksen pettäminen on vakava asia.',
  ],
};

const geneticLookalikes: Record<Lang, string[]> = {
  en: [
    'The carrier of the parcel is DPD and the family history of the company is on our website.',
    'The Harmony range of sofas is back; the panorama window passed its test.',
  ],
  de: [
    'Der Träger der Kosten ist die Krankenkasse, die familiäre Situation ist geklärt.',
    'Die Mutation des Marktes und die Häufung der Anfragen überraschen uns.',
  ],
  fr: [
    'Le porteur du projet est la mairie et le gène de la réussite est dans notre ADN.',
    "La consultation publique sur l'anomalie du compteur est ouverte.",
  ],
  nl: [
    'De drager van de kosten is de gemeente; de test van het gen is een grap.',
    'De overerving van het huis staat in het testament.',
  ],
  it: [
    'Il portatore del titolo deve firmare; il genio del progetto è il nostro ingegnere.',
    "L'anemia del mercato immobiliare preoccupa i clienti.",
  ],
  es: [
    'El portador del cheque debe firmar y el rasgo principal del producto es el precio.',
    'La familia del cliente y el test del producto están en el informe.',
  ],
  pl: [
    'Test produktu wypadł dobrze, a wywiad z klientem jest w raporcie.',
    'Rodzinna firma ma nowy adres, a dwie matki z rady rodziców przyszły na spotkanie.',
  ],
  sv: [
    'Vi gick genom hela avtalet; kuben på kontoret och testet av systemet är klara.',
    'Familjens bil och bäraren av kostnaden är kommunen.',
  ],
  da: [
    'Vi gik gennem hele aftalen, og testen af systemet er færdig.',
    'Bæreren af omkostningen er kommunen, og familien har ny adresse.',
  ],
  no: [
    'Vi gikk gjennom hele avtalen, og testen av systemet er ferdig.',
    'Kuben på kontoret er flyttet, og familien har ny adresse.',
  ],
  fi: [
    'Perinteinen asiakastilaisuus ja sukukokous pidetään kesällä.',
    'Periytyvät luokat ja rajapinnat on dokumentoitu, ja taulukko on päivitetty.',
  ],
};

const biometricLookalikes: Record<Lang, string[]> = {
  en: [
    'The video is identical to the last one, and the typing error in the contract is fixed.',
    'Please face the meter when you take the photo; the scan of the invoice is attached.',
  ],
  de: [
    'Das Video ist identisch, und der Tippfehler im Vertrag ist korrigiert.',
    'Das Gesicht des Unternehmens ist unser Kundendienst; die Stimme des Kunden zählt.',
  ],
  fr: [
    'La vidéo est identique et la signature du contrat est prévue lundi.',
    'Notre empreinte carbone baisse et la voix du client compte pour nous.',
  ],
  nl: [
    'De video is identiek en de typefout in het contract is hersteld.',
    'Het gezicht van het bedrijf is onze klantenservice; de stem van de klant telt.',
  ],
  it: [
    "Il video è identico e l'impronta ecologica dell'azienda è calata.",
    'La voce del cliente conta e la firma del contratto è lunedì.',
  ],
  es: [
    'El vídeo es idéntico y la huella de carbono de la empresa ha bajado.',
    'La voz del cliente importa y la firma del contrato es el lunes.',
  ],
  pl: [
    'Film jest identyczny, a podpis pod umową złożymy w poniedziałek.',
    'Twarz firmy to nasza obsługa klienta, a głos klienta się liczy.',
  ],
  sv: [
    'Videon är identisk och skrivfelet i avtalet är rättat.',
    'Företagets ansikte är vår kundtjänst och kundens röst räknas.',
  ],
  da: [
    'Videoen er identisk, og skrivefejlen i aftalen er rettet.',
    'Firmaets ansigt er vores kundeservice, og kundens stemme tæller.',
  ],
  no: [
    'Videoen er identisk, og skrivefeilen i avtalen er rettet.',
    'Firmaets ansikt er vår kundeservice, og kundens stemme teller.',
  ],
  fi: [
    'Video on identtinen, ja sopimuksen kirjoitusvirhe on korjattu.',
    'Yrityksen kasvot on asiakaspalvelumme, ja asiakkaan ääni ratkaisee.',
  ],
};

const orientation: Record<Lang, string> = {
  en: 'My brother and his husband adopted a baby last year, so he needs to be added to the policy.',
  de: 'Unser Sohn wohnt mit seinem Ehemann in Köln und braucht eine eigene Police.',
  fr: 'Nos enfants ont deux mamans et sont inscrits sur le même contrat.',
  nl: 'Ik ben de meemoeder van Sophie en wil haar bijschrijven op de polis.',
  it: 'Nostra figlia ha due mamme e vogliamo iscriverla insieme a noi.',
  es: 'Mi hijo salió del armario el año pasado y ahora vive con su novio.',
  pl: 'Nasza córka ma dwie mamy i obie chcemy być w umowie.',
  sv: 'Jag är medmamma till Elsa och vill lägga till henne på försäkringen.',
  da: 'Jeg er medmor til Emil og vil gerne tilføjes hans forsikring.',
  no: 'Jeg er medmor til Ida og vil stå på forsikringen hennes.',
  fi: 'Olemme kahden äidin perhe, ja molemmat haluavat olla sopimuksessa.',
};

const genetic: Record<Lang, string> = {
  en: 'The report found a PALB2 variant, and my sister has sickle cell trait.',
  de: 'Bei der Mutationsanalyse wurde bei mir eine Keimbahnmutation gefunden.',
  fr: 'Je suis porteuse de la mutation et je suis suivie en oncogénétique.',
  nl: 'Ik ben mutatiedrager en mijn zus twijfelt over een verwantschapstest.',
  it: 'Mio marito ha la microcitemia e io sono stata dal genetista.',
  es: 'Soy portadora sana y mi hermana tiene rasgo falciforme.',
  pl: 'Genetyk zalecił badanie, bo mam obciążony wywiad rodzinny.',
  sv: 'Genetikern bekräftade att jag är mutationsbärare.',
  da: 'Genetikeren sagde, at jeg er mutationsbærer.',
  no: 'Jeg er mutasjonsbærer, ifølge avdeling for medisinsk genetikk.',
  fi: 'Suvussamme on sukurasite, joten teimme kantajatestin.',
};

const biometric: Record<Lang, string> = {
  en: 'The app asked for a scan of my face and then a voice password.',
  de: 'Die Bank verlangte eine Videolegitimation und danach die Gesichtsentsperrung.',
  fr: "J'utilise le déverrouillage par empreinte sur mon téléphone.",
  nl: 'Ik deed de videolegitimatie met een selfie met paspoort.',
  it: 'Ho fatto il videoriconoscimento e ora uso lo sblocco con impronta.',
  es: 'Me pidieron un videoselfie y la autenticación de voz.',
  pl: 'Bank wymaga weryfikacji wideo i odblokowania twarzą.',
  sv: 'Banken krävde videolegitimering och röst-id.',
  da: 'Banken bad om videolegitimering og stemme-id.',
  no: 'Banken ba om videolegitimering og stemme-ID.',
  fi: 'Pankki pyysi videotunnistuksen ja ääni-ID:n.',
};

describeTopic('traits', 'sexual orientation', orientationLookalikes, orientation, 'SEXUAL_ORIENTATION');
describeTopic('traits', 'genetic data', geneticLookalikes, genetic, 'GENETIC');
describeTopic('traits', 'biometric data', biometricLookalikes, biometric, 'BIOMETRIC');

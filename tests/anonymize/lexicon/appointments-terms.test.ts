import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The appointments topic files (curated/<lang>.appointments.txt) name health through an
 * appointment, referral, waiting list or consultation named with the specialty or clinic that
 * reveals the condition. Their nouns have everyday twins in business mail: the appointment of a
 * director, a customer referral bonus, a public consultation, a waiting list for a product, a
 * train station or a ward of the court. Ordinary sentences built from those twins must not reach
 * an appointments term, and the detector must still find the specialty phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The appointment of the new director was confirmed, and the referral bonus is paid next month.',
    'The public consultation on the tariff closes on Friday; the waiting list for the new model is long.',
    'Please book an appointment with the branch manager. Ward 4 of the council voted on the budget.',
    'Our tax clinic is open on Tuesdays, and the referral to a debt adviser is free of charge.',
  ],
  de: [
    'Der Termin in der Filiale ist bestätigt, die Überweisung zur Bank ist unterwegs.',
    'Die Überweisung an den Vermieter wurde am Montag ausgeführt. Station 4B der S-Bahn ist gesperrt.',
    'Die Vorstellung in der Personalabteilung ist am Dienstag. Die Warteliste für die Wohnung ist lang.',
    'Wir haben einen Termin beim Notar und eine Sprechstunde beim Bürgermeister.',
  ],
  fr: [
    'Le rendez-vous en agence est confirmé et la consultation publique sur le projet se termine lundi.',
    "Nous avons un rendez-vous chez le notaire et une liste d'attente pour le nouveau modèle.",
    'Le suivi de votre dossier est assuré, le bilan comptable est prêt.',
    "J'ai été adressé à un conseiller en gestion de patrimoine.",
  ],
  nl: [
    'De afspraak bij de notaris staat vast en de verwijzing naar de klantenservice is verstuurd.',
    'De wachtlijst voor een huurwoning is lang. De poli van de gemeente is gesloten.',
    'Controle bij de douane duurt lang; het consult bij de adviseur is gratis.',
  ],
  es: [
    'La cita en la oficina está confirmada y la consulta pública termina el lunes.',
    'Hay lista de espera para el nuevo modelo. La derivación de la llamada falló.',
    'Tengo una cita con el notario y una revisión del contrato pendiente.',
  ],
  it: [
    "L'appuntamento in banca è confermato e la visita in azienda è martedì.",
    "C'è una lista di attesa per il nuovo modello. La consulenza fiscale è gratuita.",
    'Ho un appuntamento con il notaio e un controllo qualità in fabbrica.',
  ],
  pl: [
    'Wizyta u notariusza jest potwierdzona, a skierowanie do działu obsługi wysłano.',
    'Kolejka do kasy była długa. Konsultacja społeczna kończy się w piątek.',
    'Poradnia prawna jest otwarta we wtorki.',
  ],
  sv: [
    'Tiden hos notarien är bokad och remissen om detaljplanen är ute på remiss.',
    'Det är lång kö till kassan. Besök på kontoret sker efter överenskommelse.',
    'Vi har tid på banken på måndag.',
  ],
  da: [
    'Vi har tid hos revisoren, og henvisningen til kundeservice er sendt.',
    'Der er venteliste til den nye model. Konsultationen med advokaten er gratis.',
    'Ambulatoriet for cykelreparationer har lukket i dag.',
  ],
  no: [
    'Vi har time hos regnskapsføreren, og henvisningen til kundeservice er sendt.',
    'Det er venteliste til den nye modellen. Kontroll hos bilverkstedet er gratis.',
    'Time på banken er bekreftet til mandag.',
  ],
  fi: [
    'Aika pankkiin on varattu, ja lähete asiakaspalveluun on lähetetty.',
    'Uuden mallin jonoon on pitkä jono. Kirjanpitäjän vastaanotto on tiistaisin.',
    'Poliklinikan kahvila on suljettu.',
  ],
};

const found: Record<Lang, string> = {
  en: 'My daughter has a memory clinic referral for my mother next week, so please move the payment.',
  de: 'Mein Mann hat am Montag einen Termin in der Neurologie, deshalb verschiebe ich den Termin.',
  fr: "Mon mari a un rendez-vous en cardiologie jeudi, je ne pourrai pas venir à l'agence.",
  nl: 'Ik heb een verwijzing naar de cardioloog gekregen, dus ik kan dinsdag niet.',
  es: 'Mi madre tiene cita en cardiología el martes, por eso no puedo ir a la oficina.',
  it: 'Mio padre ha un appuntamento in cardiologia martedì, quindi non posso venire.',
  pl: 'Mój mąż ma skierowanie do urologa, więc proszę o zmianę terminu.',
  sv: 'Min mamma har tid på hjärtmottagningen på tisdag, så jag kan inte komma.',
  da: 'Min far har tid hos en neurolog på tirsdag, så vi må flytte mødet.',
  no: 'Moren min har time på hjertepoliklinikken på tirsdag, så vi må flytte møtet.',
  fi: 'Äidilläni on aika neurologille tiistaina, joten en pääse tapaamiseen.',
};

describeTopic('appointments', 'appointments and referrals named with the specialty', ordinary, found);

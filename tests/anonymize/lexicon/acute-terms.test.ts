import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The acute topic files (curated/<lang>.acute.txt) name emergencies, intensive care, serious
 * illness and the end of life. Their words have business twins: an emergency payment or contact,
 * a critical error, a payment or airport terminal, a market collapse, a stroke of luck, a police
 * arrest, data or debt recovery, a revived project, products at the end of their life. Ordinary
 * sentences built from those twins must not reach an acute term, and the detector must still find
 * the acute phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'We made an emergency payment and updated the emergency contact on your account.',
    'A critical error stopped the payment terminal; the flight leaves from terminal 2.',
    'After the market collapse it was a stroke of luck that the arrest warrant was lifted.',
    'Data recovery and debt recovery are separate teams. We resuscitated the old project.',
    'The product reaches its end of life in May; the emergency department of the council is closed.',
  ],
  de: [
    'Wir haben eine Notfallzahlung veranlasst und Ihren Notfallkontakt aktualisiert.',
    'Ein kritischer Fehler hat das Kartenterminal gestoppt; der Flug geht ab Terminal 2.',
    'Nach dem Zusammenbruch des Marktes wurde die Tradition des Balls wiederbelebt.',
    'Die Datenrettung und das Inkasso sind getrennt. Das Projekt liegt in den letzten Zügen.',
  ],
  fr: [
    'Nous avons fait un paiement d’urgence et mis à jour votre contact en cas d’urgence.',
    'Une erreur critique a bloqué le terminal de paiement ; le vol part du terminal 2.',
    'Ce matériel est en fin de vie et le stade 4 du chantier commence lundi.',
    'Le recouvrement de la créance est en cours et je reste un optimiste incurable.',
  ],
  nl: [
    'We hebben een spoedbetaling gedaan en uw contactpersoon voor noodgevallen bijgewerkt.',
    'Een kritieke fout legde de betaalterminal stil; de vlucht vertrekt van terminal 2.',
    'Na de ineenstorting van de markt is het oude project nieuw leven ingeblazen.',
    'Het dak is in elkaar gezakt en het systeem verkeert in een kritieke toestand.',
  ],
  it: [
    'Abbiamo effettuato un pagamento d’urgenza e aggiornato il contatto di emergenza.',
    'Un errore critico ha bloccato il terminale di pagamento; il volo parte dal terminal 2.',
    'Il prodotto è a fine vita e il mercato è in condizioni critiche dopo il crollo.',
    'Il recupero crediti è in corso; il kit di pronto soccorso è in magazzino.',
  ],
  es: [
    'Hicimos un pago de urgencia y actualizamos su contacto de emergencia.',
    'Un error crítico bloqueó el terminal de pago; el vuelo sale de la terminal 2.',
    'El equipo llegó al fin de vida útil y el estadio 4 de la obra empieza el lunes.',
    'La recuperación de la deuda sigue y soy un optimista incurable.',
  ],
  pl: [
    'Dokonaliśmy płatności awaryjnej i zaktualizowaliśmy kontakt alarmowy.',
    'Krytyczny błąd zablokował terminal płatniczy; lot odlatuje z terminalu 2.',
    'Pogotowie gazowe przyjechało, a wiertarka udarowa jest w magazynie.',
    'Windykacja długu trwa, a przerzut towaru do magazynu nastąpi w piątek.',
  ],
  sv: [
    'Vi gjorde en nödbetalning och uppdaterade din kontaktperson vid nödfall.',
    'Ett kritiskt fel stoppade betalterminalen; flyget går från terminal 2.',
    'Efter marknadens kollaps återupplivades den gamla traditionen.',
    'Branschen är döende och systemet är i ett kritiskt tillstånd.',
  ],
  da: [
    'Vi har lavet en nødbetaling og opdateret din nødkontakt.',
    'En kritisk fejl stoppede betalingsterminalen; flyet afgår fra terminal 2.',
    'Efter markedets kollaps blev den gamle tradition genoplivet.',
    'Fedtforbrændingen og forbrændingen af affald sker på værket.',
  ],
  no: [
    'Vi har gjort en nødbetaling og oppdatert nødkontakten din.',
    'En kritisk feil stoppet betalingsterminalen; flyet går fra terminal 2.',
    'Etter markedets kollaps ble den gamle tradisjonen gjenopplivet.',
    'Brannskader på huset dekkes av innboforsikringen.',
  ],
  fi: [
    'Teimme hätämaksun ja päivitimme hätäyhteyshenkilön tiedot.',
    'Kriittinen virhe pysäytti maksupäätteen; lento lähtee terminaalista 2.',
    'Talouden elvytys jatkuu ja järjestelmä on kriittisessä tilassa.',
    'Olen päivystyksessä tällä viikolla, joten vastaan puheluihin.',
  ],
};

const acute: Record<Lang, string> = {
  en: 'My father was rushed to A&E and is now in an induced coma.',
  de: 'Mein Vater liegt im künstlichen Koma, die Ärzte sagen, er ist austherapiert.',
  fr: 'Ma mère a été transportée aux urgences et elle est en phase terminale.',
  nl: 'Mijn vader is met spoed opgenomen en ligt nu aan de beademing.',
  it: 'Mio padre è stato ricoverato d’urgenza ed è in coma farmacologico.',
  es: 'Mi madre fue ingresada de urgencia y está en coma inducido.',
  pl: 'Tata leży na OIOM-ie w śpiączce farmakologicznej.',
  sv: 'Pappa blev akut inlagd och ligger nu nedsövd på intensiven.',
  da: 'Min far blev akut indlagt og ligger i kunstig koma.',
  no: 'Faren min ble akutt innlagt og ligger i kunstig koma.',
  fi: 'Isä vietiin ambulanssilla sairaalaan ja hän on nyt teho-osastolla.',
};

describeTopic('acute', 'emergencies, intensive care and the end of life', ordinary, acute);

import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The procedures topic files (curated/<lang>.procedures.txt) name what is done to a patient:
 * operations and scans by body part, treatment cycles and sessions, wards, waiting lists and the
 * paperwork that names the procedure. Business mail is full of their twins: a bank operation and
 * its date, a transfer, a software implant or patch, a document scan, a stress test of a bank, a
 * capital injection, a road bypass, water infiltration, a meter seal ("plombe", "plomba"), a
 * resignation ("dimissioni"), a registration ("dar de alta"), a locksmith's emergency service.
 * Ordinary sentences built from those twins must not reach a procedures term, and the detector
 * must still find the procedure phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The bank passed the stress test and the capital injection closed on Friday.',
    'The new bypass road opens in May; the valve replacement in the boiler room is booked.',
    'Please scan the document and send the scan report with the transfer admission form.',
    'The operation of the plant, the date for the operation and the invoice for the operation are in the contract.',
    'We are waiting for the operation to complete. The patch test of the software failed on the other hand.',
    'Our specialist team has referred the case to a specialist; the memory test of the server passed.',
  ],
  de: [
    'Die Behandlung Ihrer Beschwerde läuft; die Spiegelung der Datenbank ist abgeschlossen.',
    'Die Müller GmbH & Co. KG hat die Überweisung zum Monatsende ausgeführt.',
    'Nach dem Entzug der Fahrerlaubnis und der Infiltration von Wasser im Keller melden wir den Schaden.',
    'Die intensive Prüfung der AHB ergab keinen Einwand; die Sterilisation der Geräte ist erledigt.',
    'Der Termin für die Sitzung steht, der Arztbrief liegt nicht bei und das CT-Gerät ist geliefert.',
  ],
  fr: [
    "La date de l'opération figure sur votre relevé ; l'opération en urgence sur le serveur est terminée.",
    "Une infiltration d'eau dans le plafond et le plombage du compteur ont été constatés.",
    'Le détartrage du chauffe-eau est prévu, et la ponction sur votre compte a été annulée.',
    "La radio de la ville diffuse l'annonce ; le transfert du dossier est en cours.",
    'Le psychologue du travail est passé au bloc B pour la séance de formation.',
  ],
  nl: [
    'De behandeling van uw klacht loopt; de beugel van de kast is besteld.',
    'Na de operatie van de politie is de sterilisatie van de apparatuur gepland.',
    'De IC-kaart en de opname van het gesprek staan in het systeem.',
    'De machtiging voor de incasso en de toestemming voor de overdracht zijn ontvangen.',
  ],
  es: [
    'La fecha de la operación aparece en su extracto y la operación está pendiente de operación bancaria.',
    'Ya está dado de alta en el servicio y puede darse de alta en la web.',
    'El servicio de urgencias de fontanería y el escáner de documentos funcionan.',
    'Los curas de la parroquia y las ondas de choque de la crisis son noticia.',
    'La policía le intervino el móvil; quitar los puntos de fidelidad es posible.',
  ],
  it: [
    'Il ministro ha rassegnato le dimissioni; la lettera di dimissione è arrivata.',
    "La data dell'intervento del tecnico e il preventivo per l'intervento sono allegati.",
    "Ci sono infiltrazioni d'acqua nel soffitto e una lastra del tetto è rotta.",
    "È una scelta impegnativa; l'infusione di camomilla è pronta e la bottiglia in PET è vuota.",
    'Il cliente è dimesso e modesto; i punti fedeltà sono stati tolti.',
  ],
  sv: [
    'Behandlingen av ert ärende pågår och lagningen av bilen är klar.',
    'Remissen från departementet och remissvaret kom i går.',
    'Strålningen från mobilmasten mäts, och kranen droppar.',
    'Ordern lades in i systemet och kirurgen på tv var känd.',
  ],
  da: [
    'Behandlingen af din klage er i gang, og bøjlen til jakken er væk.',
    'Blokaden af vejen er ophævet, og udskrivelsen af valget er sket.',
    'Vi har fået scanning af dokumenterne og fyldning af tanken.',
    'Plomben på måleren er brudt; efter operationen af systemet kører alt.',
  ],
  no: [
    'Behandlingen av klagen din pågår, og kontoen er blokket.',
    'Strålingen fra basestasjonen måles; oppvåkningen i markedet er tydelig.',
    'Legevakten for IT er åpen, og operasjonen av anlegget går som planlagt.',
  ],
  fi: [
    'Valituksenne käsittely jatkuu, ja myyntiosastolla on uusi päällikkö.',
    'Kone toimii täydellä teholla, ja pistokoe tehtiin varastossa.',
    'Muistitesti palvelimelle ja laitteiden sterilisaatio on tehty.',
    'Osastolla on kokous, ja budjettileikkaus koskee koko yksikköä.',
  ],
  pl: [
    'Operacja bankowa została zaksięgowana; termin operacji to piątek.',
    'Blokada karty została zdjęta, a plomba na liczniku jest nienaruszona.',
    'Chemia gospodarcza jest w promocji, a fala uderzeniowa kryzysu dotarła do nas.',
    'Zgoda na operację przelewu i czekamy na operację w systemie.',
  ],
};

const procedures: Record<Lang, string> = {
  en: 'My husband is on the waiting list for a hip operation and had a pacemaker fitted in March.',
  de: 'Mein Vater wurde am Knie operiert und braucht danach eine Anschlussreha.',
  fr: "Ma mère a eu une pose d'un défibrillateur et attend une infiltration du genou.",
  nl: 'Mijn vrouw heeft een galblaasverwijdering gehad en krijgt een kroon op haar kies.',
  es: 'A mi hijo le hicieron una operación de juanetes y necesita un presupuesto para el implante.',
  it: 'Mio padre è stato ricoverato in cardiologia dopo la sostituzione della valvola aortica.',
  sv: 'Min man har opererat knät och väntar på operation av höften.',
  da: 'Min far fik et nyt knæled og skal på genoptræning efter operationen.',
  no: 'Mora mi fikk hjertetransplantasjon og ligger på kardiologisk avdeling.',
  fi: 'Isälleni tehtiin sappirakon poisto ja hän on nyt heräämössä.',
  pl: 'Mama miała operację barku i jest na oddziale ortopedii.',
};

describeTopic('procedures', 'procedures, scans, therapies and stays', ordinary, procedures);

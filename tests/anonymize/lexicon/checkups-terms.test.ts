import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The check-up topic files (curated/<lang>.checkups.txt) name examinations, monitoring and test
 * results. Their words have everyday twins in business mail: a test or a check of a system, the
 * control of an invoice, the screening of applicants, quarterly results, the scan of a document,
 * stock levels, water pressure and mains voltage, the sugar in a product, a follow-up call, a
 * positive answer, an electoral ward, a bank branch. Ordinary sentences built from those twins must
 * not reach a check-up term, and the detector must still find the check-up phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'We ran a test of the new portal; the check came back clean and the results for the quarter are good.',
    'Screening of applicants starts on Monday. Please send a scan of your passport and a copy of the lease.',
    'Stock levels are low, the water pressure was too high and the echo on the line was fixed.',
    'Our follow-up call is booked. The ward councillor replied and the answer was positive.',
    'The volunteers at the food bank say the sugar content is on the label; the iron gate is broken.',
    'The pulse of the market was weak this year and the review of your account is finished.',
    'The lab results for your water sample show iron levels within limits; the scan came back blurry.',
  ],
  de: [
    'Der Test des neuen Portals war erfolgreich, die Kontrolle der Rechnung ist abgeschlossen.',
    'Das Screening der Bewerber beginnt am Montag; bitte senden Sie einen Scan Ihres Ausweises.',
    'Der Wasserdruck war zu hoch und die Spannung im Netz zu niedrig; die Werte der Messung liegen vor.',
    'Das Ergebnis des Quartals war positiv. Unsere Filiale am Bahnhof bietet einen Termin beim Berater an.',
    'Die Station der Feuerwehr liegt gegenüber, und der Zuckergehalt steht auf der Verpackung.',
    'Der Gutachter fand einen auffälligen Befund am Dach; der Sportler wurde positiv getestet auf Doping.',
  ],
  fr: [
    'Le test du nouveau portail est réussi et le contrôle de la facture est terminé.',
    'La sélection des candidats commence lundi ; merci de joindre un scan de votre pièce d’identité.',
    'La tension du réseau était trop basse et la pression de l’eau trop élevée chez le locataire.',
    'Les résultats du trimestre sont bons et le suivi de votre dossier est assuré par notre agence.',
    'Le taux de sucre est indiqué sur l’emballage et le bilan comptable est disponible.',
    'Le bilan de santé de votre chaudière est fait et le taux de fer dans l’eau est normal.',
  ],
  nl: [
    'De test van het nieuwe portaal is geslaagd en de controle van de factuur is afgerond.',
    'De screening van sollicitanten begint maandag; stuur een scan van uw paspoort mee.',
    'De waterdruk was te hoog en de spanning op het net te laag. De uitslag van de verkiezingen is bekend.',
    'Onze afdeling klantenservice belt u terug en de afspraak bij de notaris staat.',
    'Het suikergehalte staat op de verpakking en de echo van de vergadering klinkt nog na.',
  ],
  es: [
    'La prueba del nuevo portal fue bien y el control de la factura ya está hecho.',
    'La selección de candidatos empieza el lunes; envíe un escaneo de su DNI.',
    'La tensión de la red era baja y la presión del agua demasiado alta en el piso.',
    'Los resultados del trimestre son buenos y la revisión de su contrato ha terminado.',
    'El nivel de azúcar del producto figura en la etiqueta y la planta baja está en obras.',
  ],
  it: [
    'Il test del nuovo portale è riuscito e il controllo della fattura è concluso.',
    'La selezione dei candidati inizia lunedì; inviate una scansione del documento.',
    'La pressione dell’acqua era troppo bassa e la tensione di rete troppo alta.',
    'I risultati del trimestre sono positivi e la visita del tecnico è fissata per giovedì.',
    'Il reparto vendite ha rivisto gli esiti della gara e il livello di zucchero è in etichetta.',
  ],
  sv: [
    'Testet av den nya portalen gick bra och kontrollen av fakturan är klar. Det kostar ca 125 kr.',
    'Urvalet av sökande börjar på måndag; skicka en skanning av ert pass.',
    'Vattentrycket var för högt och spänningen i nätet för låg. Resultatet för kvartalet är positivt.',
    'Vår avdelning för kundservice ringer upp, och besöket hos advokaten är bokat.',
  ],
  da: [
    'Testen af den nye portal gik godt, og kontrollen af fakturaen er afsluttet.',
    'Udvælgelsen af ansøgere begynder mandag; send en scanning af dit pas.',
    'Vandtrykket var for højt og spændingen i nettet for lav. Resultatet for kvartalet er positivt.',
    'Vores afdeling for kundeservice ringer tilbage, og besøget hos advokaten er aftalt.',
  ],
  no: [
    'Testen av den nye portalen gikk bra, og kontrollen av fakturaen er ferdig.',
    'Utvelgelsen av søkere starter mandag; send en skanning av passet ditt.',
    'Vanntrykket var for høyt og spenningen i nettet for lav. Resultatet for kvartalet er positivt.',
    'Vår avdeling for kundeservice ringer tilbake, og timen hos advokaten er avtalt.',
  ],
  fi: [
    'Uuden portaalin testi onnistui ja laskun tarkastus on valmis.',
    'Hakijoiden seulonta alkaa maanantaina; lähettäkää skannaus passista.',
    'Vedenpaine oli liian korkea ja verkon jännite liian matala. Neljänneksen tulos oli positiivinen.',
    'Asiakaspalveluosastomme soittaa teille, ja auton katsastus on varattu torstaiksi.',
  ],
  pl: [
    'Test nowego portalu się udał, a kontrola faktury została zakończona.',
    'Selekcja kandydatów zaczyna się w poniedziałek; prosimy o skan dowodu osobistego.',
    'Ciśnienie wody było za wysokie, a napięcie w sieci za niskie. Wynik kwartału jest dobry.',
    'Nasz oddział banku przy rynku oddzwoni, a wizyta u notariusza jest umówiona.',
  ],
};

const checkups: Record<Lang, string> = {
  en: 'My husband had his cardiology check-up last week and his blood sugar was a bit high.',
  de: 'Mein Vater war zur kardiologischen Kontrolle, und der Zucker war zu hoch.',
  fr: 'Ma mère a eu son contrôle cardiologique et la glycémie était un peu élevée.',
  nl: 'Mijn vader had zijn cardiologische controle en de bloedspiegelcontroles zijn elke maand.',
  es: 'Mi mujer tenía la ecografía morfológica y la revisión con el cardiólogo el mismo día.',
  it: 'Mia madre ha la visita di controllo cardiologica e il ferro troppo basso.',
  sv: 'Min man har kontroll hos kardiolog på fredag och pulsen var för låg.',
  da: 'Min far skal til kontrol hos kardiologen, og pulsen var for lav.',
  no: 'Mor har kontroll hos kardiolog i neste uke, og blodsukkeret var for høyt.',
  fi: 'Isällä oli kontrollikäynti kardiologin vastaanotolla ja syke oli liian matala.',
  pl: 'Tata ma wizytę kontrolną u kardiologa, bo ciśnienie za wysokie.',
};

describeTopic('checkups', 'examinations, check-ups and test results', ordinary, checkups);

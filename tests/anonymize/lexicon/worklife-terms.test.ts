import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The worklife topic files (curated/<lang>.worklife.txt) name health at work: sick notes and their
 * length, fitness for one's post, lifting and standing limits, accidents at work. Their words have
 * business twins: a decree or a stopped machine ("arrêté"), a cancelled contract ("la baja"), a low
 * season ("baja temperatura"), a rejected request ("afgekeurd"), a tax exemption ("zwolnienie"), a
 * crane's load, a committee that is able to work. Ordinary sentences built from those twins must
 * not reach a worklife term, and the detector must still find the worklife phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The manager signed off the invoice and the contract was signed off with our lawyers.',
    'Please call in at the branch on Monday; the desk for the new hire arrives on Friday.',
    'The project was off to a slow start, and our focus on the customer is unchanged.',
    'The back office will process the return within ten working days.',
  ],
  de: [
    'Das Gremium ist arbeitsfähig, die Arbeit am Projekt läuft seit Wochen.',
    'Der Kran kann schwere Lasten heben, der Schreibtisch wird am Montag geliefert.',
    'Bitte melden Sie den Zählerstand bis Freitag und rufen Sie uns bei Fragen an.',
    'Die Folge ist ein längerer Vorgang, wir melden uns in zwei Wochen.',
  ],
  fr: [
    'Le chantier est arrêté depuis lundi et le préfet a pris un arrêté municipal.',
    'Le poste de travail est adapté et le bureau sera livré jusqu’au 15 mai.',
    'La production est en arrêt, la reprise est prévue pour juin.',
    'Le colis peut porter la mention fragile; nous sommes aptes à traiter votre dossier.',
  ],
  nl: [
    'Uw aanvraag is afgekeurd en de schuldenaar is in verzuim.',
    'De stroom is uitgevallen, het bureau staat in de hal.',
    'De re-integratie van het oude systeem is een lastig jaar geweest.',
    'Het gesprek met de klant gaat over het contract voor het tweede jaar.',
  ],
  it: [
    'La mansione del nuovo collaboratore è definita nel contratto.',
    'La scrivania regolabile è in consegna e la gru può sollevare grandi carichi.',
    'Le previsioni per il prossimo trimestre sono positive.',
    'Il fornitore è idoneo per la gara e il certificato di conformità è allegato.',
  ],
  es: [
    'Quiero dar de baja mi línea y dar de alta el nuevo contrato.',
    'Hubo tres días de baja temperatura y la demanda fue baja durante meses.',
    'El departamento de IT revisa la baja del servicio; la línea está dada de baja.',
    'La mesa del comedor llega el lunes y el paquete pesa mucho.',
  ],
  pl: [
    'Zwolnienie z opłat obowiązuje do końca roku, a zwolnienie z podatku przedłużono.',
    'Wypadło mi coś w pracy, więc oddzwonię jutro.',
    'Długo czekaliśmy na fakturę, a biurko stoi w magazynie.',
  ],
  sv: [
    'Skrivbordet levereras på måndag och stolen kommer senare.',
    'Vi återkommer om successiva leveranser av varorna.',
    'Hemma har vi fiber och företaget har en ny tjänst.',
  ],
  da: [
    'Bordet står i gangen, og vi har nedsat prisen.',
    'Tilbuddet kan ikke forlænges, og vi vender tilbage i næste uge.',
    'Erklæringen om moms er vedhæftet.',
  ],
  no: [
    'Bordet står i gangen, og vi har redusert prisen.',
    'Oppfølgingsplanen for prosjektet er klar, og reisetilskudd gis til alle.',
    'Vi friskmaler ikke fasaden i år.',
  ],
  fi: [
    'Pöytä toimitetaan maanantaina ja tuoli myöhemmin.',
    'Lausunto hankkeesta on liitteenä, ja kokous on torstaina.',
    'Sairaala on kaupungin keskustassa, ja työ jatkuu ensi viikolla.',
  ],
};

const found: Record<Lang, string> = {
  en: 'My husband called in sick again and is now on restricted duties after his OH assessment.',
  de: 'Ich musste mich gestern krankmelden und bin seit Monaten krank.',
  fr: 'Le médecin du travail m’a déclaré inapte à mon poste et je suis arrêtée depuis mars.',
  nl: 'Ik ben gedeeltelijk arbeidsgeschikt en zit in de WGA.',
  it: 'Mi sono infortunato e il medico competente mi ha dichiarato non idoneo alla mansione.',
  es: 'Llevo tres meses de baja y la mutua aún no me dio el alta.',
  pl: 'Lekarz przedłużył mi zwolnienie, bo nie mogę długo stać.',
  sv: 'Jag skadade mig på jobbet och har ett möte med företagshälsovården.',
  da: 'Jeg er sygemeldt på halv tid og må ikke løfte mere end 10 kg.',
  no: 'Jeg er friskmeldt, men kan ikke stå lenge på grunn av ryggen.',
  fi: 'Kävin työterveyslääkärillä ja olen ollut sairaana koko viikon.',
};

describeTopic('worklife', 'health at work', ordinary, found);

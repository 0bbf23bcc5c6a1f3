import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The reproductive topic files (curated/<lang>.reproductive.txt) name pregnancy, fertility
 * treatment, contraception, birth, menopause and sexual health. Many of their words have an
 * everyday twin in business mail: a coil in a boiler, a procedure that was started ("eingeleitet",
 * "ingeleid", "igångsatt"), a price spiral, an incubator for start-ups, tongs and suction cups, a
 * cut, the water that went off, a waiting period ("in verwachting", "in afwachting"), the
 * sterilisation of instruments. Ordinary sentences built from those twins must not reach a
 * reproductive term, and the detector must still find the reproductive phrases.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The copper coil in the boiler was replaced and the new pipe was fitted on Monday.',
    'He was induced to sign the contract; the induction of new staff starts next week.',
    'The cells in column B are highlighted and the delivery was assisted by two movers.',
    'Our labour costs rose, and the collection of the parcel is due in March.',
  ],
  de: [
    'Das Verfahren wurde eingeleitet und die Spirale der Preise dreht sich weiter.',
    'Nach dem Abgang von der Schule trat er die Stelle an; die Pille war bitter für den Vorstand.',
    'Die Sterilisation der Instrumente erfolgt wöchentlich, die Zange liegt in der Werkstatt.',
    'Die Geburtstagsfeier ist am Freitag, der Wechsel des Tarifs zum Jahresende.',
  ],
  fr: [
    'Le siège de la société est à Lyon et la couveuse d’entreprises nous accompagne.',
    'Le déclenchement de l’alarme a eu lieu à 3 heures; la mort ne change rien au contrat.',
    'L’aspiration de la poussière est prévue et les crevasses du glacier sont dangereuses.',
    'La SA a versé les fonds; voir la pièce jointe IMG_2034.',
  ],
  nl: [
    'In verwachting van uw antwoord sturen wij de factuur opnieuw.',
    'De procedure is ingeleid en de verzakking van de fundering wordt hersteld.',
    'De nacontrole van de meter is gedaan; de knip zit in mijn tas.',
    'De sterilisatie van de instrumenten gebeurt dagelijks.',
  ],
  it: [
    'Parto domani per Milano e la spirale dei prezzi preoccupa tutti.',
    'L’incubatrice di imprese ha sede a Torino; la candida neve copre il tetto.',
    'Il ritardo del ciclo produttivo ha causato la consegna tardiva.',
  ],
  es: [
    'Parto de la base de que la factura es correcta.',
    'La incubadora de empresas nos ayuda y la ventosa del soporte se ha caído.',
    'Siento impotencia ante su respuesta; la cuarentena de la mercancía terminó.',
    'Hay que abortar la operación si el pago no llega.',
  ],
  pl: [
    'Spirala zadłużenia rośnie, a inkubator przedsiębiorczości ma nową siedzibę.',
    'Sterylizacja kotki kosztowała 300 zł, a odkurzacz vacuum jest zepsuty.',
    'Wczoraj przyszła mama z dzieckiem po odbiór paczki.',
    'To był bolesny okres w historii firmy.',
  ],
  sv: [
    'Vattnet gick inte att stänga av och röret hade en bristning.',
    'Projektet är igångsatt och igångsättningen av maskinen sker på måndag.',
    'Återföringen av beloppet görs i morgon; vi fick ett bra klipp på rean.',
    'Spiralen i varmvattenberedaren byttes och skrapningen av färgen är klar.',
  ],
  da: [
    'Vandet gik i hele opgangen, og der var en bristning i røret.',
    'Projektet er igangsat, og igangsættelsen af byggeriet sker i maj.',
    'Vi fik et godt klip på udsalget, og tangen ligger i værkstedet.',
    'Nedsynkning af fundamentet er dækket af forsikringen.',
  ],
  no: [
    'Vannet gikk i hele blokka, og sugekoppen på holderen løsnet.',
    'Fødselsdagen feires på fredag, og fakturaen er sendt.',
    'Saken er satt i gang, og vi venter på svar fra banken.',
  ],
  fi: [
    'Uusi laki synnyttää työpaikkoja ja rikosten ehkäisy paranee.',
    'Laskeuma mitattiin ja pihdit ovat työkalupakissa.',
    'Katsastuksen jälkitarkastus on maanantaina ja imukuppi irtosi ikkunasta.',
  ],
};

const reproductive: Record<Lang, string> = {
  en: 'After two rounds of ovarian stimulation I had a missed miscarriage, and now I am on bed rest.',
  de: 'Meine Frau hat eine Gestose, strenge Bettruhe, und nach dem Dammriss kam ein Milchstau.',
  fr: 'Après la stimulation ovarienne et le transfert embryonnaire, je suis en arrêt pour col raccourci.',
  nl: 'Na de eicelpunctie en een vroege miskraam moest ik strikte bedrust houden.',
  it: 'Dopo il cerchiaggio ho avuto la minaccia di parto prematuro e ora sono a riposo assoluto.',
  es: 'Tras la punción folicular tuve un aborto diferido y me hicieron un legrado.',
  pl: 'Po transferze zarodków miałam poronienie chybione i łyżeczkowanie.',
  sv: 'Efter äggplock och frysta embryon fick jag missed abortion.',
  da: 'Efter ægudtagning og nedfrosne æg havde jeg en dødfødsel.',
  no: 'Etter egguttak og frysing av egg fikk jeg utskrapning.',
  fi: 'Munasolupunktion ja alkionsiirron jälkeen minulla oli keskeytynyt keskenmeno.',
};

describeTopic('reproductive', 'reproductive and sexual health', ordinary, reproductive);

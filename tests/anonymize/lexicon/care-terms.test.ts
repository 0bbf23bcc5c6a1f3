import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The care topic files (curated/<lang>.care.txt) name health in the words of aids, paperwork and
 * daily life. Many of those words have an everyday twin in business mail: a broken link, healthy
 * finances, the treatment of a complaint, a fault's diagnosis, the recovery of a debt, a cancelled
 * subscription ("dar de baja"), a dismissal ("zwolnienie"), a recording ("opname"). Ordinary
 * sentences built from those twins must not reach a care term, and the detector must still find
 * the care phrases. (Other tables may still mark some of these sentences: that is theirs to fix.)
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The link in your last newsletter is broken and the printer on the second floor is broken too.',
    'Our finances are healthy, and the treatment of your complaint will take two weeks.',
    'The diagnosis of the fault showed a worn gearbox; screening of applicants starts on Monday.',
    'Recovery of the debt is with our lawyers. Password recovery is in the account settings.',
    'The injured party in the claim is the tenant. Mounting plates and screws come with the shelf.',
    'Customers are increasingly confused by the new tariff. The vacuum delivery arrives on Friday.',
  ],
  de: [
    'Der Link ist kaputt, die Finanzen sind gesund und die Behandlung Ihrer Beschwerde läuft.',
    'Die Diagnose des Fehlers ergab einen Defekt; das Screening der Bewerber beginnt am Montag.',
    'Die Verzerrung im Bild kommt vom Kabel. Die Nachfrage hat stark abgenommen.',
    'Der Entlastungsbetrag für Alleinerziehende steht in der Steuererklärung.',
    'Die Wände sind im Rohbau, die Decke ist aus Gips und die Schiene der Tür klemmt.',
  ],
  fr: [
    'Le lien est cassé, nos finances sont saines et le traitement de votre réclamation est en cours.',
    'Le diagnostic de la panne est fait. La fracture numérique touche les zones rurales.',
    'Il y a une entorse au règlement. La production est en arrêt depuis lundi.',
    'Des fissures dans le plâtre du salon, et la béquille de la moto est cassée.',
    "Le chiffre d'affaires a fait une chute, et la prise en charge à 100 % du sinistre auto est validée.",
  ],
  nl: [
    'De link is kapot, onze financiën zijn gezond en de behandeling van uw klacht loopt nog.',
    'De opname van het gesprek staat online. In beide gevallen en in de meeste gevallen geldt dit.',
    'De overgang naar het nieuwe systeem is klaar. De keuze is gevallen en het ziekteverzuim daalt.',
    'Er is een inbreuk in het contract en een haarscheurtje in de ruit.',
  ],
  es: [
    'El enlace está roto, nuestras finanzas están sanas y el tratamiento de su reclamación sigue.',
    'Puede darse de baja del boletín. Quiero dar de baja mi suscripción.',
    'El servidor sufrió una caída y las ventas tuvieron una caída. Le dieron puntos de fidelidad.',
    'El techo de escayola está listo. Visitamos las cataratas del Niágara.',
  ],
  it: [
    'Il link è rotto, le finanze sono sane e il trattamento del suo reclamo è in corso.',
    'La distorsione del mercato è evidente. È una scelta impegnativa per il tutore legale.',
    'Il ricovero attrezzi è pieno. Le stampelle per i vestiti sono nell’armadio.',
    'La frattura politica è profonda e lo spray aerosol è finito.',
  ],
  sv: [
    'Länken är trasig, ekonomin är sund och behandlingen av ert klagomål pågår.',
    'Väggarna är i gips. Uppgifterna blev inlagd i systemet i går.',
    'Vår personliga assistent bokar resan. Det blev en gula fläcken på duken.',
  ],
  da: [
    'Linket er i stykker, økonomien er sund og behandlingen af din klage er i gang.',
    'Kjolen blev syet i går, og væggene er i gips.',
    'Vi har sendt en specialkørsel med gods og en sugekop til bilen.',
  ],
  no: [
    'Lenken er ødelagt, økonomien er sunn og behandlingen av klagen din pågår.',
    'Det ble innlagt vann og strøm i hytta. Vi har et dialogmøte med kunden.',
    'Plate og skruer i esken følger med hyllen.',
  ],
  fi: [
    'Linkki on rikki, talous on terve ja valituksenne käsittely jatkuu.',
    'Ohjelman kaatumisen jälkeen tiedot katosivat. Kone toimii täydellä teholla.',
    'Tilanne on yhä sekavampi. Järjestelmä ei enää tunnista korttiani.',
    'Hoitotuotteet ja nostolaite toimitetaan varastoon.',
  ],
  pl: [
    'Link jest uszkodzony, finanse są zdrowe, a rozpatrzenie reklamacji trwa.',
    'Zwolnienie z opłat obowiązuje do końca roku. Złamanie przepisów grozi karą.',
    'Kable są splątane, a dokumenty leżące na biurku trzeba podpisać.',
    'Łożysko na kulach i szwy kurtki są w porządku. Mamy mały balkonik.',
  ],
};

const care: Record<Lang, string> = {
  en: 'Since the stroke he needs a patient hoist and the district nurse changes his catheter bag.',
  de: 'Meine Mutter bekommt eine Krankenfahrt zur Dialyse und trägt Kompressionsstrümpfe.',
  fr: 'Ma mère est sous oxygène à domicile et a une carte mobilité inclusion.',
  nl: 'Mijn vader zit in een rolstoel en herkent ons niet meer.',
  es: 'Mi padre ha perdido mucho peso y hemos pedido un salvaescaleras.',
  it: 'Mia madre usa i pannoloni e ha la legge 104.',
  sv: 'Pappa har fått trygghetslarm och är på korttidsboende.',
  da: 'Min mor er på aflastningsophold og har fået en plejeseng.',
  no: 'Mor har fått vedtak om hjemmetjenester og sover i en pleieseng.',
  fi: 'Äiti on vuodepotilas ja kotisairaanhoito käy kahdesti päivässä.',
  pl: 'Mama prawie nic nie je, a od marca korzystamy z opieki wytchnieniowej.',
};

describeTopic('care', 'health said in the words of care', ordinary, care);

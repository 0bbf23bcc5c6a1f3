import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The elderly topic files (curated/<lang>.elderly.txt) name health in the words of old age and its
 * care: dementia by stage, care levels and their assessment, home care, care homes, falls and
 * alarms, frailty, the end of life. Many of those words have an everyday twin in business mail: a
 * product's end of life, a fragile parcel, a system that crashed again, 24-hour customer support, a
 * freelancer (zzp), a price that keeps falling, a company's dependence on a supplier, a temporary
 * stay permit. Ordinary sentences built from those twins must not reach an elderly term, and the
 * detector must still find the customer's sentence.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'The router has reached the end of its life cycle and the frail economy slowed our roll-out.',
    'Our capacity planning tool lacks capacity to manage the peak; the meals are served at noon.',
    'The alarm on the server room door went off and the parcel was marked fragile.',
    'Please send the personal data request to our data protection officer by Friday.',
    'Customer care calls are recorded, and the 24-hour care line says the model is at end of life.',
    'The app no longer recognises my card; the parcel was found on the floor of the depot.',
  ],
  de: [
    'Das Produkt hat das Ende seines Lebenszyklus erreicht, der Markt ist verwirrend.',
    'Die Pflege der Stammdaten übernimmt unser Team, der Pflegebedarf für Lederschuhe ist gering.',
    'Der Notrufknopf im Aufzug wurde geprüft und die Palette ist zerbrechlich.',
    'Die Haushaltshilfe-Pauschale ist steuerfrei, und der Heimvorteil zählt beim Pokalspiel.',
    'Die Nachtpflege-Creme ist ausverkauft.',
  ],
  fr: [
    'Ce produit arrive en fin de vie et le colis est très fragile.',
    "Le plan d'aide aux entreprises est voté ; la commune a été mise sous tutelle de l'État.",
    'La distribution des médicaments génériques augmente et la chute des ventes continue.',
    'Nous sommes confus pour ce retard et la perte de repères du marché nous inquiète.',
  ],
  nl: [
    'Als zzp-er factureer ik maandelijks; de ZZP-regeling is gewijzigd.',
    'Het evenwicht is broos en de afdeling is gesloten tot maandag.',
    'De prijs is gevallen en de software is in een vergevorderd stadium van ontwikkeling.',
    'Wij zijn handelingsbekwaam als bedrijf en de indicatie van de kosten volgt.',
  ],
  es: [
    'La estancia temporal del visado vence en mayo y la web se cae a menudo.',
    'El paquete llegó muy deteriorado y no sabe dónde está su pedido.',
    'Las medidas de apoyo a las empresas siguen y el producto llega al final de la vida útil.',
    'El proyecto está en fase terminal de pruebas; le quedan pocas semanas al contrato.',
  ],
  it: [
    "L'assistenza h24 e l'assistenza 24 ore su 24 sono incluse nel contratto.",
    'Il progetto è in fase terminale e la connessione cade spesso.',
    'Il prodotto è a fine vita; la linea è caduta di nuovo ieri.',
    'Il sistema non è più in grado di gestire le richieste e il cliente non sa dove si trova il pacco.',
    'Si sente sempre meno parlare del progetto e si vede sempre meno il vecchio logo.',
  ],
  sv: [
    'Vi behöver hjälp med allt inför flytten och turisterna går vilse i stan.',
    'Nattpatrullen från vaktbolaget går runt och larmknappen i hissen fungerar.',
    'Vasen är mycket skör och branschen är döende.',
    'Väktaren gör tillsyn på natten och har nattillsyn av lagret.',
  ],
  da: [
    'Priserne er faldet flere gange og falder ofte om vinteren.',
    'Regeringen mangler handleevne, og den sidste tid har været travl.',
    'Vi går ud om natten for at tjekke lageret; AMD leverer processorerne.',
  ],
  no: [
    'Prisene har falt flere ganger og faller ofte om høsten.',
    'Vi har langtidsplass i parkeringshuset og korttidsopphold på hotellet.',
    'Økonomien er skrøpelig, og nattpatruljen fra vaktselskapet går kl. 02.',
  ],
  fi: [
    'Järjestelmä kaatui taas ja asiakas kysyy samaa asiaa.',
    'Puhelimen muisti reistailee ja vauvan vaippoja on varastossa.',
    'Auton hoidon tarve on pieni ja lähtee yöllä ulos kuljetukseen.',
  ],
  pl: [
    'Jestem zdezorientowana tą fakturą, a całodobowa opieka klienta działa.',
    'Podkłady higieniczne dla psa są w promocji, a procesory AMD są droższe.',
    'Umierający przemysł i stan terminala płatniczego wymagają przeglądu.',
  ],
};

const found: Record<Lang, string> = {
  en: 'Mum has moderate dementia now, the carers visit four times a day and she has a falls pendant.',
  de: 'Meine Mutter hat eine mittelschwere Demenz, Weglauftendenz und trägt jetzt ein Notrufarmband.',
  fr: "Mon père souffre de troubles cognitifs et l'auxiliaire de vie passe tous les matins.",
  nl: 'Mijn moeder heeft een zorgprofiel gekregen en woont sinds maart in een woonzorgcentrum.',
  es: 'Mi madre tiene deterioro cognitivo y ya no puede vivir sola; ahora tiene una cuidadora interna.',
  it: 'Mio padre ha un decadimento cognitivo e abbiamo preso una badante convivente.',
  sv: 'Pappa har lindrig demens och har fått omfattande vårdbehov enligt biståndshandläggaren.',
  da: 'Min mor er dement, har omfattende plejebehov og bor nu på et skærmet afsnit.',
  no: 'Far er dement, har omfattende pleiebehov og har fått fallalarm.',
  fi: 'Äidillä on lievä kognitiivinen heikentymä ja hän on lonkkamurtuman jälkeen pitkäaikaishoidossa.',
  pl: 'Mama ma otępienie w stopniu umiarkowanym i wymaga stałej opieki, korzystamy z usług opiekuńczych.',
};

describeTopic('elderly', 'old age and its care', ordinary, found);

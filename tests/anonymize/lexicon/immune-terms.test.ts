import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The immune topic files (curated/<lang>.immune.txt) name infections, vaccinations, allergies,
 * intolerances, medical diets and immune conditions. Many of their words have a business twin: a
 * computer virus, an infected file, an e-mail held in quarantine, a positive answer, a test run, a
 * vaccine in the news, someone "allergic to paperwork", the resistance of a cable, an isolated
 * building, the court registry ("greffe"). Ordinary sentences built from those twins must not
 * reach an immune term, and the detector must still find the phrases written with them.
 */

const ordinary: Record<Lang, string[]> = {
  en: [
    'Your laptop caught a virus and two infected files were moved to quarantine by the mail filter.',
    'We received a positive answer from the bank; the test run of the new portal went fine.',
    'My manager is allergic to paperwork. The news said the vaccine rollout is slowing down.',
    'The booster for the Wi-Fi signal is in the hall and the isolation switch is next to the meter.',
    'Please sign the shielding agreement for the cables; the transplant of the old data is finished.',
  ],
  de: [
    'Ihr Rechner hat einen Virus, die infizierten Dateien liegen in Quarantäne des Mailfilters.',
    'Wir haben eine positive Rückmeldung erhalten und der Testlauf war erfolgreich.',
    'Mein Chef ist allergisch gegen Formulare. In den Nachrichten ging es um den Impfstoff.',
    'Die Isolierung der Außenwand ist fertig und der Schnelltest der Software lief gut.',
    'Die Wunde in der Bilanz ist groß, und die Reaktion auf die Mahnung kam spät.',
  ],
  fr: [
    'Votre ordinateur a un virus et les fichiers infectés sont en quarantaine dans la messagerie.',
    'Nous avons reçu une réponse positive et le test du nouveau portail est concluant.',
    'Le dossier est au greffe du tribunal. La greffe administrative a enregistré la requête.',
    'Mon collègue est allergique à la paperasse. On parle du vaccin dans les journaux.',
    "L'isolement thermique des combles est terminé et le rappel de paiement est parti.",
  ],
  nl: [
    'Uw computer heeft een virus en de besmette bestanden staan in quarantaine bij de mailfilter.',
    'We kregen een positief antwoord en de test van het portaal is geslaagd.',
    'De weerstand van de kabel is te laag en de isolatie van de spouwmuur is klaar.',
    'Mijn baas is allergisch voor formulieren. In het nieuws ging het over het vaccin.',
  ],
  it: [
    'Il computer ha un virus e i file infetti sono in quarantena nel filtro della posta.',
    'Abbiamo ricevuto una risposta positiva e il test del portale è andato bene.',
    "L'influenza della politica sul mercato è forte e il rigetto della domanda è arrivato ieri.",
    'Il mio capo è allergico alla burocrazia. Al telegiornale parlano del vaccino.',
  ],
  es: [
    'Su ordenador tiene un virus y los archivos infectados están en cuarentena en el correo.',
    'Recibimos una respuesta positiva y el test del portal salió bien.',
    'Mi jefe es alérgico al papeleo. En las noticias hablan de la vacuna.',
    'El aislamiento térmico de la fachada está terminado y las defensas del equipo jugaron bien.',
  ],
  pl: [
    'Komputer ma wirusa, a zainfekowane pliki trafiły do kwarantanny w poczcie.',
    'Otrzymaliśmy pozytywną odpowiedź, a test nowego portalu się udał.',
    'Mój szef jest uczulony na punkcie punktualności. W wiadomościach mówią o szczepionce.',
    'Izolacja ścian jest gotowa, a trzecia rata kredytu jest opłacona.',
  ],
  sv: [
    'Datorn har ett virus och de infekterade filerna ligger i karantän i e-postfiltret.',
    'Vi fick ett positivt svar och testet av portalen gick bra.',
    'Min chef är allergisk mot pappersarbete. På nyheterna talade de om vaccinet.',
    'Isoleringen av väggen är klar och kabeln har för lågt motstånd.',
  ],
  da: [
    'Computeren har en virus, og de inficerede filer ligger i karantæne i mailfilteret.',
    'Vi fik et positivt svar, og testen af portalen gik godt.',
    'Min chef er allergisk over for papirarbejde. I nyhederne talte de om vaccinen.',
    'Isoleringen af loftet er færdig, og den tredje rate er betalt.',
  ],
  no: [
    'Datamaskinen har et virus, og de infiserte filene ligger i karantene i e-postfilteret.',
    'Vi fikk et positivt svar, og testen av portalen gikk bra.',
    'Sjefen min er allergisk mot papirarbeid. På nyhetene snakket de om vaksinen.',
    'Isolasjonen av veggen er ferdig, og den tredje avdraget er betalt.',
  ],
  fi: [
    'Tietokoneessa on virus ja saastuneet tiedostot ovat karanteenissa sähköpostisuodattimessa.',
    'Saimme myönteisen vastauksen ja portaalin testi onnistui.',
    'Esimieheni on allerginen paperitöille. Uutisissa puhuttiin rokotteesta.',
    'Seinän eristys on valmis ja kolmas erä on maksettu.',
  ],
};

const immune: Record<Lang, string> = {
  en: 'My son is immunosuppressed after his kidney transplant, so he is self-isolating at home.',
  de: 'Mein Mann ist immunsupprimiert und wurde positiv getestet, er ist in häuslicher Quarantäne.',
  fr: 'Ma fille est immunodéprimée et suit un régime sans gluten depuis son diagnostic.',
  nl: 'Mijn moeder is ongevaccineerd en heeft een tekenbeet opgelopen in de tuin.',
  it: 'Mio padre è immunodepresso e ha avuto una reazione al vaccino la settimana scorsa.',
  es: 'Mi hijo está inmunodeprimido y sigue una dieta sin gluten por prescripción médica.',
  pl: 'Mąż ma obniżoną odporność i jest na kwarantannie po kontakcie z chorym.',
  sv: 'Min dotter har nedsatt immunförsvar och fick en reaktion på vaccinet.',
  da: 'Min far er immunsupprimeret og har fået et inficeret sår efter operationen.',
  no: 'Mor er immunsupprimert og har nedsatt immunforsvar etter behandlingen.',
  fi: 'Isäni on rokottamaton ja hänellä on heikentynyt vastustuskyky.',
};

describeTopic('immune', 'infections, vaccinations, allergies and immune conditions', ordinary, immune);

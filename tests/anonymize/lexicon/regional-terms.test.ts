import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { describeTopic } from './topic-terms.js';

/**
 * The regional topic files (curated/<lang>.regional.txt) add the health, benefits, care, faith,
 * union and party words of Austria and Switzerland (de), Belgium and Switzerland (fr), Flanders
 * (nl), Finland (sv), Ireland (en) and Ticino (it). Their look-alikes in business mail: a stock
 * level, a daily travel allowance, an artificial-intelligence team, an express delivery, a fair
 * deal, a child home-care allowance, the parties to a contract and the European Union.
 */

const ordinary: Partial<Record<Lang, string[]>> = {
  de: [
    'Der Kontostand und der Lagerstand wurden gemeldet; die Zeugnisse der Lehrlinge liegen bei.',
    'Das Taggeld für Dienstreisen beträgt 30 Franken, die IV-Stelle hat neue Öffnungszeiten.',
    'Das Spitalareal wird umgebaut, und die Spitex-Zentrale zieht in die Bahnhofstrasse.',
    'Der Sportverein Union und die Europäische Union schließen eine Partnerschaft mit der Jugend.',
    'Die Pflege der Außenanlagen übernimmt die Gemeinde; die Stufe zwei des Projekts startet.',
  ],
  fr: [
    'Le certificat de conformité et la reprise des activités sont confirmés par la direction.',
    "Notre équipe AI (intelligence artificielle) a présenté le dossier à l'assemblée.",
    'Les parties au contrat ont signé avec la Confédération et l’Union européenne.',
    'La perte de gain de change et la rente viagère sont détaillées dans le rapport.',
    "Le délégué commercial a validé le budget d'assistance technique du centre.",
  ],
  nl: [
    'De spoedbestelling is klaar en het loon wordt gewaarborgd door de bank.',
    'De Europese Unie en de partijen bij het contract hebben het verlof van het personeel geregeld.',
    'Het kortingsbudget voor ouderen en de rust op de werf zijn afgesproken.',
    'De dienst klantenzorg stuurt u een getuigschrift van goed gedrag.',
  ],
  sv: [
    'Vi har jour i helgen och fastighetsjouren svarar dygnet runt.',
    'Hemvårdsstödet för barn betalas av FPA till familjen.',
    'Parterna i avtalet och Europeiska unionen har enats; förtroendet för banken är stort.',
    'Rådgivningen om lån är gratis och pensionen betalas ut den 20:e.',
  ],
  en: [
    'The parties to the contract met representatives of the European Union in Dublin.',
    'We offer a fair deal on home insurance and a support package for small businesses.',
    'Please send the certificate for the boiler and the national party line of the company.',
    'The early payment discount and the step-by-step guide are attached.',
  ],
  it: [
    "La rendita finanziaria e il contributo per l'assistenza tecnica sono indicati nel contratto.",
    "Le parti del contratto e l'Unione europea hanno firmato; il centro commerciale è aperto.",
    'La casa per le vacanze è libera e la cura del giardino è compresa nel prezzo.',
    'Il nostro team di AI ha analizzato la richiesta di prestazioni del server.',
  ],
};

const found: Partial<Record<Lang, string>> = {
  de: 'Ich bin seit Montag krank, die Krankenstandsbestätigung schicke ich nach.',
  fr: 'Je suis en écartement prophylactique, les indemnités de mutuelle ne sont pas encore versées.',
  nl: 'Mijn ziekenbriefje is verstuurd en ik krijg gewaarborgd loon tot eind maart.',
  sv: 'Jag har rätt till specialersättning för läkemedel och får hemvård varje dag.',
  en: "I am on Disablement Benefit and my mother gets Carer's Support Grant; my sick cert is attached.",
  it: "Ho chiesto l'indennità giornaliera di malattia e sono beneficiaria di una rendita AI.",
};

describeTopic(
  'regional',
  'Austrian, Swiss, Belgian, Flemish, Finland-Swedish, Irish and Ticino health words',
  ordinary as Record<Lang, string[]>,
  found as Record<Lang, string>,
);

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { lexiconDir, parseCurated } from '../../../src/anonymize/lexicon/lexicon.loader.js';
import { foldOf, textWords } from '../../../src/anonymize/lexicon/lexicon.text.js';
import { type TermHit, TermMatcher } from '../../../src/anonymize/lexicon/matcher.js';
import { parseTerm } from '../../../src/anonymize/lexicon/term-syntax.js';
import { specialSpans } from './topic-terms.js';

/**
 * The brand file (curated/en.brands.txt) names medicines, devices and nutrition products by the
 * brands and national generic spellings of the 11 countries. It is part of the English table, which
 * the detector scans for a message in every language, so each name must stay clear of the ordinary
 * words of all of them: modules ("Modulen"), "créons", "añoro", "torem", "lubiona", "pidän", a
 * "Waran" in the zoo, transtec servers, Alcatel OneTouch phones, people called Yasmin, Valette or
 * Viani. Ordinary sentences built from those twins must reach none of its terms, and a patient's
 * sentence in each language must reach one and be found as health by the whole detector.
 */

const matcher = new TermMatcher('en', foldOf('en'));
for (const line of parseCurated(readFileSync(path.join(lexiconDir, 'curated', 'en.brands.txt'), 'utf8')).terms
  .HEALTH) {
  const term = parseTerm(line, matcher.fold);
  if (term) matcher.add(term, 'HEALTH');
}

/** What the brand file alone matches in a text, with the inflection rules the detector uses for it. */
function brandTerms(text: string, lang: Lang): string[] {
  const hits: TermHit[] = [];
  matcher.scan(matcher.words(textWords(text), lang === 'fi' || lang === 'pl' ? ['en', lang] : 'en'), hits);
  return hits.map((h) => text.slice(h.start, h.end));
}

const ordinary: Record<Lang, string[]> = {
  en: [
    'We ensure plus-size customers get the same offer. The Alcatel OneTouch phone is out of stock.',
    'Our AirSense air quality monitor needs a filter, and Yasmin from accounts will join the call.',
    'The transtec servers arrive on Monday; the IBU 400 form and the circlet invoice are attached.',
    'The Signia hotel is booked for the conference, and Mr Valette signed the lease.',
  ],
  de: [
    'Die Modulen der Software wurden von der transtec AG geliefert, und im Zoo lebt ein Waran.',
    'Herr Froben hat den Vertrag unterschrieben; die Pro-Version kostet 600 Euro extra.',
    'Die ASS-Abteilung und das Team von Frau Viani prüfen Ihre Rechnung.',
  ],
  fr: [
    'Nous créons un nouveau service, et les clients sortis du contrat sont informés.',
    'M. Valette a signé le contrat ; la formule de base coûte 10 euros.',
    'Le libre-service est ouvert, et la fiche Diane du dossier est à jour.',
  ],
  nl: [
    'De modulen zijn geleverd en ik kom na afloop langs om de afspraak na te komen.',
    'Yasmin van de klantenservice belt u terug over de Evra-offerte.',
    'De kosten van het basispakket en de Signia-licentie staan op de factuur.',
  ],
  it: [
    'Il trittico di gare si corre a maggio e il signor Viani ha firmato il contratto.',
    'Il pacchetto di base costa 10 euro; la Giona srl ha inviato la fattura.',
    'Ti invita alla riunione del giorno 3, e la fattura Lucent è stata pagata.',
  ],
  es: [
    'Añoro los tiempos en que la factura llegaba en papel.',
    'Le invita a la reunión del día 3; los actos de la empresa están en el acta.',
    'El módulo para tabs del navegador está listo y la oferta sigue en pie.',
  ],
  pl: [
    'Pociąg jedzie torem numer dwa, a lubiona przez klientów usługa wraca.',
    'Kwas w akumulatorze trzeba wymienić, a siarczan sodu jest w magazynie.',
    'Moduł płatności działa, a faktura za serwis jest opłacona.',
  ],
  sv: [
    'Modulen är installerad och modulens pris har ändrats.',
    'Treo-gruppen skickar fakturan, och Waran-kontot är stängt.',
  ],
  da: [
    'Modulen er opdateret, og fakturaen er betalt.',
    'Pinex-projektet er afsluttet, og modulens licens er fornyet.',
  ],
  no: [
    'Modulen er oppdatert, og vi har sendt kvittering til Vival AS.',
    'Kontoen for modulene er stengt, og fakturaen er betalt.',
  ],
  fi: [
    'Pidän tästä palvelusta, ja Alcatel OneTouch -puhelin on loppu.',
    'Lucent-laitteet toimitetaan maanantaina, ja lasku on maksettu.',
    'Moduulit on asennettu, ja tilaus on vahvistettu.',
  ],
};

const found: Record<Lang, string> = {
  en: 'I have been prescribed co-amoxiclav and my Omnipod needs replacing.',
  de: 'Mein Arzt hat mir Ibu 600 und Dekristol verschrieben.',
  fr: 'Mon médecin m’a prescrit du Fresubin et du Kreon.',
  nl: 'Ik gebruik Fortimel en mijn moeder slikt ferrofumaraat.',
  it: 'Prendo Dibase ogni settimana e la levotiroxina al mattino.',
  es: 'Tomo Hidroferol y Deprax por la noche.',
  pl: 'Od miesiąca biorę Encorton i kwas foliowy.',
  sv: 'Jag tar Novaluzid och Kalcipos varje dag.',
  da: 'Jeg får Laxoberal og folsyre fra lægen.',
  no: 'Jeg bruker Paralgin forte og Duroferon.',
  fi: 'Käytän Primaspania ja Pegorionia päivittäin.',
};

describe('brand vocabulary', () => {
  for (const lang of Object.keys(ordinary) as Lang[]) {
    it(`reaches no brand term in ordinary ${lang} business sentences with look-alike words`, () => {
      for (const text of ordinary[lang]) expect(brandTerms(text, lang), text).toEqual([]);
    });
    it(`finds medicines, devices and nutrition products by brand in ${lang}`, () => {
      expect(brandTerms(found[lang], lang).length, found[lang]).toBeGreaterThan(0);
      expect(specialSpans(found[lang], lang, 'HEALTH').length, found[lang]).toBeGreaterThan(0);
    });
  }
});

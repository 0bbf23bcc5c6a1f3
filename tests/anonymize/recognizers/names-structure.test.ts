import { describe, expect, it } from 'vitest';
import {
  namesStructure,
  participantSeeds,
  textSeeds,
} from '../../../src/anonymize/recognizers/names-structure.js';
import { ctx, found } from './context.js';

function names(
  text: string,
  lang: Parameters<typeof ctx>[1] = 'en',
  more: Parameters<typeof ctx>[2] = {},
  thread: string[] = [],
): string[] {
  const c = ctx(text, lang, more);
  c.thread = thread;
  return found(text, namesStructure.detect(c));
}

describe('names-structure: seeds', () => {
  it('takes display names, "Last, First" and name-like address local parts from the headers', () => {
    const seeds = participantSeeds(
      [
        { role: 'from', name: '"Smith, John"', address: 'x@example.com' },
        { role: 'to', address: 'anna.mueller@example.de' },
        { role: 'cc', address: 'support@example.com' },
        { role: 'cc', name: 'Acme Customer Service', address: 'service@acme.example' },
      ],
      new Set(),
      'en',
    );
    expect(seeds).toEqual(['John Smith', 'Anna Mueller']);
  });

  it('finds names after greetings, titles and sign-offs in many languages', () => {
    const cases: Array<[string, string]> = [
      ['Dear Mr Smith,\nthanks.', 'Smith'],
      ['Sehr geehrte Frau Dr. Müller,\nvielen Dank.', 'Müller'],
      ['Liebe Anna,\nwie geht es?', 'Anna'],
      ['Bonjour Madame Dupont,\nmerci.', 'Dupont'],
      ['Geachte heer De Vries,\nbedankt.', 'De Vries'],
      ['Estimada Sra. García:\ngracias.', 'García'],
      ['Hej Lars,\ntack.', 'Lars'],
      ['Gentile Sig.ra Rossi,\ngrazie.', 'Rossi'],
      ['Szanowna Pani Kowalska,\ndziękuję.', 'Kowalska'],
      ['Thanks.\n\nMit freundlichen Grüßen\nAnna Müller\nKundenservice', 'Anna Müller'],
      ['Merci.\nCordialement,\nJean-Pierre Martin', 'Jean-Pierre Martin'],
      ['Ok.\n\nMed vänliga hälsningar,\n\nErik Johansson', 'Erik Johansson'],
      ['Fine.\nBest, Tom', 'Tom'],
    ];
    for (const [text, want] of cases) expect(textSeeds(text, new Set(), 'en'), text).toContain(want);
  });

  it('does not take generic addressees, teams or the organisation as names', () => {
    const text =
      'Dear Sir or Madam,\nHallo zusammen,\nHi team,\nDear Valued Customer,\nSehr geehrte Damen und Herren,\n\nBest regards,\nVeildraft Support';
    expect(textSeeds(text, new Set(['veildraft']), 'en')).toEqual([]);
  });

  it('takes a short word in capitals after an introduction for an acronym, not a name', () => {
    expect(names('Hei, olen JHL:n jäsen ja maksan jäsenmaksun.', 'fi')).toEqual([]);
    expect(names('Hei, olen Tuula Mäkelä ja asun Oulussa.', 'fi')).toEqual(['Tuula Mäkelä']);
  });
});

describe('names-structure: self-introductions', () => {
  it('takes no origin or faith after "I am" for a name, and still takes a name', () => {
    expect(textSeeds('Jestem Ukrainką i mieszkam w Krakowie.', new Set(), 'pl')).toEqual([]);
    expect(textSeeds('Jestem Katoliczką, więc proszę o termin.', new Set(), 'pl')).toEqual([]);
    expect(textSeeds('Ik ben Marokkaan en woon in Utrecht.', new Set(), 'nl')).toEqual([]);
    expect(textSeeds('Ik ben Sanne de Vries, klant bij u.', new Set(), 'nl')).toEqual(['Sanne de Vries']);
    expect(textSeeds('Jestem Anną Kowalską, klientką banku.', new Set(), 'pl')).toEqual(['Anną Kowalską']);
  });
});

describe('names-structure: roles and offices', () => {
  it('strips a role word before a name and drops an office addressed like a person', () => {
    const seeds = participantSeeds(
      [{ role: 'from', name: 'Advokat Karen Ottesen', address: 'ko@example.dk' }],
      new Set(),
      'da',
    );
    expect(seeds).toEqual(['Karen Ottesen']);
    expect(textSeeds('Szanowny Panie Radny,\ndziękujemy.', new Set(), 'pl')).toEqual([]);
    expect(textSeeds('Estimados Oficina de Extranjería de Zaragoza:\nles escribo.', new Set(), 'es')).toEqual(
      [],
    );
    expect(textSeeds('Buongiorno Avvocato,\nle scrivo per la causa.', new Set(), 'it')).toEqual([]);
    expect(textSeeds('Egregio Avvocato Marchetti,\ngrazie.', new Set(), 'it')).toContain('Marchetti');
    expect(textSeeds('Dzień dobry Panie Mecenasie,\npiszę.', new Set(), 'pl')).toEqual([]);
    // A name that is also an ordinary word stays a name.
    expect(textSeeds('Hola Rosa,\ngracias.', new Set(), 'es')).toEqual(['Rosa']);
  });
});

describe('names-structure: mentions', () => {
  it('finds every variant of a seed: surname, caps, possessive, lower case, initials', () => {
    const text =
      "Dear Mr Smith,\nSMITH said Smith's claim and john smith's file are with J. Smith.\nBest regards,\nJohn Smith";
    expect(names(text)).toEqual(['Smith', 'SMITH', "Smith's", "john smith's", 'J. Smith', 'John Smith']);
  });

  it('finds German genitive and transliterated spellings', () => {
    const text = 'Hallo Frau Müller,\nMüllers Antwort kam; Herr Mueller auch.';
    expect(names(text, 'de')).toEqual(['Müller', 'Müllers', 'Mueller']);
  });

  it('uses names from the headers and the rest of the thread', () => {
    const text = 'Anna asked about the refund; please call Anna back.';
    expect(names(text, 'en', { participants: [{ role: 'from', name: 'Anna Berg' }] })).toEqual([
      'Anna',
      'Anna',
    ]);
    expect(names('Please ask Lars.', 'en', {}, ['Hej Lars,\nhur mår du?'])).toEqual(['Lars']);
  });

  it('does not flag an ambiguous name used as a word ("Mark the form", "Will you")', () => {
    const text = 'Hi Mark,\nMark the form and send it. Will you? Thanks Mark!';
    expect(names(text, 'en', { participants: [{ role: 'from', name: 'Mark Twain' }] })).toEqual([
      'Mark',
      'Mark',
    ]);
    expect(
      names('mark the form, will you?', 'en', { participants: [{ role: 'from', name: 'Will Mark' }] }),
    ).toEqual([]);
  });

  it('widens a first-name mention over a following known surname', () => {
    expect(names('Hi Anna,\nI spoke with Anna Schmidt today.')).toEqual(['Anna', 'Anna Schmidt']);
  });

  it('flags nothing in a message without names', () => {
    expect(names('Your order 12345 was shipped on Monday. Mark the form in May.')).toEqual([]);
  });
});

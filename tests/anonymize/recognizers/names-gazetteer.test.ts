import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import {
  gazetteerSizes,
  isAmbiguousName,
  isGivenName,
  isSurname,
} from '../../../src/anonymize/recognizers/name-lists.js';
import { namesGazetteer } from '../../../src/anonymize/recognizers/names-gazetteer.js';
import { ctx, found } from './context.js';

const names = (text: string, allow: string[] = [], lang: Lang = 'en') =>
  found(text, namesGazetteer.detect(ctx(text, lang, { allow })));

describe('name gazetteers', () => {
  it('know given names and surnames of every supported language', () => {
    for (const n of [
      'Anna',
      'Jürgen',
      'Camille',
      'Pieter',
      'Lucía',
      'Lars',
      'Giuseppe',
      'Mette',
      'Aino',
      'Agnieszka',
    ]) {
      expect(isGivenName(n), n).toBe(true);
    }
    for (const n of ['Müller', 'Kowalski', 'Rossi', 'Johansson', 'García'])
      expect(isSurname(n), n).toBe(true);
    expect(gazetteerSizes().given).toBeGreaterThan(5000);
  });

  it('mark names that are also ordinary words as ambiguous', () => {
    for (const n of ['Will', 'Mark', 'May', 'Rose', 'Hope', 'Bill', 'Grace', 'Frank'])
      expect(isAmbiguousName(n), n).toBe(true);
    expect(isAmbiguousName('Tamara')).toBe(false);
  });
});

describe('names-gazetteer recognizer', () => {
  it('flags an unambiguous given name with the surname that follows it', () => {
    expect(names('Yesterday Tamara Okonkwo called, and later Judy.')).toEqual(['Tamara Okonkwo', 'Judy']);
  });

  it('does not flag ambiguous names without evidence', () => {
    expect(
      names('Mark the form. Will you send it in May? Hope it helps. Grace period ends. Frank feedback.'),
    ).toEqual([]);
  });

  it('flags an ambiguous given name followed by a surname', () => {
    expect(names('I spoke to May Thompson and Will Kowalski.')).toEqual(['May Thompson', 'Will Kowalski']);
  });

  it('takes the other members of a list that holds a known name', () => {
    expect(names('Our founders: Kovalev, Bailey and Eklund. Hi Tamara, I am writing.')).toEqual([
      'Kovalev',
      'Bailey',
      'Eklund',
      'Tamara',
    ]);
    expect(names('We sell Apples, Pears and Plums.')).toEqual([]);
  });

  it('skips allow-listed terms', () => {
    expect(names('Thanks for choosing Tamara Cloud.', ['Tamara Cloud', 'Tamara'])).toEqual([]);
  });

  it("takes no ordinary word of the message's language for a name", () => {
    expect(names('Mein herzliches Beileid zum Tod Ihres Vaters. Mein Bruder ruft Sie an.', [], 'de')).toEqual(
      [],
    );
    expect(names('Olen soittanut teille jo kolme kertaa.', [], 'fi')).toEqual([]);
    expect(names('Los documentos llegaron ayer.', [], 'es')).toEqual([]);
  });

  it('still finds names in those languages, with the ordinary word before them left out', () => {
    expect(names('Gestern rief Tamara Okonkwo an, heute Jürgen.', [], 'de')).toEqual([
      'Tamara Okonkwo',
      'Jürgen',
    ]);
    expect(names('Olen Matti Virtanen ja asun Tampereella.', [], 'fi')).toEqual(['Matti Virtanen']);
    expect(names('Ayer hablé con Lucía García sobre el pedido.', [], 'es')).toEqual(['Lucía García']);
  });

  it('takes a given name that is an ordinary word of the language only with a surname after it', () => {
    expect(names('Die Akte von Tod Kowalski liegt vor.', [], 'de')).toEqual(['Tod Kowalski']);
  });

  it('takes no ordinary word opening a sentence for a given name before an unknown capitalised word', () => {
    // "Olen" (I am) is a given name too; "Tehyn" is a union's name in the genitive.
    expect(names('Olen Tehyn jäsen ja maksan jäsenmaksun.', [], 'fi')).toEqual([]);
    expect(names('Will Smith called about the invoice.', [], 'en')).toEqual(['Will Smith']);
  });
});

import { describe, expect, it } from 'vitest';
import { ibanRecognizer } from '../../../src/anonymize/recognizers/iban.js';
import { ctx, found } from './context.js';

const run = (text: string) => found(text, ibanRecognizer.detect(ctx(text)));

describe('iban recognizer', () => {
  it('finds valid IBANs compact, grouped, dashed and in lower case, in several languages', () => {
    expect(run('Meine IBAN lautet DE89 3704 0044 0532 0130 00 bei der Sparkasse.')).toEqual([
      'DE89 3704 0044 0532 0130 00',
    ]);
    expect(run('Mon IBAN : FR1420041010050500013M02606, merci')).toEqual(['FR1420041010050500013M02606']);
    expect(run('Rekeningnummer NL91ABNA0417164300 graag')).toEqual(['NL91ABNA0417164300']);
    expect(run('my iban is gb82-west-1234-5698-7654-32')).toEqual(['gb82-west-1234-5698-7654-32']);
    expect(run('IBAN ES91 2100 0418 4502 0005 1332 gracias')).toEqual(['ES91 2100 0418 4502 0005 1332']);
    expect(run('kontonummer SE45 5000 0000 0583 9825 7466.')).toEqual(['SE45 5000 0000 0583 9825 7466']);
  });

  it('does not swallow the next word after a grouped IBAN', () => {
    expect(run('NO93 8601 1117 947 is mine')).toEqual(['NO93 8601 1117 947']);
  });

  it('ignores wrong check digits unless the word IBAN announces it, and then scores it low', () => {
    expect(run('reference DE88 3704 0044 0532 0130 00')).toEqual([]);
    const spans = ibanRecognizer.detect(ctx('IBAN: DE88 3704 0044 0532 0130 00'));
    expect(spans).toHaveLength(1);
    expect(spans[0]!.score).toBeLessThan(0.9);
  });

  it('keeps a mistyped IBAN a few characters too long or too short when an account word announces it', () => {
    const spans = ibanRecognizer.detect(
      ctx("Merci de verser le solde sur mon compte CH91 0076 8001 0045 8321 907 et d'envoyer"),
    );
    expect(spans.map((s) => s.score)).toEqual([0.5]);
    expect(run("sur mon compte CH91 0076 8001 0045 8321 907 et d'envoyer")).toEqual([
      'CH91 0076 8001 0045 8321 907',
    ]);
    expect(run('IBAN DE89 3704 0044 0532 0130 0 bitte')).toEqual(['DE89 3704 0044 0532 0130 0']);
    // Without the account word, or far from its country's length, it is nobody's IBAN.
    expect(run('Artikel CH91 0076 8001 0045 8321 907 im Katalog')).toEqual([]);
    expect(run('IBAN DE89 3704 0044 0532 0130 0000 4444')).toEqual([]);
  });

  it('finds a Polish account number written without its country code when its check digits hold', () => {
    expect(run('Proszę o zwrot na konto 93 1142 0040 8674 9382 2046 3303, dziękuję.')).toEqual([
      '93 1142 0040 8674 9382 2046 3303',
    ]);
    expect(run('numer 94 1142 0040 8674 9382 2046 3303')).toEqual([]);
  });

  it('ignores things of the wrong length or country', () => {
    expect(run('DE89 3704 0044 0532 0130')).toEqual([]);
    expect(run('XX89370400440532013000 and AB12 model')).toEqual([]);
  });
});

describe('iban recognizer, partial numbers', () => {
  it('keeps the last digits of an account after "ending in" phrases in several languages', () => {
    expect(run('the refund was paid to the account ending in 4357 with reference')).toEqual(['4357']);
    expect(run('auf das Konto mit der Endung 4591 überwiesen')).toEqual(['4591']);
    expect(run('op uw rekening eindigend op 1234.')).toEqual(['1234']);
  });
});

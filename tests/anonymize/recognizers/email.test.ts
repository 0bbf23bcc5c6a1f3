import { describe, expect, it } from 'vitest';
import { emailRecognizer } from '../../../src/anonymize/recognizers/email.js';
import { ctx, found } from './context.js';

const run = (text: string) => found(text, emailRecognizer.detect(ctx(text)));

describe('email recognizer', () => {
  it('finds addresses in sentences of several languages, without the punctuation around them', () => {
    expect(run('Please write to john.smith@example.co.uk.')).toEqual(['john.smith@example.co.uk']);
    expect(run('Meine Adresse: "hans.mueller+rechnung@web.de", danke.')).toEqual([
      'hans.mueller+rechnung@web.de',
    ]);
    expect(run("Écrivez-moi à françois.dupont@exemple.fr s'il vous plaît")).toEqual([
      'françois.dupont@exemple.fr',
    ]);
    expect(run('Mijn e-mail is <jan_de-vries@ziggo.nl>')).toEqual(['jan_de-vries@ziggo.nl']);
    expect(run('mejl: åsa.öberg@företag.se')).toEqual(['åsa.öberg@företag.se']);
  });

  it('finds common obfuscations', () => {
    expect(run('contact: maria.garcia [at] gmail [dot] com')).toEqual(['maria.garcia [at] gmail [dot] com']);
    expect(run('piet(at)kpn.nl')).toEqual(['piet(at)kpn.nl']);
    expect(run('write to ola at online dot no')).toEqual(['ola at online dot no']);
  });

  it('rejects things that only look like addresses', () => {
    expect(run('We met at school. Then we left.')).toEqual([]);
    expect(run('price @ 5 EUR, twitter handle @jsmith')).toEqual([]);
    expect(run('bad..dots@example.com')).toEqual([]);
    expect(run('user@localhost')).toEqual([]);
  });

  it('reads an address outwards from its @: several in a row, a mention, a dot-led local part', () => {
    expect(run('cc: a.b@x.de,c@y.org; @support on chat; ..dots@z.com')).toEqual([
      'a.b@x.de',
      'c@y.org',
      'dots@z.com',
    ]);
    expect(run('no address at all in this long sentence without the sign')).toEqual([]);
  });
});

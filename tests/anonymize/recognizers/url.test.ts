import { describe, expect, it } from 'vitest';
import { urlRecognizer } from '../../../src/anonymize/recognizers/url.js';
import { ctx } from './context.js';

const run = (text: string, allow: string[] = []) =>
  urlRecognizer.detect(ctx(text, 'en', { allow })).map((s) => [text.slice(s.start, s.end), s.score] as const);

describe('url recognizer', () => {
  it('scores profile paths, social profiles and tokens in query strings as identifying', () => {
    expect(run('See https://www.linkedin.com/in/jan-de-vries-12345/.')).toEqual([
      ['https://www.linkedin.com/in/jan-de-vries-12345/', 0.9],
    ]);
    expect(run('Profil: https://forum.example.de/user/hmueller/posts')).toEqual([
      ['https://forum.example.de/user/hmueller/posts', 0.9],
    ]);
    expect(run('Lien: https://acme.fr/reset?token=a8f7d6e5c4b3a2910 merci')).toEqual([
      ['https://acme.fr/reset?token=a8f7d6e5c4b3a2910', 0.9],
    ]);
    expect(run('https://example.org/~jsmith and www.instagram.com/maria.garcia')).toEqual([
      ['https://example.org/~jsmith', 0.9],
      ['www.instagram.com/maria.garcia', 0.9],
    ]);
  });

  it("scores a URL announced as someone's own website higher than a plain page", () => {
    expect(run('My website is http://www.visualtrips.hu/')).toEqual([['http://www.visualtrips.hu/', 0.85]]);
    expect(run('Meine Webseite: https://hans-mueller.de')).toEqual([['https://hans-mueller.de', 0.85]]);
    expect(run('read https://www.gov.uk/tax-codes first')).toEqual([['https://www.gov.uk/tax-codes', 0.5]]);
  });

  it("keeps plain pages of the organisation's own allow-listed domain, but not personal links on it", () => {
    const allow = ['acme-insurance.com'];
    expect(run('Forms are on https://www.acme-insurance.com/forms/claims.', allow)).toEqual([]);
    expect(run('Your portal: https://portal.acme-insurance.com/customer/884213/claims', allow)).toEqual([
      ['https://portal.acme-insurance.com/customer/884213/claims', 0.9],
    ]);
  });

  it('ignores text that is not a URL', () => {
    expect(run('the file is www. or http:// nothing, version 1.2.3')).toEqual([]);
  });
});

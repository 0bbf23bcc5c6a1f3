import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { specialCategories } from '../../../src/anonymize/recognizers/special-categories.js';
import { ctx } from './context.js';

function health(text: string, lang: Lang): string[] {
  return specialCategories
    .detect(ctx(text, lang))
    .filter((s) => s.type === 'HEALTH')
    .map((s) => text.slice(s.start, s.end));
}

const covers = (found: string[], want: string) => found.some((f) => f.includes(want));

describe('a body part with a complaint', () => {
  const cases: [Lang, string, string][] = [
    ['en', 'My shoulder hurts when I lift anything.', 'shoulder hurts'],
    ['de', 'Mein Knie ist seit Montag geschwollen.', 'Knie ist seit Montag geschwollen'],
    ['fr', 'Je me suis cassé la cheville en tombant.', 'cassé la cheville'],
    ['nl', 'Mijn pols is gebroken.', 'pols is gebroken'],
    ['es', 'Tengo la pierna hinchada.', 'pierna hinchada'],
    ['it', 'Ho la caviglia gonfia.', 'caviglia gonfia'],
    ['sv', 'Knät är svullet igen.', 'Knät är svullet'],
    ['da', 'Mit knæ er hævet.', 'knæ er hævet'],
    ['no', 'Jeg har vondt i ryggen.', 'vondt i ryggen'],
    ['fi', 'Selkään sattuu edelleen.', 'Selkään sattuu'],
    ['pl', 'Boli mnie kolano od tygodnia.', 'Boli mnie kolano'],
  ];
  it.each(cases)('finds the pairing in %s, in either order', (lang, text, want) => {
    expect(covers(health(text, lang), want)).toBe(true);
  });

  const dressings: [Lang, string, string][] = [
    ['de', 'Sie trägt einen Gips am rechten Handgelenk.', 'Gips am rechten Handgelenk'],
    ['de', 'Er hat eine Taubheit im linken Bein.', 'Taubheit im linken Bein'],
    ['no', 'Han fikk brannskader på begge hender.', 'brannskader på begge hender'],
    ['no', 'Hun har bandasje over venstre øye.', 'bandasje over venstre øye'],
    ['it', "Ha dolori fortissimi all'anca.", "dolori fortissimi all'anca"],
    ['en', 'His wrist still won’t bend properly.', 'wrist still won’t bend'],
    ['fr', 'Après mon opération de la main droite, je ne peux pas écrire.', 'opération de la main'],
  ];
  it.each(dressings)(
    'finds a cast, a dressing, an operation or a limb that will not move in %s',
    (lang, text, want) => {
      expect(covers(health(text, lang), want)).toBe(true);
    },
  );

  it('leaves a cast, a move or an operation without a body part alone', () => {
    expect(health("We can't move the appointment; the cast list is final.", 'en')).toEqual([]);
    expect(health('Die Wand ist mit Gips verputzt.', 'de')).toEqual([]);
    expect(health("L'opération sur votre compte a été faite à la main par l'agence.", 'fr')).toEqual([]);
  });

  it('needs both: a body part or a complaint alone is not a health fact', () => {
    expect(health('Please hand in the form; the back door is open.', 'en')).toEqual([]);
    expect(health('The link is broken, the printer too.', 'en')).toEqual([]);
    expect(health('Die Hand des Zeichners war ruhig.', 'de')).toEqual([]);
  });

  it('does not pair across a sentence end', () => {
    expect(health('I signed with my left hand. The contract was broken by them.', 'en')).toEqual([]);
  });
});

describe('medical word endings in every language', () => {
  const cases: [Lang, string, string][] = [
    ['de', 'Nach der Appendektomie bin ich zu Hause.', 'Appendektomie'],
    ['it', 'Ho fatto una colonscopia ieri.', 'colonscopia'],
    ['pl', 'Miałam laparoskopia w maju.', 'laparoskopia'],
    ['nl', 'Ik heb een tracheotomie gehad.', 'tracheotomie'],
    ['sv', 'Han fick en gastroskopi förra veckan.', 'gastroskopi'],
    ['fr', 'Il a eu une angioplastie.', 'angioplastie'],
    ['en', 'He has hemiplegia since the stroke.', 'hemiplegia'],
    ['es', 'Me diagnosticaron endometriosis.', 'endometriosis'],
    ['de', 'Sie hat ein Lymphödem am Arm.', 'Lymphödem'],
  ];
  it.each(cases)('finds a condition or procedure by its ending in %s', (lang, text, want) => {
    expect(covers(health(text, lang), want)).toBe(true);
  });

  it('leaves ordinary words with look-alike endings alone', () => {
    expect(health('A diagnosis of the economy, with nostalgia for the academia.', 'en')).toEqual([]);
    expect(health('Muutamia käyttämistä vietnamin asioista.', 'fi')).toEqual([]);
    expect(health('Participatie en emancipatie in de academie.', 'nl')).toEqual([]);
  });
});

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

describe('health phrases as patients write them', () => {
  it('takes the body part, side, stage and severity with the condition', () => {
    const cases: Array<[Lang, string, string]> = [
      ['en', 'She is on the ward with a fractured left hip.', 'fractured left hip'],
      ['en', 'He has early dementia and gets lost.', 'early dementia'],
      ['de', 'Ich habe COPD GOLD 3 und nachts Sauerstoff.', 'COPD GOLD 3'],
      ['fr', 'Je serai opéré pour une prothèse totale du genou droit.', 'prothèse totale du genou droit'],
      ['fr', 'Je souffre d’une anémie modérée depuis l’hiver.', 'anémie modérée'],
      ['es', 'Mi madre tuvo cáncer de mama hace años.', 'cáncer de mama'],
      ['it', 'Mio marito ha il diabete di tipo 1 da ragazzo.', 'diabete di tipo 1'],
      ['da', 'Jeg har stadig smerter i venstre ben om natten.', 'smerter i venstre ben'],
      ['pl', 'Doznałem skręcenia prawego kolana na boisku.', 'skręcenia prawego kolana'],
    ];
    for (const [lang, text, want] of cases) expect(health(text, lang), text).toContain(want);
  });

  it('knows lay symptoms, aids, examinations and sick leave in every language', () => {
    const cases: Array<[Lang, string, string]> = [
      ['en', 'I have been signed off sick and I am on a phased return.', 'phased return'],
      ['de', 'Er braucht nachts eine Heimbeatmung und einen Elektrorollstuhl.', 'Elektrorollstuhl'],
      ['de', 'Ich bekomme seit März nur noch Krankengeld.', 'Krankengeld'],
      ['fr', 'Il dort avec une machine PPC et il est sous oxygénothérapie.', 'oxygénothérapie'],
      ['nl', 'Mijn dochter had een hersenschudding en een hoofdwond.', 'hoofdwond'],
      ['es', 'Sigo con dolor de cuello y hormigueo en la mano.', 'hormigueo en la mano'],
      ['sv', 'Jag har fortfarande huvudvärk och koncentrationssvårigheter.', 'koncentrationssvårigheter'],
      ['it', 'Ha una emiparesi destra e disfagia.', 'disfagia'],
      ['no', 'Han hadde pustevansker etter fødselen.', 'pustevansker'],
      ['fi', 'Minulla on ollut niskakipua ja huimausta.', 'niskakipua'],
      ['pl', 'Mam niedoczynność tarczycy i biorę leki.', 'niedoczynność tarczycy'],
    ];
    for (const [lang, text, want] of cases)
      expect(
        health(text, lang).some((h) => h.includes(want)),
        text,
      ).toBe(true);
  });

  it('leaves the look-alikes of everyday mail alone', () => {
    expect(health('Mi sono perso il pain au chocolat? La Ladefläche ist leer.', 'de')).toEqual([]);
    expect(health('Quiero dar de baja el contrato; la operación bancaria falló.', 'es')).toEqual([]);
    expect(
      health('In sommige gevallen is de uitslag pas later bekend; ik heb contact opgenomen.', 'nl'),
    ).toEqual([]);
    expect(health('Sovellus kaatui, ja sain vastauksen osastolla.', 'fi')).toEqual([]);
    expect(health('Beroende på svaret skickar vi en ny faktura.', 'sv')).toEqual([]);
    expect(health('We had a vattenskada and the Einbruch was reported.', 'en')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import { specialCategories } from '../../../src/anonymize/recognizers/special-categories.js';
import { ctx } from './context.js';

function political(text: string, lang: Lang): string[] {
  return specialCategories
    .detect(ctx(text, lang))
    .filter((s) => s.type === 'POLITICAL_OPINION')
    .map((s) => text.slice(s.start, s.end));
}

describe('a vote and the party it went to', () => {
  const cases: [Lang, string, string][] = [
    ['en', 'Last May I voted for the Wessex Independents again.', 'voted for the Wessex Independents'],
    ['de', 'Mein Mann stimmt für die Freien Wähler.', 'stimmt für die Freien Wähler'],
    ['fr', "J'ai voté pour Horizons au premier tour.", 'voté pour Horizons'],
    ['nl', 'Ik stem op de Partij voor de Dieren.', 'stem op de Partij voor de Dieren'],
    ['es', 'Voté a Más Madrid en las últimas elecciones.', 'Voté a Más Madrid'],
    ['it', 'Ho sempre votato per Azione.', 'votato per Azione'],
    ['sv', 'Jag röstade på Nyans i kommunvalet.', 'röstade på Nyans'],
    ['da', 'Jeg stemte på Alternativet.', 'stemte på Alternativet'],
    ['no', 'Jeg stemmer på Miljøpartiet De Grønne.', 'stemmer på Miljøpartiet De Grønne'],
    ['fi', 'Äänestin vihreitä viime vaaleissa.', 'Äänestin vihreitä'],
    ['pl', 'Głosuję na Lewicę od lat.', 'Głosuję na Lewicę'],
  ];
  it.each(cases)(
    'takes the verb with the capitalised name after it in %s, any party, any case ending',
    (lang, text, want) => {
      expect(political(text, lang).some((p) => p.includes(want))).toBe(true);
    },
  );

  it('stops at the end of the name, before punctuation', () => {
    expect(political('Jag röstade på Miljöpartiet.', 'sv')).toEqual(['röstade på Miljöpartiet']);
  });

  it('needs a name: a vote for something lower-case is not a party', () => {
    expect(political('Die Mitglieder stimmten ab und wählten einen neuen Termin.', 'de')).toEqual([]);
  });
});

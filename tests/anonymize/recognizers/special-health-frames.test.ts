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

describe('a condition in a health frame, known to no list', () => {
  // Made-up condition names, so only the frame can find them.
  const cases: [Lang, string, string][] = [
    ['en', 'My husband suffers from Varnell syndrome since May.', 'Varnell syndrome'],
    ['fr', "Ma fille souffre d'une maladie de Quentaz.", 'maladie de Quentaz'],
    ['de', 'Er leidet an Morbus Telgar und braucht Ruhe.', 'Morbus Telgar'],
    ['nl', 'Hij wordt behandeld voor de ziekte van Brelt, sinds maart.', 'ziekte van Brelt'],
    ['es', 'Estoy de baja por síndrome de Olvar desde enero.', 'síndrome de Olvar'],
    ['it', 'Mia madre soffre di morbo di Ferlani da anni.', 'morbo di Ferlani'],
    ['sv', 'Jag är sjukskriven för Tarnells sjukdom.', 'Tarnells sjukdom'],
    ['pl', 'Syn choruje na zespół Werlanda od dziecka.', 'zespół Werlanda'],
  ];
  it.each(cases)('takes the phrase after the frame in %s', (lang, text, want) => {
    expect(health(text, lang).some((f) => f.includes(want))).toBe(true);
  });

  it('needs a condition after the frame: a price, a duration or a grievance is none', () => {
    expect(health('The project suffers from delays and we were treated for free.', 'en')).toEqual([]);
    // The duration is no condition of its own; it joins the sick leave as its length.
    expect(health('Sono stato in malattia per tre settimane.', 'it')).toEqual([
      'in malattia per tre settimane',
    ]);
  });

  it('reads a looser frame only of a person, or of the writer when it opens the clause', () => {
    expect(health('Der Einzelhandel leidet unter dem Onlinegeschäft.', 'de')).toEqual([]);
    expect(health('The whole network suffers from Varnell congestion at peak hours.', 'en')).toEqual([]);
    expect(health('Het hele netwerk lijdt aan Brelt-overbelasting in de spits.', 'nl')).toEqual([]);
    expect(health('Herr Kowalski leidet unter Morbus Telgar.', 'de')).toEqual(['Morbus Telgar']);
    expect(health('Leide an Morbus Telgar, seit Jahren.', 'de')).toEqual(['Morbus Telgar']);
    expect(health('Oliver suffers from Varnell syndrome.', 'en')).toEqual(['Varnell syndrome']);
  });

  it('ends the phrase with its sentence', () => {
    expect(health('Meine Mutter leidet an Telgar. Herr Kowalski ruft an.', 'de')).toEqual(['Telgar']);
  });
});

describe('the week of a pregnancy', () => {
  it('reads gestational notation on its own', () => {
    expect(health('Ultraschall am Montag (SSW 21+3), alles gut.', 'de')).toContain('SSW 21+3');
    expect(health('Kontrolli oli rv 30+1 ja kaikki hyvin.', 'fi')).toContain('rv 30+1');
  });

  it('reads a bare week count only when the message speaks of a pregnancy', () => {
    expect(
      health('Ich bin schwanger, jetzt in der 14. Woche.', 'de').some((f) => f.includes('14. Woche')),
    ).toBe(true);
    expect(
      health('Jestem w ciąży (18 tydzień) i pytam o zasiłek.', 'pl').some((f) => f.includes('18 tydzień')),
    ).toBe(true);
    expect(health('Die Lieferung kommt in der 14. Woche.', 'de')).toEqual([]);
    expect(health('We will reply in week 12 at the latest.', 'en')).toEqual([]);
  });
});

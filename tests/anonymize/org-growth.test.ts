import { describe, expect, it } from 'vitest';
import type { EntityType, Lang, Span } from '../../src/anonymize/anonymize.types.js';
import { growOrgSpans } from '../../src/anonymize/org-growth.models.js';

const span = (text: string, part: string, type: EntityType = 'ORG'): Span => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`no ${part}`);
  return { start, end: start + part.length, type, source: 'test', score: 0.8 };
};

/** The ORG spans after growth, as text. */
function grown(text: string, lang: Lang, org: string, others: Array<[string, EntityType]> = []): string[] {
  const spans = [span(text, org), ...others.map(([p, t]) => span(text, p, t))];
  return growOrgSpans(text, spans, lang)
    .filter((s) => s.type === 'ORG')
    .map((s) => text.slice(s.start, s.end));
}

describe('ORG growth over the place after the name', () => {
  it('Nordic: over i / på / vid and a capitalised place or organisation', () => {
    expect(grown('Børneafdelingen i Svendborg ringede.', 'da', 'Børneafdelingen')).toEqual([
      'Børneafdelingen i Svendborg',
    ]);
    expect(
      grown('Mammaklinikken på Odense Universitetshospital skrev.', 'da', 'Mammaklinikken', [
        ['Odense Universitetshospital', 'ORG'],
      ]),
    ).toContain('Mammaklinikken på Odense Universitetshospital');
    expect(grown('Klinisk genetik i Uppsala svarade.', 'sv', 'Klinisk genetik')).toEqual([
      'Klinisk genetik i Uppsala',
    ]);
    expect(
      grown('Habiliteringstjenesten på Bærum sykehus.', 'no', 'Habiliteringstjenesten', [
        ['Bærum sykehus', 'ORG'],
      ]),
    ).toContain('Habiliteringstjenesten på Bærum sykehus');
  });

  it('Nordic: not over a lower-case word, a month, a comma or a full stop', () => {
    expect(grown('Aalborg Kommune i stedet for løn.', 'da', 'Aalborg Kommune')).toEqual(['Aalborg Kommune']);
    expect(grown('Jeg var på Rigshospitalet i Marts.', 'da', 'Rigshospitalet')).toEqual(['Rigshospitalet']);
    expect(grown('Rigshospitalet, i Svendborg bor jeg.', 'da', 'Rigshospitalet')).toEqual(['Rigshospitalet']);
    expect(grown('Rigshospitalet. I Svendborg bor jeg.', 'da', 'Rigshospitalet')).toEqual(['Rigshospitalet']);
  });

  it('Romance: over de / du / di / del and the town, and a court number before it', () => {
    expect(grown('Suivi au CMP de Montbrison depuis mars.', 'fr', 'CMP')).toEqual(['CMP de Montbrison']);
    expect(grown('La CPAM du Rhône refuse.', 'fr', 'CPAM')).toEqual(['CPAM du Rhône']);
    expect(grown('Fermato dai Carabinieri di Seriate ieri.', 'it', 'Carabinieri')).toEqual([
      'Carabinieri di Seriate',
    ]);
    expect(
      grown(
        'El Juzgado de Primera Instancia nº 24 de Madrid dictó sentencia.',
        'es',
        'Juzgado de Primera Instancia',
      ),
    ).toEqual(['Juzgado de Primera Instancia nº 24 de Madrid']);
  });

  it('Romance: not over a person, a lower-case phrase or a company with its legal form', () => {
    expect(grown('La CAF de Marie Dupont a payé.', 'fr', 'CAF', [['Marie Dupont', 'PERSON']])).toEqual([
      'CAF',
    ]);
    expect(grown("L'INCA CGIL di via Dante mi aiuta.", 'it', 'INCA CGIL')).toEqual(['INCA CGIL']);
    expect(grown('Logistica Padana Srl di Pioltello paga.', 'it', 'Logistica Padana Srl')).toEqual([
      'Logistica Padana Srl',
    ]);
  });

  it('Polish: over w / we and the town in the locative', () => {
    expect(
      grown(
        'Badanie w Pracowni Mammograficznej Mammo-Med w Toruniu.',
        'pl',
        'Pracowni Mammograficznej Mammo-Med',
      ),
    ).toEqual(['Pracowni Mammograficznej Mammo-Med w Toruniu']);
    expect(grown('Pracuję w Elplast Sp. z o.o. w Niepołomicach.', 'pl', 'Elplast Sp. z o.o.')).toEqual([
      'Elplast Sp. z o.o.',
    ]);
    expect(grown('Dzwoniłam do ZUS w poniedziałek.', 'pl', 'ZUS')).toEqual(['ZUS']);
  });

  it('English, German, Dutch and Finnish: the town stays outside the name', () => {
    expect(grown('Citizens Advice in Halifax helped.', 'en', 'Citizens Advice')).toEqual(['Citizens Advice']);
    expect(grown('Pflegedienst Lindenhof in Bremen hilft.', 'de', 'Pflegedienst Lindenhof')).toEqual([
      'Pflegedienst Lindenhof',
    ]);
    expect(grown('Ziekenhuis Eemland in Amersfoort.', 'nl', 'Ziekenhuis Eemland')).toEqual([
      'Ziekenhuis Eemland',
    ]);
  });

  it('leaves the input spans unchanged', () => {
    const text = 'CMP de Montbrison';
    const spans = [span(text, 'CMP')];
    growOrgSpans(text, spans, 'fr');
    expect(spans[0]!.end).toBe(3);
  });
});

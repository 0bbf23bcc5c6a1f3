import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/anonymize/anonymize.types.js';
import {
  resetSpecialCaches,
  specialCategories,
} from '../../../src/anonymize/recognizers/special-categories.js';
import {
  clinicalWordCacheCount,
  clinicalWordCacheSize,
  isClinicalWord,
  isClinicalWordCached,
} from '../../../src/anonymize/recognizers/special-patterns/health-morphology.js';
import { ctx } from './context.js';

function health(text: string, lang: Lang): string[] {
  return specialCategories
    .detect(ctx(text, lang))
    .filter((s) => s.type === 'HEALTH')
    .map((s) => text.slice(s.start, s.end));
}

describe('medicines by their INN stem', () => {
  // Names chosen for their stems; whether a lexicon also lists them does not matter here.
  const cases: [Lang, string, string][] = [
    ['de', 'Der Hausarzt hat Nebivolol verordnet.', 'Nebivolol'],
    ['pl', 'Biorę telmisartanu od marca.', 'telmisartanu'],
    ['fi', 'Aloitin perindopriilia viime viikolla.', 'perindopriilia'],
    ['fr', 'Elle prend de la rosuvastatine le soir.', 'rosuvastatine'],
    ['sv', 'Hon fick flukloxacillin på akuten.', 'flukloxacillin'],
    ['it', 'Gli hanno dato levofloxacina.', 'levofloxacina'],
    ['nl', 'Mijn moeder gebruikt empagliflozine.', 'empagliflozine'],
    ['en', 'She was started on tofacitinib.', 'tofacitinib'],
  ];
  it.each(cases)('finds a medicine no list needs to name in %s', (lang, text, want) => {
    expect(health(text, lang).some((f) => f.includes(want))).toBe(true);
  });

  it('needs letters before the stem: short words with the same ending are not medicines', () => {
    expect(isClinicalWord('April')).toBe(false);
    expect(isClinicalWord('Statin')).toBe(false);
    expect(isClinicalWord('concept')).toBe(false);
  });
});

describe('clinical words built from a root and a suffix', () => {
  const cases: [Lang, string, string][] = [
    ['de', 'Wegen der Gonarthrose kann sie nicht knien.', 'Gonarthrose'],
    ['fr', 'Il souffre d’une cholécystite.', 'cholécystite'],
    ['it', 'Ha una spondilosi cervicale.', 'spondilosi'],
    ['pl', 'Lekarz podejrzewa nefropatię.', 'nefropatię'],
    ['sv', 'Hon har fått en pankreatit.', 'pankreatit'],
    ['no', 'Han venter på en cystoskopi.', 'cystoskopi'],
    ['es', 'Le hicieron una ecografía abdominal.', 'ecografía'],
    ['fr', 'Un suivi pédopsychiatrique est en place.', 'pédopsychiatrique'],
    ['nl', 'Er is een lipoom verwijderd bij de huisarts, daarna een angiografie.', 'angiografie'],
  ];
  it.each(cases)('finds the clinical word in %s', (lang, text, want) => {
    expect(health(text, lang).some((f) => f.includes(want))).toBe(true);
  });

  it('leaves everyday words with the same endings alone', () => {
    for (const w of [
      'kostenlose',
      'Gastronomie',
      'sympathie',
      'nostalgia',
      'fotografia',
      'Biographie',
      'Programm',
      'Diplom',
      'akademi',
      'Symptom',
      'Diagnose',
      'kredit',
      'Kilogramm',
      // A specialty names a department or a doctor more often than a condition.
      'Kardiologie',
      'gastroenterologo',
    ])
      expect(isClinicalWord(w), w).toBe(false);
    expect(health('Die kostenlose Beratung in der Gastronomie ist ein Programm mit Diplom.', 'de')).toEqual(
      [],
    );
    expect(health('Una fotografia di Roma con nostalgia.', 'it')).toEqual([]);
  });

  it('takes no nationality for a local anaesthetic or an inflammation, and still knows the drugs', () => {
    for (const w of ['marocaine', 'Américaine', 'africaines', 'républicaine', 'Filipijnse', 'Kuwaitis'])
      expect(isClinicalWord(w), w).toBe(false);
    for (const w of ['lidocaïne', 'procaine', 'articaine']) expect(isClinicalWord(w), w).toBe(true);
    expect(health('Ma voisine est une Américaine, mariée à une Marocaine.', 'fr')).toEqual([]);
  });
});

describe('compounds with a health head', () => {
  const cases: [Lang, string, string][] = [
    ['de', 'Nach der Schulteroperation war sie lange krank.', 'Schulteroperation'],
    ['sv', 'Han har remiss till en handkirurg.', 'handkirurg'],
    ['da', 'Hun tager hjertemedicin hver morgen.', 'hjertemedicin'],
    ['no', 'Jeg har hatt nakkesmerter i et år.', 'nakkesmerter'],
    ['nl', 'Na de schouderoperatie volgt fysiotherapie.', 'schouderoperatie'],
    ['fi', 'Odotan lonkkaleikkausta keväällä.', 'lonkkaleikkausta'],
  ];
  it.each(cases)('finds the compound in %s', (lang, text, want) => {
    expect(health(text, lang).some((f) => f.includes(want))).toBe(true);
  });

  it('leaves heads that also name ordinary things, and the bare outpatient clinic, alone', () => {
    for (const w of [
      'sagsbehandling',
      'Kundenbeschwerden',
      'klantklachten',
      'Anwaltspraxis',
      'poliklinikken',
    ])
      expect(isClinicalWord(w), w).toBe(false);
  });
});

describe('remembered answers per word', () => {
  it('gives the same answer as the check itself, for a word seen again and after a reset', () => {
    resetSpecialCaches();
    const words = ['Bisoprolol', 'Arthrose', 'kostenlose', 'Knieoperation', 'nostalgia', 'Koloskopie'];
    const first = words.map(isClinicalWordCached);
    expect(first).toEqual(words.map((w) => isClinicalWord(w)));
    expect(words.map(isClinicalWordCached)).toEqual(first);
    expect(clinicalWordCacheCount()).toBe(words.length);
    resetSpecialCaches();
    expect(clinicalWordCacheCount()).toBe(0);
  });

  it('stays bounded: a text of more distinct words than it holds leaves it no fuller than its size', () => {
    resetSpecialCaches();
    const text = Array.from({ length: clinicalWordCacheSize + 10 }, (_, i) => `wort${i.toString(36)}abcdef`)
      .map((w) => w.replace(/\d/gu, (d) => 'abcdefghij'[Number(d)]!))
      .join(' ');
    specialCategories.detect(ctx(text, 'de'));
    expect(clinicalWordCacheCount()).toBeGreaterThan(0);
    expect(clinicalWordCacheCount()).toBeLessThanOrEqual(clinicalWordCacheSize);
  });
});

import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Lang, languages } from '../../../src/anonymize/anonymize.types.js';
import { lexiconDir, loadLexicons, parseCurated } from '../../../src/anonymize/lexicon/lexicon.loader.js';
import { publicBodySpans } from '../../../src/anonymize/recognizers/public-bodies.js';

const shipped = loadLexicons();
const orgs = (text: string, lang: Lang, tables = shipped) =>
  publicBodySpans(text, lang, (l) => tables.get(l)!).map((s) => text.slice(s.start, s.end));

describe('curated public-body lists', () => {
  it('parse an [ORG] section apart from the special-category terms', () => {
    const table = parseCurated('[HEALTH]\nasthma\n[ORG]\n=NAV\nskatteetat*\n');
    expect(table.orgs).toEqual(['=NAV', 'skatteetat*']);
    expect(table.terms.HEALTH).toEqual(['asthma']);
  });

  it('load into a matcher of their own, so an organisation never becomes a special category', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vd-orgs-'));
    mkdirSync(path.join(dir, 'curated'));
    writeFileSync(
      path.join(dir, 'curated', 'no.orgs.txt'),
      '# method: test\n[ORG]\n=NAV\nskatteetat*\n[HEALTH]\nastma\n',
    );
    try {
      const tables = loadLexicons(dir);
      expect(tables.get('no')!.orgs.terms).toBe(2);
      expect(tables.get('no')!.matcher.terms).toBe(1);
      expect(orgs('Jeg har astma og skrev til NAV og Skatteetaten.', 'no', tables)).toEqual([
        'NAV',
        'Skatteetaten',
      ]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('ship one list per language, each with its method line', () => {
    const files = readdirSync(path.join(lexiconDir, 'curated')).filter((f) => f.endsWith('.orgs.txt'));
    expect(files.sort()).toEqual(languages.map((l) => `${l}.orgs.txt`).sort());
    for (const lang of languages) expect(shipped.get(lang)!.orgs.terms, lang).toBeGreaterThan(60);
  });

  it('find national bodies by name and acronym, with Finnish and Polish case endings', () => {
    expect(orgs('Hain Kelasta tukea, Kelan päätös tuli ja soitin Kelaan ja HUS:iin.', 'fi')).toEqual([
      'Kelasta',
      'Kelan',
      'Kelaan',
      'HUS:iin',
    ]);
    expect(orgs('Byłam w ZUS-ie, potem w NFZ i w Narodowym Funduszu Zdrowia.', 'pl')).toEqual([
      'ZUS-ie',
      'NFZ',
      'Narodowym Funduszu Zdrowia',
    ]);
    expect(orgs("L'INPS e l'INAIL non rispondono.", 'it')).toEqual(['INPS', 'INAIL']);
    expect(orgs('El INSS me denegó la incapacidad.', 'es')).toEqual(['INSS']);
    expect(orgs("J'ai écrit à l'OFPRA et à l'Assurance maladie.", 'fr')).toEqual([
      'OFPRA',
      'Assurance maladie',
    ]);
    expect(orgs('Citizens Advice told me to call HMRC.', 'en')).toEqual(['Citizens Advice', 'HMRC']);
    expect(orgs('Familieretshuset har skrevet til mig.', 'da')).toEqual(['Familieretshuset']);
    expect(orgs('Jeg har søkt hos NAV og Nav.', 'no')).toEqual(['NAV', 'Nav']);
    expect(orgs('Försäkringskassan och Arbetsförmedlingen.', 'sv')).toEqual([
      'Försäkringskassan',
      'Arbetsförmedlingen',
    ]);
  });

  it('leave common words and acronyms inside other words or in the wrong case alone', () => {
    expect(orgs('Navet på sykkelen er ødelagt, nav er et ord.', 'no')).toEqual([]);
    expect(orgs('Elokuussa kelasin narun ja kela pyöri.', 'fi')).toEqual([]);
    expect(orgs('Zusammen z ZUSAMMEN i nfz.', 'pl')).toEqual([]);
    expect(orgs('The Post and the Bank were closed; the nhs is not named.', 'en')).toEqual([]);
    expect(orgs('INPSX e inps minuscolo.', 'it')).toEqual([]);
  });

  it('skip a name that labels a number, but keep a court number and an unlabelled case number', () => {
    expect(orgs('Kopie bei, AHV-Nr. 756.4157.6222.85.', 'de')).toEqual([]);
    expect(orgs('My NHS number is 650 828 5416.', 'en')).toEqual([]);
    expect(orgs('Mon n° AVS : 756.7759.4580.78', 'fr')).toEqual([]);
    expect(orgs('moj ZUS-owski zasiłek', 'pl')).toEqual([]);
    expect(orgs('El Juzgado de Primera Instancia nº 24 de Madrid.', 'es')).toEqual([
      'Juzgado de Primera Instancia',
    ]);
    expect(orgs('sagsnr. hos AES 202400418337', 'da')).toEqual(['AES']);
  });
});

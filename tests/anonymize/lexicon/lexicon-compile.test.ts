import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ordinaryWords } from '../../../scripts/lexicons/common-words.models.js';
import {
  frequentWords,
  headTerms,
  keepTerm,
  normalizeTerm,
  termFile,
} from '../../../scripts/lexicons/compile.models.js';
import { csvFields } from '../../../scripts/lexicons/sources.js';
import { readZip } from '../../../scripts/lexicons/zip.js';

describe('ordinary words for the name gazetteer', () => {
  const s = (text: string, tags: Record<number, string> = {}) => {
    const tokens = text.split(' ');
    return { tokens, tags: tokens.map((_, i) => tags[i] ?? 'O') };
  };
  const corpus = [
    ...Array.from({ length: 3 }, () => s('wir sprachen über den Tod und die Trauer')),
    ...Array.from({ length: 3 }, () => s('gestern kam Anna Tod zu uns', { 2: 'B-PER', 3: 'I-PER' })),
    ...Array.from({ length: 3 }, () => s('Heute schrieb Müller an Anna', { 2: 'B-PER', 4: 'B-PER' })),
    ...Array.from({ length: 3 }, () => s('Heute kommt Wortmann nicht')),
  ];

  it('keeps words seen outside names, not those mostly inside a person name', () => {
    const words = ordinaryWords(corpus, { capitalisesNouns: true, maxPersonShare: 0.5 });
    expect(words).toContain('tod');
    expect(words).toContain('trauer');
    expect(words).not.toContain('anna');
    expect(words).not.toContain('müller');
    // First in its sentence, so its capital says nothing.
    expect(words).not.toContain('heute');
  });

  it('takes a word capitalised mid-sentence for a name the annotation missed, except where nouns are capitalised', () => {
    expect(ordinaryWords(corpus, { capitalisesNouns: true })).toContain('wortmann');
    expect(ordinaryWords(corpus)).not.toContain('wortmann');
    expect(ordinaryWords(corpus)).toContain('sprachen');
  });
});

describe('lexicon compiler', () => {
  it('normalises terms: lower case, accents folded only where the language allows it', () => {
    expect(normalizeTerm('Maladie de Crohn', 'fr')).toBe('maladie de crohn');
    expect(normalizeTerm('Hépatite  chronique', 'fr')).toBe('hepatite chronique');
    expect(normalizeTerm('Migräne', 'de')).toBe('migräne');
    expect(normalizeTerm('Año', 'es')).toBe('año');
    expect(normalizeTerm('Ciąża', 'pl')).toBe('ciaza');
    expect(normalizeTerm('Burn-out', 'nl')).toBe('burn out');
  });

  it('cuts code-list titles to the head words people write', () => {
    expect(headTerms('Cholera durch Vibrio cholerae O:1, Biovar cholerae', 'de')).toEqual(['Cholera']);
    expect(headTerms('Tuberkulose des Nervensystems, nicht näher bezeichnet', 'de')).toEqual([
      'Tuberkulose des Nervensystems',
      'Tuberkulose',
    ]);
    expect(headTerms('Asthme, sans précision', 'fr')).toEqual(['Asthme']);
    expect(headTerms('Diabetes mellitus, Typ 2', 'de')).toEqual(['Diabetes mellitus']);
    // Too long even after cutting: nobody writes that in a mail.
    expect(
      headTerms('Nicht näher bezeichnete Krankheit der Atmungsorgane durch chemische Substanzen', 'de'),
    ).toEqual(['Krankheit']);
  });

  it('drops ordinary words, too-short terms and all-ordinary phrases, keeps specific ones', () => {
    const stop = new Set(['ideal', 'andere', 'formen', 'der']);
    expect(keepTerm('ideal', { stop })).toBe(false);
    expect(keepTerm('victoza', { stop })).toBe(true);
    expect(keepTerm('andere formen', { stop })).toBe(false);
    expect(keepTerm('formen der skoliose', { stop })).toBe(true);
    expect(keepTerm('andere formen der', { stop })).toBe(true);
    expect(keepTerm('ms', { stop })).toBe(false);
    expect(keepTerm('a b c d e f', { stop })).toBe(false);
    expect(keepTerm('asthma', { stop, deny: new Set(['asthma']) })).toBe(false);
  });

  it('finds frequent words with their base forms, from a token stream', () => {
    const sentences = Array.from({ length: 50 }, () => ['Die', 'Reaktionen', 'waren', 'gut', 'Migräne']);
    sentences.push(['Skoliose']);
    const stop = frequentWords(sentences, 'de', 1000, 3);
    expect(stop.has('reaktionen')).toBe(true);
    expect(stop.has('reaktion')).toBe(true);
    expect(stop.has('skoliose')).toBe(false);
  });

  it('writes sorted unique lines, the same bytes every time', () => {
    expect(termFile(['b', 'a', 'b'])).toBe('a\nb\n');
    expect(termFile([])).toBe('');
  });

  it('reads quoted CSV fields and deflated zip entries (the xlsx container)', () => {
    expect(csvFields('a,"b, c","d ""e"""')).toEqual(['a', 'b, c', 'd "e"']);
    const data = Buffer.from('<x>hello</x>');
    const deflated = deflateRawSync(data);
    const name = Buffer.from('x.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(0, 42);
    const cdOffset = local.length + name.length + deflated.length;
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(1, 10);
    eocd.writeUInt32LE(central.length + name.length, 12);
    eocd.writeUInt32LE(cdOffset, 16);
    const zip = Buffer.concat([local, name, deflated, central, name, eocd]);
    expect(readZip(zip).get('x.xml')?.toString()).toBe('<x>hello</x>');
  });
});

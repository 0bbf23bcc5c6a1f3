import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/anonymize/tagger/tagger.file.js';
import { WordClassTable } from '../../../src/anonymize/tagger/tagger.word-classes.js';
import { projectRoot } from '../../../src/shared/paths.js';

/** The table as a Map, built the way the model file's words and codes were read before. */
function asMap(words: string, codes: Uint16Array): Map<string, number> {
  const out = new Map<string, number>();
  words.split('\n').forEach((w, i) => {
    out.set(w, codes[i]!);
  });
  return out;
}

function tableOf(entries: [string, number][]): WordClassTable {
  return new WordClassTable(
    entries.map(([w]) => w).join('\n'),
    Uint16Array.from(entries, ([, c]) => c),
  );
}

describe('the word-class table', () => {
  const entries: [string, number][] = [
    ['', 1],
    ['a', 2],
    ['ab', 3],
    ['abc', 4],
    ['gdańsk', 5],
    ['łódź', 6],
    ['straße', 7],
    ['𝔘nicode', 8],
    ['zürich', 65535],
  ];

  it('finds every word with its code and nothing else, as a Map does', () => {
    const table = tableOf(entries);
    const map = new Map(entries);
    for (const w of [...map.keys(), 'abcd', 'b', 'Gdańsk', 'gdansk', 'łód', 'zürich ', '\n', '𝔘'])
      expect(table.get(w), w).toBe(map.get(w));
    expect(table.size).toBe(map.size);
  });

  it('gives back its words and codes in order', () => {
    expect([...tableOf(entries)]).toEqual(entries);
  });

  it('keeps the last code of a word given twice, as a Map does', () => {
    const table = tableOf([
      ['x', 1],
      ['y', 2],
      ['x', 3],
    ]);
    expect(table.get('x')).toBe(3);
    expect(table.get('y')).toBe(2);
  });

  it("answers like a Map for every word of the shipped NER tagger's model", () => {
    const file = path.join(projectRoot, 'models', 'ner-tagger', 'tagger.bin.gz');
    const raw = gunzipSync(readFileSync(file));
    const at = 'VDNER1\n'.length;
    const header = JSON.parse(raw.subarray(at + 4, at + 4 + raw.readUInt32LE(at)).toString('utf8')) as {
      wordClasses: { words: string; codes: string };
    };
    const bytes = Buffer.from(header.wordClasses.codes, 'base64');
    const codes = Uint16Array.from({ length: bytes.length / 2 }, (_, i) => bytes.readUInt16LE(i * 2));
    const map = asMap(header.wordClasses.words, codes);
    const table = readModel(file).model.wordClasses!;
    expect(table.size).toBe(map.size);
    for (const [w, code] of map) if (table.get(w) !== code) expect(table.get(w), w).toBe(code);
    for (const w of ['', 'zzzzqqq', 'Anna', 'straßenbahnhaltestelle']) expect(table.get(w)).toBe(map.get(w));
  });
});

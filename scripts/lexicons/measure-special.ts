import path from 'node:path';
import type { Lang } from '../../src/anonymize/anonymize.types.js';
import { projectRoot } from '../../src/shared/paths.js';
import { corpusLanguages, corpusSentences, detokenize } from './corpora.js';

/**
 * Precision, speed and memory of the special-category recognizer, measured on the held-out NER
 * corpora (news and wiki text that rarely talks about anyone's health): every hit there is
 * counted as a false positive. Usage: node --expose-gc --import tsx scripts/lexicons/measure-special.ts [top]
 */

const nerDir = path.resolve(projectRoot, '../shared/data/ner');
const top = Number(process.argv[2] ?? 12);

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const rssBefore = process.memoryUsage().rss;
const { specialCategories } = await import('../../src/anonymize/recognizers/special-categories.js');
const ctx = (text: string, lang: Lang) => ({
  text,
  lang,
  participants: [],
  thread: [],
  lists: { allow: [], deny: [] },
});
specialCategories.detect(ctx('warm-up: Diabetes, Migräne, 500 mg.', 'de'));
gc?.();
const rssAfter = process.memoryUsage().rss;

const rows: string[] = [];
const mails: Array<{ text: string; lang: Lang }> = [];
for (const lang of corpusLanguages()) {
  const sentences = corpusSentences(nerDir, lang, 'heldout').map(detokenize);
  let words = 0;
  let hitCount = 0;
  const terms = new Map<string, number>();
  for (const s of sentences) {
    words += s.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
    for (const span of specialCategories.detect(ctx(s, lang))) {
      hitCount++;
      const key = `${span.type}:${s.slice(span.start, span.end).toLowerCase()}`;
      terms.set(key, (terms.get(key) ?? 0) + 1);
    }
  }
  const worst = [...terms].sort((a, b) => b[1] - a[1]).slice(0, top);
  rows.push(
    `${lang}\t${words}\t${hitCount}\t${((hitCount / words) * 10_000).toFixed(1)}\t${worst.map(([t, n]) => `${t}×${n}`).join(', ')}`,
  );
  // ~2 KB e-mails from consecutive sentences, for the speed measure.
  let cur = '';
  for (const s of sentences) {
    cur += `${s} `;
    if (cur.length >= 2000) {
      mails.push({ text: cur.slice(0, 2048), lang });
      cur = '';
    }
  }
}
console.log('lang\twords\thits\tper10k\ttop terms');
for (const r of rows) console.log(r);

const sample = mails.filter((_, i) => i % Math.max(1, Math.floor(mails.length / 400)) === 0).slice(0, 400);
for (const m of sample.slice(0, 50)) specialCategories.detect(ctx(m.text, m.lang));
const times: number[] = [];
for (const m of sample) {
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) specialCategories.detect(ctx(m.text, m.lang));
  times.push((performance.now() - t0) / 5);
}
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.floor((times.length - 1) * p)]!.toFixed(3);
console.log(
  `speed: ${sample.length} e-mails of ~2 KB, median ${q(0.5)} ms, p90 ${q(0.9)} ms, max ${q(1)} ms`,
);
console.log(`memory: RSS +${((rssAfter - rssBefore) / 1e6).toFixed(1)} MB after loading the recognizer`);

import { writeFileSync } from 'node:fs';
import type { Lang } from '../../src/anonymize/anonymize.types.js';
import { specialCategorySpans } from '../../src/anonymize/recognizers/special-categories.js';
import { corpora } from '../ner/corpora.js';

/**
 * False positives of the special-category recognizer per 10,000 words of the open NER corpora
 * (wiki and news text; every hit counts as a false positive). Usage:
 * npx tsx scripts/lexicons/measure-open.ts [out.json] — writes every hit when given a file.
 */

const langs: Lang[] = ['en', 'de', 'fr', 'nl', 'es', 'it'];
const detok = (t: string[]) =>
  t
    .join(' ')
    .replace(/ ([.,;:!?)\]])/gu, '$1')
    .replace(/([([]) /gu, '$1');
const hits: Record<string, string[]> = {};
console.log('lang\twords\thits\tper10k');
for (const lang of langs) {
  let words = 0;
  const found: string[] = [];
  for (const c of corpora.filter((x) => x.lang === lang && x.licence === 'open'))
    for (const split of Object.values(c.splits))
      for (const s of split()) {
        const text = detok(s.tokens);
        words += s.tokens.filter((w) => /\p{L}/u.test(w)).length;
        for (const span of specialCategorySpans(text, lang))
          found.push(`${span.type}:${text.slice(span.start, span.end).toLowerCase()}\t${text.slice(0, 200)}`);
      }
  hits[lang] = found;
  if (words > 0)
    console.log(`${lang}\t${words}\t${found.length}\t${((found.length / words) * 10_000).toFixed(2)}`);
  else console.log(`${lang}\t0\t-\t(no open corpus)`);
}
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(hits));

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Lang, languages } from '../../src/anonymize/anonymize.types.js';
import { type Corpus, corpora, nerDataPresent, norneTrain, type Sentence } from '../ner/corpora.js';
import { mailSentences, trainingMail } from '../training-mail/training-mail.js';
import { ordinaryWords } from './common-words.models.js';
import { termFile } from './compile.models.js';

/**
 * The name gazetteer's ordinary words per language, from text the product may be built from:
 * the train splits of the openly licensed NER corpora the shipped tagger learns from (never the
 * research-only CoNLL and FiNER Digitoday parts) and the project's training e-mails. Italian,
 * Polish and Spanish have no open corpus and get theirs from the e-mails alone. Norwegian takes
 * NorNE's Bokmål half only: the customers write Bokmål, and Nynorsk words such as "anna" (other)
 * and "karen" (the man) are given names there.
 */
export function commonWords(): Map<Lang, string[]> {
  if (!nerDataPresent()) throw new Error('the NER corpora in ../shared/data/ner are absent');
  const mail = mailSentences(trainingMail());
  const out = new Map<Lang, string[]>();
  for (const lang of languages) {
    const sentences = [...openCorpora(lang).flatMap(trainSentences), ...mail.filter((s) => s.lang === lang)];
    out.set(lang, ordinaryWords(sentences, { capitalisesNouns: lang === 'de' }));
  }
  return out;
}

function openCorpora(lang: Lang): Corpus[] {
  return corpora.filter((c) => c.licence === 'open' && c.lang === lang && c.splits.train);
}

function trainSentences(c: Corpus): Sentence[] {
  return c.name === 'norne' ? norneTrain(['nob']) : c.splits.train!();
}

/** The sources named in PROVENANCE.md, per language. */
function commonWordCorpora(lang: Lang): string[] {
  return [
    ...openCorpora(lang).map((c) => (c.name === 'norne' ? 'norne (Bokmål)' : c.name)),
    'training e-mails',
  ];
}

/**
 * Writes compiled/<lang>.common.ner-open.txt.gz for every language and returns the PROVENANCE.md
 * table rows. The file name's category is none of the special categories, so the special-category
 * lexicon never reads these lists.
 */
export function writeCommonWords(compiledDir: string): string[] {
  const rows: string[] = [];
  for (const [lang, words] of commonWords()) {
    const file = `${lang}.common.ner-open.txt.gz`;
    const gz = gzipSync(Buffer.from(termFile(words), 'utf8'), { level: 9 });
    writeFileSync(path.join(compiledDir, file), gz);
    console.log(`${file}: ${words.length} words, ${gz.length} B`);
    rows.push(`| compiled/${file} | ${words.length} | ${commonWordCorpora(lang).join(', ')} |`);
  }
  return rows;
}

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { faker as da } from '@faker-js/faker/locale/da';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as en } from '@faker-js/faker/locale/en';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as fi } from '@faker-js/faker/locale/fi';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as nbNo } from '@faker-js/faker/locale/nb_NO';
import { faker as nl } from '@faker-js/faker/locale/nl';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as sv } from '@faker-js/faker/locale/sv';
import nlp from 'compromise';
import { formatNameTable, nameTablePath } from '../../src/anonymize/recognizers/name-table.models.js';
import { projectRoot } from '../../src/shared/paths.js';
import { curatedAmbiguous } from './ambiguous.data.js';
import { compileNameTable, parseGivenNameSupplement, type RawNameTable } from './compile.models.js';

/**
 * Compiles the name gazetteer into models/names/names.tsv.gz: given names and surnames of faker's
 * eleven locale tables (read as data; none of its random generation), the project's given-name
 * supplement (given-names.supplement.tsv, with sexes) and ambiguity list, and what compromise's English lexicon knows about names and ordinary
 * words. Deterministic: sorted lines, gzip without a timestamp. Writes PROVENANCE.md beside it.
 * Usage: npm run build:gazetteers [-- <output file>]
 */
const out = path.resolve(process.argv[2] ?? path.join(projectRoot, nameTablePath));
// Faker instances, not the bare locale definitions: their tables fall back as the runtime's did.
const locales = [en, de, fr, nl, es, sv, it, da, nbNo, fi, pl];

const table = compileNameTable({
  locales: locales.map((l) => ({
    first: l.rawDefinitions.person?.first_name as RawNameTable | undefined,
    last: l.rawDefinitions.person?.last_name as RawNameTable | undefined,
  })),
  supplement: parseGivenNameSupplement(
    readFileSync(path.join(projectRoot, 'scripts/gazetteers/given-names.supplement.tsv'), 'utf8'),
  ),
  curatedAmbiguous,
  englishLexicon: (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon,
});

const versionOf = (pkg: string) =>
  (
    JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, gzipSync(Buffer.from(formatNameTable(table), 'utf8'), { level: 9 }));
writeFileSync(
  path.join(path.dirname(out), 'PROVENANCE.md'),
  `# Name gazetteer

\`${path.basename(out)}\` is compiled by \`npm run build:gazetteers\` (scripts/gazetteers/) and read by
the anonymizer's name recognizers and the NER tagger's gazetteer features. One lower-cased entry
per line with its flags (see src/anonymize/recognizers/name-table.models.ts).

| source | version | licence | what is taken |
|---|---|---|---|
| @faker-js/faker, locale tables en, de, fr, nl, es, sv, it, da, nb_NO, fi, pl | ${versionOf('@faker-js/faker')} | MIT, Faker - Copyright (c) 2022-2025 | \`person.first_name\` (with female/male where the table has them) and \`person.last_name\` |
| compromise, English lexicon | ${versionOf('compromise')} | MIT, Copyright (c) 2019 Spencer Kelly | words tagged FirstName, MaleName, FemaleName, LastName; which lexicon words are names and which are not |
| scripts/gazetteers/given-names.supplement.tsv | project | project | common adult given names the locale tables lack, and the sex (female, male or none) of given names the sources leave without one |
| scripts/gazetteers/ambiguous.data.ts | project | project | names that are also ordinary words |

Entries: ${table.given.size} given-name tokens, ${table.surnames.size} surname tokens, ${table.ambiguous.size}
ambiguous, ${table.female.size} female and ${table.male.size} male given names, ${table.englishNames.size + table.englishWords.size}
English lexicon words.

The MIT licence of both packages asks that their copyright notice (in the table above) and this
permission notice go with copies of substantial portions of them:

MIT License: Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions: The above copyright notice
and this permission notice shall be included in all copies or substantial portions of the
Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`,
);
console.log(`build:gazetteers: wrote ${out}`);

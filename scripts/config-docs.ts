// Prints the README's configuration table from the config schema. A test checks that the
// README holds exactly this table, so documentation and schema cannot drift apart.
import { configKeys } from '../src/config/config.schema.js';

export function configTable(): string {
  const rows = configKeys.map(
    (k) =>
      `| \`${k.env}\` | ${k.default === undefined ? '—' : `\`${k.default}\``} | ${k.expected} | ${k.doc} |`,
  );
  return ['| Variable | Default | Expected | What it does |', '|---|---|---|---|', ...rows].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${configTable()}\n`);

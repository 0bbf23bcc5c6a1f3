/**
 * A submitted form as the settings parsers read it: each field one value, or several when the
 * name repeats (checkbox groups). Pure helpers shared by every settings section's parser.
 */
export type FormFields = Record<string, string | string[] | undefined>;

/** The field's first value, or '' when it was not sent. */
export function field(f: FormFields, name: string): string {
  const v = f[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
}

/** Every value the field was sent with (a repeated name, a ticked checkbox group). */
export function fieldValues(f: FormFields, name: string): string[] {
  const v = f[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** A textarea's lines, trimmed, blank ones left out. */
export function nonEmptyLines(s: string): string[] {
  return s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/**
 * Separates the new part of a reply from the quoted history and the signature, for the
 * common client styles. Pure: the input is plain text (mailparser's `text`), nothing is stored.
 */
export interface ReplySplit {
  /** What the sender wrote in this message (marked as mail content: never log it). */
  newPart: string;
  hadQuote: boolean;
  hadSignature: boolean;
}

// Attribution lines ("On <date>, <person> wrote:") per language. Clients wrap them, so they are
// matched against up to three joined lines.
const attributions: RegExp[] = [
  /^On\b.{0,250}\bwrote\s*:\s*$/i, // Gmail, Apple Mail, Thunderbird (en)
  /^Am\b.{0,250}\bschrieb\b.{0,150}:\s*$/i, // de
  /^Le\b.{0,250}\ba\s+écrit\s*:\s*$/i, // fr
  /^Op\b.{0,250}\bschreef\b.{0,150}:\s*$/i, // nl
  /^El\b.{0,250}\bescribió\s*:?\s*$/i, // es
  /^Den\b.{0,250}\bskrev\b.{0,150}:\s*$/i, // da, sv, no
  /^Il giorno\b.{0,250}\bha scritto\s*:\s*$/i, // it
];

// Separator lines of Outlook and older clients.
const separators =
  /^\s*-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Oorspronkelijk bericht|Mensaje original|Oprindelig meddelelse|Ursprungligt meddelande|Messaggio originale|Forwarded message|Weitergeleitete Nachricht)\s*-{2,}\s*$/i;

// Outlook's header block: "From:" then, within the next lines, "Sent:/Date:" and "To:/Subject:".
const fromLine = /^\s*\*?(From|Von|De|Van|Fra|Från|Da)\s*\*?\s*:/i;
const blockLine =
  /^\s*\*?(Sent|Date|Gesendet|Datum|Envoyé|Date d'envoi|Verzonden|Enviado|Fecha|Sendt|Skickat|Inviato|To|An|À|Aan|Para|Til|Till|A|Subject|Betreff|Objet|Onderwerp|Asunto|Emne|Ämne|Oggetto|Cc)\s*\*?\s*:/i;

const signatureDelimiter = /^--\s?$/;

// Every attribution starts with one of these words: test the full patterns only after it.
const attributionStart = /^\s*(On|Am|Le|Op|El|Den|Il giorno)\b/i;

function isAttribution(lines: string[], i: number): boolean {
  if (!attributionStart.test(lines[i] ?? '')) return false;
  const joined = [lines[i], lines[i + 1], lines[i + 2]];
  for (let n = 1; n <= 3; n++) {
    const text = joined
      .slice(0, n)
      .filter((l) => l !== undefined)
      .join(' ')
      .trim();
    if (attributions.some((re) => re.test(text))) return true;
  }
  return false;
}

function isHeaderBlock(lines: string[], i: number): boolean {
  if (!fromLine.test(lines[i] ?? '')) return false;
  let hits = 0;
  for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
    if (blockLine.test(lines[j] ?? '')) hits++;
  }
  return hits >= 2;
}

/** Index of the first line of quoted history, or -1. */
export function quoteStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (separators.test(line) || isHeaderBlock(lines, i) || isAttribution(lines, i)) return i;
  }
  return -1;
}

export function splitReply(text: string): ReplySplit {
  let lines = text.replace(/\r\n?/g, '\n').split('\n');
  const start = quoteStart(lines);
  let hadQuote = start >= 0;
  if (start >= 0) lines = lines.slice(0, start);
  // Inline ">" quoting (bottom- or interleaved posting): keep only the unquoted lines.
  const unquoted = lines.filter((l) => !/^\s*>/.test(l));
  if (unquoted.length !== lines.length) hadQuote = true;
  lines = unquoted;
  const sig = lines.findIndex((l) => signatureDelimiter.test(l));
  const hadSignature = sig >= 0;
  if (sig >= 0) lines = lines.slice(0, sig);
  const newPart = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { newPart, hadQuote, hadSignature };
}

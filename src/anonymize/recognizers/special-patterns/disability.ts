import { matchesOf, type PatternSpan } from './pattern.types.js';

/** Disability degrees and percentages: "GdB 50", "invalidità civile al 75%", "uføregrad 50 %". */

const pct = String.raw`\d{1,3}(?:[ \t]*(?:%|Prozent|procent|prosent|prosenttia|per cent|percent|por ciento|pour cent|per cento))?`;
const patterns: RegExp[] = [
  new RegExp(
    String.raw`(?:GdB|GdS|MdE)[ \t]*(?:von[ \t]+)?(?:\d{2,3})|Grad[ \t]+der[ \t]+(?:Schwer)?[Bb]ehinderung[ \t]+(?:von[ \t]+|in[ \t]+Höhe[ \t]+von[ \t]+)?${pct}|Merkzeichen[ \t]+(?:aG|Bl|Gl|RF|TBl|G|H|B)(?![\p{L}])`,
    'gu',
  ),
  new RegExp(
    String.raw`invalidit[àa][ \t]+(?:civile[ \t]+)?(?:(?:al|del|pari[ \t]+al)[ \t]+)?${pct}|(?:legge|L\.)[ \t]*104(?:/92|/1992)?`,
    'giu',
  ),
  new RegExp(
    String.raw`(?:uføregrad|invaliditetsgrad|méngrad|mén|arbejdsevne[ \t]+nedsat[ \t]+med|invaliditeettiaste|haittaluokka|työkyvyttömyysaste)[ \t]*(?:på|er|on|med|af)?[ \t]*${pct}`,
    'giu',
  ),
  /stopie[ńn][ \t]+niepełnosprawności(?:[ \t]+(?:znaczny|umiarkowany|lekki|znacznym|umiarkowanym|lekkim))?|orzeczeni[ea][ \t]+o[ \t]+(?:stopniu[ \t]+)?niepełnosprawności/giu,
  new RegExp(
    String.raw`taux[ \t]+d['’]incapacit[ée](?:[ \t]+permanente)?[ \t]+(?:de|à|d['’]environ)[ \t]+${pct}|IPP[ \t]+de[ \t]+${pct}`,
    'giu',
  ),
  new RegExp(
    String.raw`(?:grado[ \t]+de[ \t]+)?(?:discapacidad|minusvalía)[ \t]+(?:del?|reconocida[ \t]+del?)[ \t]+${pct}`,
    'giu',
  ),
  new RegExp(
    String.raw`${pct}[ \t]+(?:arbeidsongeschikt|afgekeurd)|arbeidsongeschikt(?:heid)?[ \t]+(?:voor[ \t]+|van[ \t]+)${pct}`,
    'giu',
  ),
  // Part-time sick leave with its share: "50 % sykemeldt", "sjukskriven på 50 %", "arrêt à 50 %".
  /\d{1,3}[ \t]*(?:%|prosent|procent|Prozent)[ \t]+(?:sykemeldt|sykmeldt|sygemeldt|sjukskriven|krankgeschrieben|arbeitsunfähig|sick leave)(?![\p{L}])|(?:sykemeldt|sykmeldt|sygemeldt|sjukskriven|krankgeschrieben|arbeitsunfähig|arrêt(?: maladie| de travail)?|incapacité de travail|de baja)[ \t]+(?:på|til|zu|à|al|med)[ \t]+\d{1,3}[ \t]*(?:%|procent|prosent|Prozent|pour cent|por ciento)/giu,
  new RegExp(
    String.raw`${pct}[ \t]+disab(?:led|ility)|disability[ \t]+(?:rating|degree|percentage)[ \t]+(?:of[ \t]+)?${pct}`,
    'giu',
  ),
];

const gate =
  /sykemeldt|sykmeldt|sygemeldt|sjukskriven|krankgeschrieben|arrêt|incapacité|baja|sick leave|gdb|gds|mde|behinderung|merkzeichen|invalidit|104|uføre|mén|arbejdsevne|haitta|työkyvyt|niepełnospraw|incapacit|ipp|discapacidad|minusval|arbeidsongeschikt|afgekeurd|disab/iu;

export function disabilitySpans(text: string, out: PatternSpan[]): void {
  if (!gate.test(text)) return;
  for (const re of patterns) matchesOf(text, re, 0.9, out);
}

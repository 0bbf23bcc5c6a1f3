import { firstCharMatches } from '../regex-tools.js';
import { matchesOf, type PatternSpan } from './pattern.types.js';

/** Pregnancy with its week or month: "in der 20. SSW", "32 weeks pregnant", "gravid i uke 20". */

const n = String.raw`\d{1,2}\.?`;
/** A number after its unit ("SSW 20", "vecka 18"): a dot after it ends the sentence. */
const after = String.raw`\d{1,2}`;
const patterns: RegExp[] = [
  // de
  new RegExp(
    String.raw`(?:in der[ \t]+)?${n}[ \t]*(?:SSW|Schwangerschaftswoche)|SSW[ \t]*${after}|(?:im|in der)[ \t]+${n}[ \t]+(?:Monat|Woche)[ \t]+schwanger|schwanger[ \t]+in[ \t]+der[ \t]+${n}[ \t]+Woche`,
    'gu',
  ),
  // en
  new RegExp(
    String.raw`${n}[ \t]+(?:weeks?|months?)[ \t]+pregnant|pregnant[ \t]+(?:with|in|at)[ \t]+(?:week[ \t]+)?${n}(?:[ \t]+weeks?)?`,
    'giu',
  ),
  // fr
  new RegExp(
    String.raw`enceinte[ \t]+de[ \t]+${n}[ \t]+(?:mois|semaines)|${n}[ \t]*(?:SA|semaines d['’]aménorrhée)(?![\p{L}])`,
    'giu',
  ),
  // es
  new RegExp(
    String.raw`embarazada[ \t]+de[ \t]+${n}[ \t]+(?:semanas|meses)|semana[ \t]+${n}[ \t]+de[ \t]+(?:embarazo|gestación)`,
    'giu',
  ),
  // it
  new RegExp(
    String.raw`incinta[ \t]+(?:di|al)[ \t]+${n}[ºª°]?[ \t]+(?:settimane|mesi|mese|settimana)|(?:alla|nella)[ \t]+${n}[ºª°a]?[ \t]+settimana[ \t]+di[ \t]+gravidanza`,
    'giu',
  ),
  // nl
  new RegExp(
    String.raw`${n}[ \t]+(?:weken|maanden)[ \t]+zwanger|zwanger[ \t]+van[ \t]+${n}[ \t]+(?:weken|maanden)`,
    'giu',
  ),
  // sv, da, no
  new RegExp(
    String.raw`gravid[ \t]+i[ \t]+(?:(?:vecka|uge|uke|måned|månad)[ \t]+|v\.?[ \t]*)${after}|(?:graviditetsvecka|svangerskapsuke|graviditetsuge)[ \t]+${after}|${n}[ \t]+(?:veckor|uger|uker)[ \t]+(?:gravid|henne)`,
    'giu',
  ),
  // fi
  new RegExp(
    String.raw`raskausviiko(?:lla|lle|ssa|t)?[ \t]+${n}|${n}[ \t]*raskausviiko(?:lla|lle|ssa)|raskaana[ \t]+(?:viikolla[ \t]+)?${n}(?:[ \t]+viikkoa)?`,
    'giu',
  ),
  // pl
  new RegExp(String.raw`(?:w[ \t]+)?${n}[ \t]+(?:tygodniu|tydzień|miesiącu)[ \t]+ciąży`, 'giu'),
];

const gate =
  /ssw|schwanger|pregnan|enceinte|semaines|embaraz|incinta|gravidanz|zwanger|gravid|graviditet|svangerskap|raskau|raskaana|ciąż/iu;

/**
 * Gestational age in clinical notation, weeks + days after a week abbreviation ("rv 12+4",
 * "SSW 20+3", "GA 31+2"): the notation says pregnancy on its own.
 */
const weeksDays =
  /(?<![\p{L}\p{N}])(?:rv|SSW|GA|SA|wk|uke|v\.)[ \t]*\d{1,2}[ \t]?\+[ \t]?[0-6](?![\p{L}\p{N}])/giu;

/**
 * A bare week count ("in der 12. Woche", "(20 tydzien)", "week 14", "semaine 22") is the week of
 * a pregnancy when the message speaks of one nearby; elsewhere it is a calendar week.
 */
const weekUnit =
  'woche|week|semaine|semana|settimana|vecka|veckan|uge|uke|viikko|viikolla|viikkoa|tydzie[nń]|tygodni[au]|tyg\\.';
const bareWeek = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,2}\\.?[ \\t]*(?:${weekUnit})|(?:${weekUnit})[ \\t]+\\d{1,2})(?![\\p{L}\\p{N}])`,
  'giu',
);
const weekReach = 150;
/** Pregnancy itself, not its units ("semaines", "SSW" are the gate's, not evidence). */
const pregnant =
  /schwanger|pregnan|enceinte|grossesse|embaraz|gestac|gestaz|gestation|incinta|gravidanz|zwanger|gravid|svangerskap|raskau|raskaana|ci[aą][zż]/iu;

export function pregnancySpans(text: string, out: PatternSpan[]): void {
  if (text.includes('+')) matchesOf(text, weeksDays, 0.85, out);
  if (!gate.test(text)) return;
  for (const re of patterns) matchesOf(text, re, 0.9, out);
  for (const m of firstCharMatches(bareWeek, text)) {
    const near = text.slice(Math.max(0, m.index - weekReach), m.index + m[0].length + weekReach);
    if (pregnant.test(near)) out.push({ start: m.index, end: m.index + m[0].length, score: 0.75 });
  }
}

import { matchesOf, type PatternSpan } from './pattern.types.js';

/** Pregnancy with its week or month: "in der 20. SSW", "32 weeks pregnant", "gravid i uke 20". */

const n = String.raw`\d{1,2}\.?`;
const patterns: RegExp[] = [
  // de
  new RegExp(
    String.raw`(?:in der[ \t]+)?${n}[ \t]*(?:SSW|Schwangerschaftswoche)|SSW[ \t]*${n}|(?:im|in der)[ \t]+${n}[ \t]+(?:Monat|Woche)[ \t]+schwanger|schwanger[ \t]+in[ \t]+der[ \t]+${n}[ \t]+Woche`,
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
    String.raw`gravid[ \t]+i[ \t]+(?:vecka|uge|uke|måned|månad)[ \t]+${n}|(?:graviditetsvecka|svangerskapsuke|graviditetsuge)[ \t]+${n}|${n}[ \t]+(?:veckor|uger|uker)[ \t]+(?:gravid|henne)`,
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

export function pregnancySpans(text: string, out: PatternSpan[]): void {
  if (!gate.test(text)) return;
  for (const re of patterns) matchesOf(text, re, 0.9, out);
}

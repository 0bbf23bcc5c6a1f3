import type { Lang } from '../../anonymize.types.js';

/**
 * Two to ten written as words, per language (nominative; Polish with both genders): the counts and
 * durations that health facts carry ("six sessions", "zwei Wochen", "kolme viikkoa"). Each growth
 * adds the words of its own use around them (articles and "one" for a stay's length, the teens and
 * twenty for a course of sessions).
 */
export const twoToTen: Record<Lang, string> = {
  en: 'two|three|four|five|six|seven|eight|nine|ten',
  de: 'zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn',
  fr: 'deux|trois|quatre|cinq|six|sept|huit|neuf|dix',
  nl: 'twee|drie|vier|vijf|zes|zeven|acht|negen|tien',
  es: 'dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez',
  it: 'due|tre|quattro|cinque|sei|sette|otto|nove|dieci',
  pl: 'dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć',
  sv: 'två|tre|fyra|fem|sex|sju|åtta|nio|tio',
  da: 'to|tre|fire|fem|seks|syv|otte|ni|ti',
  no: 'to|tre|fire|fem|seks|sju|syv|åtte|ni|ti',
  fi: 'kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen',
};

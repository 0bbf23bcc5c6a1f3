import type { Lang } from '../../anonymize.types.js';
import { da } from './da.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fi } from './fi.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { no } from './no.js';
import { pl } from './pl.js';
import { sv } from './sv.js';
import type { SpecialTermTable } from './terms.types.js';

/** Every language's Art. 9 term table, one data file each. */
export const specialTermTables: Record<Lang, SpecialTermTable> = {
  en,
  de,
  fr,
  nl,
  es,
  sv,
  it,
  da,
  no,
  fi,
  pl,
};

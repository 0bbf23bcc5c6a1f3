import type { Recognizer } from '../anonymize.types.js';
import { accountNumberRecognizer } from './account-number.js';
import { addressRecognizer } from './address.js';
import { cardRecognizer } from './card.js';
import { dobRecognizer } from './dob.js';
import { emailRecognizer } from './email.js';
import { ibanRecognizer } from './iban.js';
import { ipRecognizer } from './ip.js';
import { namesGazetteer } from './names-gazetteer.js';
import { namesStructure } from './names-structure.js';
import { nationalIdRecognizer } from './national-id.js';
import { passportRecognizer } from './passport.js';
import { phoneRecognizer } from './phone.js';
import { plateRecognizer } from './plate.js';
import { quasiIdentifiers } from './quasi-identifiers.js';
import { specialCategories } from './special-categories.js';
import { urlRecognizer } from './url.js';

/**
 * Every rule/structure recognizer, in one list. Each lives in its own file in this folder with
 * its own tests. Order does not decide overlaps: merging does, by the documented priority.
 */
export const recognizers: Recognizer[] = [
  nationalIdRecognizer,
  passportRecognizer,
  plateRecognizer,
  dobRecognizer,
  accountNumberRecognizer,
  addressRecognizer,
  emailRecognizer,
  phoneRecognizer,
  ibanRecognizer,
  cardRecognizer,
  ipRecognizer,
  urlRecognizer,
  namesStructure,
  namesGazetteer,
  specialCategories,
  quasiIdentifiers,
];

/** Reads every recognizer's data now rather than on the first text (see Recognizer.load). */
export function loadRecognizers(list: readonly Recognizer[] = recognizers): void {
  for (const r of list) r.load?.();
}

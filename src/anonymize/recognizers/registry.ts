import type { Recognizer } from '../anonymize.types.js';
import { nationalIdRecognizer } from './national-id.js';

/**
 * Every rule/structure recognizer, in one list. Each lives in its own file in this folder with
 * its own tests. Order does not decide overlaps: merging does, by the documented priority.
 */
export const recognizers: Recognizer[] = [nationalIdRecognizer];

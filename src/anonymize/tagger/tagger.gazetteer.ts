import { isGivenName, isSurname } from '../recognizers/name-lists.js';
import { cities } from '../recognizers/places.data.js';
import type { Gazetteer } from './tagger.features.models.js';

/**
 * The word lists the tagger's gazetteer features consult: the anonymizer's own given-name,
 * surname and city lists. Training and inference both use this one, so a model always sees the
 * lists it was trained with (retrain after changing them).
 */
const placeWords = new Set(cities.flatMap((c) => c.toLowerCase().split(/[\s-]+/u)));

export const defaultGazetteer: Gazetteer = {
  given: isGivenName,
  surname: isSurname,
  place: (lower) => placeWords.has(lower),
};

import type { DetectContext, Recognizer, Span } from '../anonymize.types.js';
import { contextWords, valuesAcross, valuesAfter } from './near-context.js';

/**
 * Passport numbers have no shared checksum outside the machine-readable zone and look like any
 * other code (US: 9 digits; DE: 9 of C-Z/0-9; FR: 99AA99999; ES: AAA999999; IT/PL/FI: AA9999999),
 * so they are taken only right after a passport word in one of the 11 languages. Identity cards
 * and driving licences are the same kind of document number and are reported with them.
 */
const passportWords = contextWords([
  'passport*',
  'reisepass*',
  'pass',
  'passes',
  'passnummer*',
  'pass-nr',
  'pass-nummer*',
  'passet',
  'passets',
  'passeport*',
  'paspoort*',
  'pas',
  'pasnummer*',
  'pasaporte*',
  'passaporto*',
  'passi',
  'passin',
  'passinumero*',
  'paszport*',
  'paszportu',
  'travel document*',
  'reisedokument*',
  "driver's licen*",
  'drivers licen*',
  'driving licen*',
  'führerschein*',
  'permis de conduire',
  'rijbewijs*',
  'carnet de conducir',
  'permiso de conducir',
  'körkort*',
  'patente',
  'kørekort*',
  'førerkort*',
  'ajokortti*',
  'prawo jazdy',
  'personalausweis*',
  'ausweis',
  'ausweises',
  'ausweisnummer*',
  'id card',
  'identity card',
  "carte d'identité",
  'identiteitskaart*',
  'id-kaart*',
  'dni electrónico',
  "carta d'identità",
  'carta di identità',
  'carta di identita',
  'id-kort*',
  'henkilökortti*',
  'dowód osobisty',
  'dowodu osobistego',
  // the number of an identity document by its own name: "documentnummer IRX82K4L1", "carta
  // d'identità elettronica n. CA48219KT", "numer dokumentu", "Ausweis-Nr."
  'document number',
  'document no',
  'documentnummer*',
  'documentnr',
  'dokumentnummer*',
  'dokumentennummer*',
  'ausweis-nr*',
  'ausweisnr*',
  'numéro de document',
  'numéro du document',
  'número de documento',
  'numero del documento',
  'numero documento',
  "carta d'identità elettronica",
  'carta d’identità',
  'numer dokumentu',
  'numerem dokumentu',
  'dowodu osobistego nr',
  'id-kortnummer*',
  'identitetskort*',
  'legitimationsnummer*',
  'henkilökortin numero',
  'asiakirjan numero',
  'passinumero*',
]);

// 6-15 upper-case letters/digits with at least one digit, optionally split once by a space.
const passportValue =
  /(?=[A-Z]{0,3} ?\d)[A-Z0-9]{2,4} ?[A-Z0-9]{4,7}(?![\p{L}\p{N}])|(?=[A-Z]{0,3}\d)[A-Z0-9]{6,15}(?![\p{L}\p{N}])/uy;
const looksLikeDate = /^(?:19|20)\d{6}$|^\d{1,2}\d{2}(?:19|20)\d{2}$/;

// A list of documents names whose each one is: "kopie paspoort Jeroen: NW3K8R1P7, ID-kaart Noor: …".
const holderThenColon = /[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]*:[ \t]*/uy;

export const passportRecognizer: Recognizer = {
  name: 'passport',
  types: ['PASSPORT'],
  detect(ctx: DetectContext): Span[] {
    return [
      ...valuesAfter(ctx.text, passportWords, passportValue),
      ...valuesAcross(ctx.text, passportWords, holderThenColon, passportValue),
    ]
      .filter(([start, end]) => !looksLikeDate.test(ctx.text.slice(start, end)))
      .map(([start, end]) => ({ start, end, type: 'PASSPORT', source: 'passport', score: 0.9 }));
  },
};

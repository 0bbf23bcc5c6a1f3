/** What a language pack's templates receive for one thread. */
import type { Pieces } from './builder.js';
import type { Persona } from './people.js';
import type { Rng } from './rng.js';

export const domains = [
  'health_insurer',
  'hospital',
  'bank',
  'pension_fund',
  'law_firm',
  'utility',
  'public_office',
] as const;
export type Domain = (typeof domains)[number];

export interface Org {
  domain: Domain;
  name: string;
  /** Short name used in running text ("Aurelia"). */
  short: string;
  products: string[];
  /** Public service number and address: the organisation's, not personal data. */
  phone: string;
  address: string;
  mail: string;
  /** Prefix of its customer/policy/case numbers. */
  idPrefix: string;
}

export interface Ctx {
  r: Rng;
  org: Org;
  /** The customer. */
  p: Persona;
  /** The agent who answers. */
  a: Persona;
  /** A third person, male (father, husband, son, colleague). */
  x: Persona;
  /** A third person, female (daughter, mother, wife, a clinician or officer). */
  y: Persona;
  /** The agent's colleague. */
  z: Persona;
  /** The customer's number at the organisation and the case reference. */
  no: string;
  ref: string;
  /** Year-less date the customer wrote, for quote headers. */
  sent: string;
}

export interface Scenario {
  domain: Domain;
  /** The customer's gender when the text depends on it ("my husband", "je suis adhérente"). */
  customer?: 'f' | 'm';
  /** The customer is of child-bearing age (the scenario mentions a pregnancy). */
  young?: boolean;
  /** The customer is near retirement (pension scenarios). */
  old?: boolean;
  inbound(c: Ctx): Pieces;
  reply(c: Ctx): Pieces;
}

export interface LangPack {
  greetIn(c: Ctx): Pieces;
  greetOut(c: Ctx): Pieces;
  closeIn(c: Ctx): Pieces;
  closeOut(c: Ctx): Pieces;
  quoteHead(c: Ctx): Pieces;
  /** Sentences full of things that must not be flagged (hours, prices, forms, generic dates). */
  fillers: ((c: Ctx) => Pieces)[];
  scenarios: Scenario[];
}

/** Pieces shared by the language packs. */
import { EM, P, type Pieces, s, T } from './builder.js';
import type { Ctx } from './context.js';
import type { Persona } from './people.js';

export function mailLocal(p: Persona): string {
  return `${p.first}.${p.last}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z.]/g, '')
    .toLowerCase();
}

/** The agent's personal work address (personal data) next to the shared service address (not). */
export const agentMail = (c: Ctx): Pieces => [EM(`${mailLocal(c.a)}@${c.org.mail}`)];
export const serviceMail = (c: Ctx): Pieces => [T(`service@${c.org.mail}`, 'org')];
export const full = (p: Persona): Pieces => s`${P(p.first)} ${P(p.last)}`;
export const org = (c: Ctx): Pieces => [T(c.org.name, 'org')];
export const short = (c: Ctx): Pieces => [T(c.org.short, 'org')];
export const product = (c: Ctx, i = 0): Pieces => [T(c.org.products[i % c.org.products.length]!, 'product')];
export const orgPhone = (c: Ctx): Pieces => [T(c.org.phone, 'org')];
export const orgAddress = (c: Ctx): Pieces => [T(c.org.address, 'org')];

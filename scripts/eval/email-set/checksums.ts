/**
 * Check-digit functions for the structured values of the email gold set. The generator uses them
 * to make valid identifiers (never guessed), and the gold-set test uses them to prove every
 * structured gold value is valid, so a detector that validates checksums is not penalised for
 * rejecting a broken value.
 */

const digitsOf = (s: string): number[] => [...s.replace(/\D/g, '')].map(Number);

/** Luhn: payment cards, Swedish personnummer. */
export function luhnValid(value: string): boolean {
  const d = digitsOf(value);
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = d[d.length - 1 - i]!;
    if (i % 2 === 1) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return d.length > 1 && sum % 10 === 0;
}

export function luhnCheckDigit(payload: string): number {
  for (let c = 0; c < 10; c++) if (luhnValid(`${payload}${c}`)) return c;
  throw new Error('unreachable');
}

/** ISO 13616 mod-97 over a string of digits and letters (letters A=10..Z=35). */
export function mod97(s: string): number {
  let rem = 0;
  for (const ch of s.toUpperCase()) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) rem = (rem * 10 + Number(c)) % 97;
  }
  return rem;
}

export function ibanFromBban(country: string, bban: string): string {
  const check = 98 - mod97(`${bban}${country}00`);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

export function ibanValid(iban: string): boolean {
  const e = iban.replace(/\s/g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(e) && mod97(`${e.slice(4)}${e.slice(0, 4)}`) === 1;
}

/** French RIB key over bank (5), branch (5), account (11 digits). */
export function ribKey(bank: string, branch: string, account: string): string {
  const r = (89 * Number(bank) + 15 * Number(branch) + 3 * (Number(account) % 97)) % 97;
  return String(97 - r).padStart(2, '0');
}

/** Spanish CCC control digits over bank+branch (8) and account (10). */
export function cccControl(bankBranch: string, account: string): string {
  const one = (digits: string, weights: number[]) => {
    const s = [...digits].reduce((acc, c, i) => acc + Number(c) * weights[i]!, 0);
    const d = 11 - (s % 11);
    return d === 11 ? 0 : d === 10 ? 1 : d;
  };
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  return `${one(`00${bankBranch}`, w)}${one(account, w)}`;
}

/** German Steuer-ID: ISO 7064 MOD 11,10 check digit over the first ten digits. */
export function steuerIdCheck(first10: string): number {
  let product = 10;
  for (const c of first10) {
    let sum = (Number(c) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

export function steuerIdValid(value: string): boolean {
  const d = value.replace(/\s/g, '');
  if (!/^[1-9]\d{10}$/.test(d)) return false;
  const counts = new Map<string, number>();
  for (const c of d.slice(0, 10)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  return steuerIdCheck(d.slice(0, 10)) === Number(d[10]);
}

/** Dutch BSN: the 11-test with weights 9..2 and -1. */
export function bsnValid(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 9) return false;
  const s = d.slice(0, 8).reduce((acc, x, i) => acc + x * (9 - i), 0) - d[8]!;
  return s % 11 === 0 && s !== 0;
}

/** French NIR: key = 97 - (13 digits mod 97). */
export function nirKey(first13: string): string {
  return String(97 - (Number(first13) % 97)).padStart(2, '0');
}

export function nirValid(value: string): boolean {
  const d = value.replace(/\s/g, '');
  return /^[12]\d{14}$/.test(d) && nirKey(d.slice(0, 13)) === d.slice(13);
}

const dniLetters = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dniLetter(n: number): string {
  return dniLetters[n % 23]!;
}

/** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter). */
export function dniNieValid(value: string): boolean {
  const v = value.toUpperCase().replace(/[\s-]/g, '');
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(v);
  if (!m) return false;
  const prefix = m[1] ? String('XYZ'.indexOf(m[1])) : '';
  if ((prefix + m[2]).length !== 8) return false;
  return dniLetter(Number(prefix + m[2])) === m[3];
}

/** Swedish personnummer YYMMDD-NNNC: Luhn over the ten digits. */
export function personnummerValid(value: string): boolean {
  const d = value.replace(/\D/g, '');
  const ten = d.length === 12 ? d.slice(2) : d;
  return ten.length === 10 && luhnValid(ten);
}

/** UK National Insurance number: format and prefix rules (it has no check digit). */
export function ninoValid(value: string): boolean {
  const v = value.replace(/\s/g, '').toUpperCase();
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$/.exec(v);
  return !!m && !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(v.slice(0, 2));
}

/** US SSN: area/group/serial rules (it has no check digit). */
export function ssnValid(value: string): boolean {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(value.trim());
  if (!m) return false;
  const area = Number(m[1]);
  return area !== 0 && area !== 666 && area < 900 && m[2] !== '00' && m[3] !== '0000';
}

/** Swiss AHV number 756.XXXX.XXXX.XC: EAN-13 check digit. */
export function ahvValid(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 13 || d.slice(0, 3).join('') !== '756') return false;
  const s = d.slice(0, 12).reduce((acc, x, i) => acc + x * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (s % 10)) % 10 === d[12];
}

/** Which validator proves a gold value of a structured type; undefined when none applies. */
export function structuredValid(type: string, value: string): boolean | undefined {
  if (type === 'IBAN') return ibanValid(value);
  if (type === 'CARD') return luhnValid(value);
  if (type !== 'NATIONAL_ID') return undefined;
  const v = value.trim();
  if (/^756[.\d]+$/.test(v)) return ahvValid(v);
  if (/^\d{3}-\d{2}-\d{4}$/.test(v)) return ssnValid(v);
  if (/^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v)) return ninoValid(v);
  if (/^\d{6}[-+]\d{4}$|^\d{8}-\d{4}$/.test(v)) return personnummerValid(v);
  if (/^[XYZ]?\d{7,8}-?[A-Z]$/.test(v)) return dniNieValid(v);
  if (/^[12] ?\d{2} ?\d{2} ?\d{2} ?\d{3} ?\d{3} ?\d{2}$/.test(v)) return nirValid(v);
  if (/^\d{2} ?\d{3} ?\d{3} ?\d{3}$/.test(v)) return steuerIdValid(v);
  if (/^\d{4}\.?\d{2}\.?\d{3}$|^\d{9}$/.test(v)) return bsnValid(v);
  return false;
}

/**
 * Pure check-digit and structure validators for national identifiers. Each takes the identifier
 * as written (separators allowed) and answers whether it is a possible, correctly checksummed
 * number. No I/O, no context: the recognizer decides scores from these answers and nearby words.
 */

const digitsOf = (s: string): number[] => Array.from(s.replace(/\D/g, ''), Number);
const compact = (s: string): string => s.replace(/[\s.\-/+]/g, '').toUpperCase();

/** Sum of digit × weight over the shorter of the two lists. */
function weighted(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  return sum;
}

/** Gregorian date check; year is the full year. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [
    31,
    (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return day <= (days[month - 1] ?? 0);
}

/** Luhn over a digit string (Swedish personnummer uses it on the 10-digit form). */
export function luhnValid(digitString: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digitString.length - 1; i >= 0; i--) {
    let d = digitString.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** US SSN: no checksum; the SSA never issues area 000/666/9xx, group 00 or serial 0000. */
export function validUsSsn(value: string): boolean {
  const c = value.replace(/[\s-]/g, '');
  if (!/^\d{9}$/.test(c)) return false;
  const area = c.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (c.slice(3, 5) === '00' || c.slice(5) === '0000') return false;
  // Numbers published in advertising and widely misused; never a real person's.
  return c !== '078051120' && c !== '219099999';
}

/** UK National Insurance number: prefix letters exclude D F I Q U V (and O second), some pairs unallocated. */
export function validUkNino(value: string): boolean {
  const c = compact(value);
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$/.exec(c);
  if (!m) return false;
  return !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(`${m[1]}${m[2]}`);
}

/** German Steuer-ID: 11 digits, ISO 7064 MOD 11,10 check, and the digit-repetition rule of the first ten. */
export function validDeSteuerId(value: string): boolean {
  const c = value.replace(/[\s/]/g, '');
  if (!/^[1-9]\d{10}$/.test(c)) return false;
  const d = digitsOf(c);
  const counts = new Map<number, number>();
  for (const x of d.slice(0, 10)) counts.set(x, (counts.get(x) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  // Exactly one digit occurs twice or three times (three since 2016), never three in a row.
  if (repeated.length !== 1 || (repeated[0] ?? 0) > 3) return false;
  if (/(\d)\1\1/.test(c.slice(0, 10))) return false;
  let product = 10;
  for (const x of d.slice(0, 10)) {
    let sum = (x + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === d[10];
}

/**
 * German health insurance number (Krankenversichertennummer on the eGK): a letter and nine
 * digits. The letter as two digits (A = 01 … Z = 26) and the first eight digits, weighted
 * 1, 2, 1, 2, … with two-digit products replaced by their digit sum, give the last digit mod 10.
 */
export function validDeKvnr(value: string): boolean {
  const m = /^([A-Z])(\d{9})$/.exec(value);
  if (!m) return false;
  const digits = `${String(m[1]!.charCodeAt(0) - 64).padStart(2, '0')}${m[2]!.slice(0, 8)}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const p = Number(digits[i]) * (i % 2 === 0 ? 1 : 2);
    sum += p > 9 ? p - 9 : p;
  }
  return sum % 10 === Number(m[2]![8]);
}

/**
 * German pension insurance number (Rentenversicherungs-/Sozialversicherungsnummer): area (2 digits),
 * birth date DDMMYY (a day over 50 when the serials of a date ran out), the birth surname's initial,
 * a serial (2 digits) and a check digit: the letter becomes its two-digit place in the alphabet and
 * the cross sums of the twelve digits times 2,1,2,5,7,1,2,1,2,1,2,1 are summed modulo 10.
 */
export function validDeRvnr(value: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)$/.exec(value.replace(/ /g, ''));
  if (!m) return false;
  const day = Number(m[2]) % 50;
  const month = Number(m[3]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const digits = `${m[1]}${m[2]}${m[3]}${m[4]}${String(m[5]!.charCodeAt(0) - 64).padStart(2, '0')}${m[6]}`;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(digits[i]) * weights[i]!;
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10 === Number(m[7]);
}

/** Dutch BSN: the "11-proof" with weights 9..2 and -1 on the last digit. 8-digit forms get a leading 0. */
export function validNlBsn(value: string): boolean {
  let c = value.replace(/[\s.]/g, '');
  if (/^\d{8}$/.test(c)) c = `0${c}`;
  if (!/^\d{9}$/.test(c) || /^0+$/.test(c)) return false;
  const d = digitsOf(c);
  const sum = weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) - (d[8] ?? 0);
  return sum % 11 === 0;
}

/** Belgian national register number: 97 - (first nine mod 97); born from 2000 on, a 2 is prefixed first. */
export function validBeNationalNumber(value: string): boolean {
  const c = value.replace(/[\s.\-/]/g, '');
  if (!/^\d{11}$/.test(c)) return false;
  const base = c.slice(0, 9);
  const check = Number(c.slice(9));
  const month = Number(c.slice(2, 4));
  // Month 0 or day 0 is used when the date is unknown; +20/+40 for bis numbers.
  if (month % 20 > 12) return false;
  const key = (n: bigint) => 97 - Number(n % 97n);
  return key(BigInt(base)) === check || key(BigInt(`2${base}`)) === check;
}

/** French NIR (numéro de sécurité sociale): 13 characters + 2-digit key = 97 - (number mod 97); Corsica 2A→19, 2B→18. */
export function validFrNir(value: string): boolean {
  const c = compact(value);
  const m = /^([1-478])(\d{2})(\d{2})(\d{2}|2A|2B)(\d{3})(\d{3})(\d{2})$/.exec(c);
  if (!m) return false;
  const month = Number(m[3]);
  // 01-12, 20-42 and 50-99 (unknown or administrative months) are all issued.
  if (month === 0 || (month > 12 && month < 20) || (month > 42 && month < 50)) return false;
  const dept = m[4] === '2A' ? '19' : m[4] === '2B' ? '18' : m[4];
  const n = BigInt(`${m[1]}${m[2]}${m[3]}${dept}${m[5]}${m[6]}`);
  return 97 - Number(n % 97n) === Number(m[7]);
}

const esLetters = 'TRWAGMYFPDXBNJZSQVHLCKE';
/** Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter): letter = table[n mod 23]. */
export function validEsDniNie(value: string): boolean {
  const c = compact(value);
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(c);
  if (!m) return false;
  const prefix = m[1] ?? '';
  if ((prefix && m[2]!.length !== 7) || (!prefix && m[2]!.length !== 8)) return false;
  const n = Number(`${prefix ? 'XYZ'.indexOf(prefix) : ''}${m[2]}`);
  return esLetters[n % 23] === m[3];
}

/**
 * Spanish social security number (NSS, número de afiliación): 2-digit province, 8-digit number,
 * 2 check digits = (province and number as one integer) mod 97; numbers below 10^7 are counted as
 * province * 10^7 + number.
 */
export function validEsNss(value: string): boolean {
  const m = /^(\d{2})(\d{8})(\d{2})$/.exec(value.replace(/[ /-]/g, ''));
  if (!m) return false;
  const number = Number(m[2]);
  const whole = number < 1e7 ? BigInt(m[1]!) * 10_000_000n + BigInt(number) : BigInt(`${m[1]}${m[2]}`);
  return Number(whole % 97n) === Number(m[3]);
}

/**
 * Irish PPS number: 7 digits, a check letter and an optional second letter. Weights 8..2 on the
 * digits, 9 on the second letter (A=1 … , W=0); the check letter is W, A, B, … for the sum mod 23.
 */
export function validIePpsn(value: string): boolean {
  const m = /^(\d{7})([A-W])([A-IW]?)$/.exec(value.replace(/\s/g, ''));
  if (!m) return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(m[1]![i]) * (8 - i);
  if (m[3] && m[3] !== 'W') sum += (m[3].charCodeAt(0) - 64) * 9;
  return 'WABCDEFGHIJKLMNOPQRSTUV'[sum % 23] === m[2];
}

// Italian codice fiscale: value of a character in an odd (1st, 3rd, …) position; digits map like A..J.
const itOdd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const itOmocodia = 'LMNPQRSTUV';
const itIndex = (ch: string): number => (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65);

/** Italian codice fiscale: structure (with omocodia letters in digit positions) and the check character. */
export function validItCodiceFiscale(value: string): boolean {
  const c = compact(value);
  const digitClass = `[0-9${itOmocodia}]`;
  const shape = new RegExp(
    `^[A-Z]{6}${digitClass}{2}[ABCDEHLMPRST]${digitClass}{2}[A-Z]${digitClass}{3}[A-Z]$`,
  );
  if (!shape.test(c)) return false;
  // Day (with +40 for women) after undoing omocodia substitutions.
  const plain = (s: string) => s.replace(/[LMNPQRSTUV]/g, (ch) => String(itOmocodia.indexOf(ch)));
  const day = Number(plain(c.slice(9, 11)));
  if (day < 1 || day > 71 || (day > 31 && day < 41)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const idx = itIndex(c[i]!);
    sum += i % 2 === 0 ? (itOdd[idx] ?? 0) : idx;
  }
  return String.fromCharCode(65 + (sum % 26)) === c[15];
}

/** Swedish personnummer / samordningsnummer: (YY)YYMMDD[-+]NNNC with Luhn over the 10-digit form. */
export function validSePersonnummer(value: string): boolean {
  const m = /^(\d{2})?(\d{2})(\d{2})(\d{2})[-+\s]?(\d{4})$/.exec(value.trim());
  if (!m) return false;
  const month = Number(m[3]);
  let day = Number(m[4]);
  if (day > 60) day -= 60; // samordningsnummer
  const year = m[1] ? Number(`${m[1]}${m[2]}`) : 2000 + Number(m[2]);
  if (!isRealDate(year, month, day)) return false;
  return luhnValid(`${m[2]}${m[3]}${m[4]}${m[5]}`);
}

/** Danish CPR: DDMMYY-SSSS with a real date; the old mod-11 rule is reported separately (no longer mandatory since 2007). */
export function validDkCprDate(value: string): boolean {
  const c = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(c)) return false;
  const day = Number(c.slice(0, 2));
  const month = Number(c.slice(2, 4));
  // Any year: the century digit rule only narrows 19xx/20xx, both contain the 29 Feb of leap years equally.
  const yy = Number(c.slice(4, 6));
  return isRealDate(yy === 0 ? 2000 : 1900 + yy, month, day);
}

export function dkCprMod11(value: string): boolean {
  const d = digitsOf(value);
  return d.length === 10 && weighted(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0;
}

/** Norwegian fødselsnummer / D-nummer / H-nummer: date part and two mod-11 check digits. */
export function validNoFodselsnummer(value: string): boolean {
  const c = value.replace(/\s/g, '');
  if (!/^\d{11}$/.test(c)) return false;
  const d = digitsOf(c);
  let day = Number(c.slice(0, 2));
  let month = Number(c.slice(2, 4));
  if (day > 40) day -= 40; // D-nummer
  if (month > 40) month -= 40; // H-nummer
  if (!isRealDate(2000, month, day)) return false;
  const k = (weights: number[]) => {
    const r = 11 - (weighted(d, weights) % 11);
    return r === 11 ? 0 : r;
  };
  const k1 = k([3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const k2 = k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return k1 === d[9] && k2 === d[10];
}

const fiChecks = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const fiCentury: Record<string, number> = { '+': 1800, '-': 1900, A: 2000 };
for (const s of 'YXWVU') fiCentury[s] = 1900;
for (const s of 'BCDEF') fiCentury[s] = 2000;

/** Finnish henkilötunnus: DDMMYY, century sign, individual number, check char = table[DDMMYYNNN mod 31]. */
export function validFiHetu(value: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(value.trim().toUpperCase());
  if (!m) return false;
  const century = fiCentury[m[4]!];
  if (century === undefined || !isRealDate(century + Number(m[3]), Number(m[2]), Number(m[1]))) return false;
  return fiChecks[Number(`${m[1]}${m[2]}${m[3]}${m[5]}`) % 31] === m[6];
}

/** Polish PESEL: weights 1,3,7,9 repeating; month carries the century (+80 1800s, +20 2000s, …). */
export function validPlPesel(value: string): boolean {
  const c = value.replace(/\s/g, '');
  if (!/^\d{11}$/.test(c)) return false;
  const d = digitsOf(c);
  const mm = Number(c.slice(2, 4));
  const centuryBase = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)] ?? 0;
  if (!centuryBase || !isRealDate(centuryBase + Number(c.slice(0, 2)), mm % 20, Number(c.slice(4, 6))))
    return false;
  return (10 - (weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === d[10];
}

/** Austrian social insurance number: NNNC DDMMYY; C = weighted sum mod 11 (10 is never issued). */
export function validAtSvnr(value: string): boolean {
  const c = value.replace(/\s/g, '');
  if (!/^[1-9]\d{9}$/.test(c)) return false;
  const d = digitsOf(c);
  const day = Number(c.slice(4, 6));
  const month = Number(c.slice(6, 8));
  // Unknown birth dates are registered with month 13-14 or day 00; accept those, reject the rest.
  if (day > 31 || month < 1 || month > 14) return false;
  const check = weighted(d, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11;
  return check !== 10 && check === d[3];
}

/** Swiss AHV/AVS number: 756.NNNN.NNNN.NC, an EAN-13 with the country prefix 756. */
export function validChAhv(value: string): boolean {
  const c = value.replace(/[\s.]/g, '');
  if (!/^756\d{10}$/.test(c)) return false;
  const d = digitsOf(c);
  const sum = weighted(d, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]);
  return (10 - (sum % 10)) % 10 === d[12];
}

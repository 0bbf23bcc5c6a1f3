/**
 * Persona generator: one invented customer (or agent) with every identifier formatted the way it is
 * written in that language's country. Identifiers are built with their check digits and verified.
 */
import { isValidIBAN } from 'ibantools';
import { isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js/max';
import {
  ahvValid,
  bsnValid,
  cccControl,
  dniLetter,
  ibanFromBban,
  luhnCheckDigit,
  ninoValid,
  nirKey,
  ribKey,
  steuerIdCheck,
} from './checksums.js';
import { locales, type SetLang } from './locales.js';
import type { Rng } from './rng.js';

export interface Persona {
  lang: SetLang;
  country: string;
  female: boolean;
  first: string;
  last: string;
  title: string;
  email: string;
  phoneNat: string;
  phoneIntl: string;
  iban: string;
  card: string;
  nid: string;
  nidName: string;
  dob: string;
  age: number;
  street: string;
  cityLine: string;
  city: string;
  otherCity: string;
  employer: string;
  clinic: string;
  partner: string;
  child: string;
  /** Dates of events tied to the person (appointment, admission…), formatted for the language. */
  date1: string;
  date2: string;
}

const phonePlans: Record<string, { mobile: string[]; land: string[]; len: number[] }> = {
  GB: { mobile: ['77', '79', '74'], land: ['113', '117', '29', '1904'], len: [10] },
  US: { mobile: ['201', '312', '415', '617'], land: ['212', '503'], len: [10] },
  DE: { mobile: ['151', '160', '176', '172'], land: ['221', '341', '421', '251'], len: [11, 10] },
  CH: { mobile: ['79', '78'], land: ['44', '31'], len: [9] },
  FR: { mobile: ['6', '7'], land: ['4', '2', '1'], len: [9] },
  NL: { mobile: ['6'], land: ['30', '50', '40'], len: [9] },
  ES: { mobile: ['6', '7'], land: ['91', '96', '95'], len: [9] },
  SE: { mobile: ['70', '72', '73'], land: ['31', '18', '8'], len: [9] },
};

function phone(r: Rng, country: string): { nat: string; intl: string } {
  const plan = phonePlans[country]!;
  for (;;) {
    const prefix = r.pick(r.chance(0.6) ? plan.mobile : plan.land);
    const n = prefix + r.digits(r.pick(plan.len) - prefix.length);
    const cc = country as Parameters<typeof isValidPhoneNumber>[1];
    if (!isValidPhoneNumber(n, cc)) continue;
    const p = parsePhoneNumber(n, cc);
    let nat = p.formatNational();
    let intl = p.formatInternational();
    // Vary the written forms as people do: compact international, dashes, the German "(0)".
    if (r.chance(0.2)) intl = intl.replace(/ /g, '');
    else if (country === 'DE' && r.chance(0.3)) intl = intl.replace(/^\+49 /, '+49 (0)');
    if (country === 'US' && r.chance(0.5)) nat = nat.replace(/[()]/g, '').replace(' ', '-');
    return { nat, intl };
  }
}

function iban(r: Rng, country: string): string {
  for (;;) {
    let bban: string;
    if (country === 'GB') bban = r.pick(['NWBK', 'BARC', 'LOYD', 'MIDL']) + r.digits(14);
    else if (country === 'DE') bban = r.digits(18);
    else if (country === 'CH') bban = `00${r.digits(3)}${r.digits(12)}`;
    else if (country === 'FR') {
      const [b, g, a] = [String(r.int(10000, 30000)), r.digits(5), r.digits(11)];
      bban = b + g + a + ribKey(b, g, a);
    } else if (country === 'NL') bban = r.pick(['INGB', 'ABNA', 'RABO', 'TRIO']) + r.digits(10);
    else if (country === 'ES') {
      const [bb, a] = [r.digits(8), r.digits(10)];
      bban = bb.slice(0, 8) + cccControl(bb, a) + a;
    } else bban = r.pick(['500', '800', '600']) + r.digits(17);
    const e = ibanFromBban(country, bban);
    if (!isValidIBAN(e)) continue;
    return r.chance(0.75) ? e.replace(/(.{4})/g, '$1 ').trim() : e;
  }
}

function card(r: Rng): string {
  const kind = r.int(0, 2);
  if (kind === 2) {
    const p = `3${r.pick(['4', '7'])}${r.digits(12)}`;
    const d = p + luhnCheckDigit(p);
    return `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}`;
  }
  const p = kind === 0 ? `4${r.digits(14)}` : `5${r.int(1, 5)}${r.digits(13)}`;
  const d = p + luhnCheckDigit(p);
  return r.chance(0.8) ? d.replace(/(.{4})(?!$)/g, '$1 ') : d;
}

function steuerId(r: Rng): string {
  for (;;) {
    const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const dropped = r.int(0, 9);
    const used = pool.filter((d) => d !== dropped);
    const twice = r.pick(used);
    const ds = [...used, twice];
    for (let i = ds.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [ds[i], ds[j]] = [ds[j]!, ds[i]!];
    }
    if (ds[0] === 0) continue;
    const ten = ds.join('');
    const d = ten + steuerIdCheck(ten);
    return `${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 8)} ${d.slice(8)}`;
  }
}

function nationalId(r: Rng, country: string, y: number, m: number, d: number, female: boolean): string {
  const yy = String(y % 100).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  if (country === 'GB') {
    for (;;) {
      const v = `${r.pick([...'ABCEGHJKLMNOPRSTWXYZ'])}${r.pick([...'ABCEGHJKLMNPRSTWXYZ'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick([...'ABCD'])}`;
      if (ninoValid(v)) return v;
    }
  }
  if (country === 'US') return `${r.int(101, 665)}-${r.int(10, 99)}-${r.int(1000, 9999)}`;
  if (country === 'DE') return steuerId(r);
  if (country === 'CH') {
    for (;;) {
      const v = `756${r.digits(9)}`;
      for (let c = 0; c < 10; c++) {
        const full = `${v}${c}`;
        if (ahvValid(full))
          return `${full.slice(0, 3)}.${full.slice(3, 7)}.${full.slice(7, 11)}.${full.slice(11)}`;
      }
    }
  }
  if (country === 'FR') {
    const first13 = `${female ? 2 : 1}${yy}${mm}${String(r.int(1, 95)).padStart(2, '0')}${r.digits(3)}${r.digits(3)}`;
    const k = nirKey(first13);
    const f = first13;
    return `${f[0]} ${f.slice(1, 3)} ${f.slice(3, 5)} ${f.slice(5, 7)} ${f.slice(7, 10)} ${f.slice(10, 13)} ${k}`;
  }
  if (country === 'NL') {
    for (;;) {
      const v = `${r.int(1, 9)}${r.digits(8)}`;
      if (bsnValid(v)) return r.chance(0.5) ? v : `${v.slice(0, 4)}.${v.slice(4, 6)}.${v.slice(6)}`;
    }
  }
  if (country === 'ES') {
    if (r.chance(0.25)) {
      const p = r.int(0, 2);
      const n = r.digits(7);
      return `${'XYZ'[p]}${n}${dniLetter(Number(`${p}${n}`))}`;
    }
    const n = String(r.int(10000000, 79999999));
    return `${n}${dniLetter(Number(n))}`;
  }
  const nine = `${yy}${mm}${dd}${r.digits(3)}`;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

const nidNames: Record<string, string> = {
  GB: 'National Insurance number',
  US: 'Social Security number',
  DE: 'Steuer-ID',
  CH: 'AHV-Nummer',
  FR: 'numéro de sécurité sociale',
  NL: 'BSN',
  ES: 'DNI',
  SE: 'personnummer',
};

export function formatDate(lang: SetLang, y: number, m: number, d: number, style: 'num' | 'long'): string {
  const L = locales[lang];
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  if (style === 'long') {
    const month = L.months[m - 1]!;
    if (lang === 'en') return `${d} ${month} ${y}`;
    if (lang === 'de') return `${d}. ${month} ${y}`;
    if (lang === 'es') return `${d} de ${month} de ${y}`;
    return `${d} ${month} ${y}`;
  }
  if (lang === 'sv') return `${y}-${mm}-${dd}`;
  if (lang === 'de') return `${dd}.${mm}.${y}`;
  if (lang === 'nl') return `${dd}-${mm}-${y}`;
  return `${dd}/${mm}/${y}`;
}

/** A short event date without year ("14 March", "14. März", "le 14 mars" → "14 mars"). */
function eventDate(r: Rng, lang: SetLang): string {
  const d = r.int(2, 28);
  const m = r.int(1, 12);
  if (r.chance(0.4)) return formatDate(lang, 2024, m, d, 'num');
  const month = locales[lang].months[m - 1]!;
  if (lang === 'de') return `${d}. ${month}`;
  if (lang === 'es') return `${d} de ${month}`;
  return `${d} ${month}`;
}

const countryOf = (r: Rng, lang: SetLang): string =>
  lang === 'en'
    ? r.chance(0.25)
      ? 'US'
      : 'GB'
    : lang === 'de'
      ? r.chance(0.15)
        ? 'CH'
        : 'DE'
      : { fr: 'FR', nl: 'NL', es: 'ES', sv: 'SE' }[lang];

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

export function persona(r: Rng, lang: SetLang, gender?: 'f' | 'm'): Persona {
  const L = locales[lang];
  const country = countryOf(r, lang);
  const coin = r.chance(0.5);
  const female = gender ? gender === 'f' : coin;
  const first = r.pick(female ? L.female : L.male);
  const last = r.pick(L.surnames);
  const y = r.int(1946, 2003);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const place = r.pick(L.places);
  const other = r.pick(L.places.filter((p) => p !== place));
  const num = r.int(1, 120);
  const street =
    lang === 'en' || lang === 'fr'
      ? `${num} ${r.pick(L.streets)}`
      : `${r.pick(L.streets)} ${num}${lang === 'es' ? `, ${r.int(1, 6)}º ${r.pick(['A', 'B', 'C'])}` : ''}`;
  const pc =
    lang === 'en'
      ? country === 'US'
        ? null
        : `${place.pc}${r.int(1, 19)} ${r.int(1, 9)}${r.pick([...'ABDEFGHJLNPQRSTUWXY'])}${r.pick([...'ABDEFGHJLNPQRSTUWXY'])}`
      : lang === 'nl'
        ? `${place.pc}${r.digits(2)} ${r.pick([...'ABCDEGHJKLMNPRST'])}${r.pick([...'ABCDEGHJKLMNPRSTX'])}`
        : lang === 'sv'
          ? `${place.pc}${r.digits(1)} ${r.digits(2)}`
          : `${place.pc}${r.digits(5 - place.pc.length)}`;
  const cityLine =
    country === 'US'
      ? `Springfield, IL ${r.int(62701, 62799)}`
      : lang === 'en'
        ? `${place.city} ${pc}`
        : lang === 'fr' || lang === 'es'
          ? `${pc} ${place.city}`
          : `${pc} ${place.city}`;
  const local = r.pick([
    `${ascii(first)}.${ascii(last)}`,
    `${ascii(first)[0]}${ascii(last)}`,
    `${ascii(first)}${r.int(1, 99)}`,
    `${ascii(last)}.${ascii(first)[0]}`,
  ]);
  const ph = phone(r, country);
  return {
    lang,
    country,
    female,
    first,
    last,
    title: female ? L.titleF : L.titleM,
    email: `${local}@${r.pick(L.mailDomains)}`,
    phoneNat: ph.nat,
    phoneIntl: ph.intl,
    iban: iban(r, country === 'US' ? 'GB' : country),
    card: card(r),
    nid: nationalId(r, country, y, m, d, female),
    nidName: nidNames[country]!,
    dob: formatDate(lang, y, m, d, r.chance(0.7) ? 'num' : 'long'),
    age: 2024 - y,
    street,
    cityLine,
    city: country === 'US' ? 'Springfield' : place.city,
    otherCity: other.city,
    employer: r.pick(L.employers),
    clinic: r.pick(L.clinics),
    partner: r.pick(female ? L.male : L.female),
    child: r.pick([...L.female, ...L.male].filter((n) => n !== first)),
    date1: eventDate(r, lang),
    date2: eventDate(r, lang),
  };
}

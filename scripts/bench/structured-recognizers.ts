import type { DetectContext, Recognizer } from '../../src/anonymize/anonymize.types.js';
import { accountNumberRecognizer } from '../../src/anonymize/recognizers/account-number.js';
import { addressRecognizer } from '../../src/anonymize/recognizers/address.js';
import { dobRecognizer } from '../../src/anonymize/recognizers/dob.js';
import { nationalIdRecognizer } from '../../src/anonymize/recognizers/national-id.js';
import { passportRecognizer } from '../../src/anonymize/recognizers/passport.js';
import { plateRecognizer } from '../../src/anonymize/recognizers/plate.js';

/**
 * Throughput of the structured/context recognizers (national IDs, passport, plate, DOB/age,
 * account numbers, addresses) on customer-service-shaped emails of ~1.5 KB, each with one other
 * message of the thread as context. The whole pipeline
 * targets >= 200 emails/s on one core; these should take a small fraction of that budget.
 */
const emails = [
  `Sehr geehrte Damen und Herren,

ich wende mich an Sie wegen meiner Rechnung vom 03.04.2024 über 1.250,00 €. Meine Kundennummer ist
4711-0815 und die Versicherungsnummer lautet KV-7781234. Ich bin am 12. März 1985 geboren und wohne
seit 2019 in der Hauptstraße 12, 10115 Berlin. Meine Steuer-ID: 86 095 742 719.
Bitte überweisen Sie den Betrag auf mein Konto, die Bestellung 2500 Stück wurde nie geliefert.
Das Kennzeichen meines Autos ist B-AB 1234, die Reparatur hat 3 Tage gedauert.
Ich bin 54 Jahre alt und seit 10 Jahren Kunde bei Ihnen. Die App-Version 10.2.3 funktioniert nicht.

Mit freundlichen Grüßen
Anna Schmidt
Tel. +49 30 1234567`,
  `Dear customer service team,

I am writing about case #88123 and order no. A-2024-00017 which has not arrived. My SSN is
536-22-1234 and my passport number is 912803456. I was born on 2/7/1961 and I am 63 years old.
The delivery address is 12 Main Street, Springfield, IL 62704. Please call me before 5pm.
The invoice of $120.50 for 3 items was charged twice on 12.03.2024. I have been a customer
for 10 years and would like to keep my membership number MB-553312 active.
My licence plate AB12 CDE was photographed at the car park, please cancel the fine.

Kind regards,
John Smith
P.O. Box 108, London SW1A 1AA`,
];
// A customer email is ~1.5 KB: each sample carries a quoted earlier exchange of ordinary prose.
const quoted = `

> On Monday, the support team wrote:
> Thank you for your message. We have forwarded your request to the responsible department and
> will get back to you as soon as possible. Please note that processing can take up to five working
> days during the holiday season. If you have further questions, simply reply to this email and keep
> the subject line unchanged so that we can match your reply to the existing case. We appreciate
> your patience and apologise for any inconvenience this may cause.`;
const text = (i: number) => `${emails[i % emails.length]}${quoted}`;

export async function run(): Promise<object> {
  const list: Recognizer[] = [
    nationalIdRecognizer,
    passportRecognizer,
    plateRecognizer,
    dobRecognizer,
    accountNumberRecognizer,
    addressRecognizer,
  ];
  const contexts: DetectContext[] = Array.from({ length: 2000 }, (_, i) => ({
    text: text(i),
    lang: i % 2 ? 'en' : 'de',
    participants: [],
    thread: [text(i + 1)],
    lists: { allow: [], deny: [] },
  }));
  // These machines are shared and noisy: CPU time of this process (as the eval reports it), best of five rounds.
  const rate = (fn: (ctx: DetectContext) => void) => {
    let best = 0;
    for (let round = 0; round < 5; round++) {
      const t0 = process.cpuUsage();
      for (const ctx of contexts) fn(ctx);
      const used = process.cpuUsage(t0);
      best = Math.max(best, (contexts.length / (used.user + used.system)) * 1e6);
    }
    return Math.round(best);
  };
  const result: Record<string, number> = {};
  for (const r of list) result[`${r.name}_emails_per_s`] = rate((ctx) => r.detect(ctx));
  result.all_structured_emails_per_s = rate((ctx) => {
    for (const r of list) r.detect(ctx);
  });
  result.email_chars = Math.round(contexts.reduce((n, c) => n + c.text.length, 0) / contexts.length);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run(), null, 2));
}

import { describe, expect, it } from 'vitest';
import { detectLanguage, isStopword } from '../../src/shared/language.js';

const samples: [string, string][] = [
  ['en', 'Dear team, I have not received my invoice yet. Could you please send it again? Kind regards'],
  [
    'de',
    'Sehr geehrte Damen und Herren, ich habe meine Rechnung noch nicht erhalten. Mit freundlichen Grüßen',
  ],
  ['fr', "Bonjour, je n'ai pas reçu ma facture. Pourriez-vous me l'envoyer à nouveau ? Cordialement"],
  [
    'nl',
    'Beste klantenservice, ik heb mijn factuur nog niet ontvangen. Kunt u deze opnieuw sturen? Met vriendelijke groet',
  ],
  ['es', 'Hola, todavía no he recibido mi factura. ¿Me la pueden enviar otra vez? Muchas gracias y saludos'],
  ['sv', 'Hej, jag har inte fått min faktura än. Kan ni skicka den igen? Vänliga hälsningar'],
  ['it', 'Buongiorno, non ho ancora ricevuto la mia fattura. Potete inviarla di nuovo? Cordiali saluti'],
  ['da', 'Hej, jeg har ikke modtaget min faktura endnu. Kan I sende den igen? Med venlig hilsen'],
  ['no', 'Hei, jeg har ikke mottatt fakturaen min ennå. Kan dere sende den på nytt? Med vennlig hilsen'],
  ['fi', 'Hei, en ole vielä saanut laskuani. Voisitteko lähettää sen uudelleen? Ystävällisin terveisin'],
  ['pl', 'Dzień dobry, nie otrzymałem jeszcze faktury. Czy mogą Państwo wysłać ją ponownie? Pozdrawiam'],
];

describe('detectLanguage', () => {
  for (const [lang, text] of samples) {
    it(`recognises a short customer email in ${lang}`, () => {
      expect(detectLanguage(text)).toBe(lang);
    });
  }

  it('tells Norwegian from Danish in a clinical letter with no greeting, knows Nynorsk, and reads a two-line German meter mail', () => {
    const no = 'Pasienten er en 48 år gammel kvinne med kjent sykdom som siste tre uker har hatt smerter.';
    expect(detectLanguage(no)).toBe('no');
    expect(
      detectLanguage('Patienten er en 48 år gammel kvinde, som de sidste tre uger har haft smerter.'),
    ).toBe('da');
    expect(
      detectLanguage('Zählerstand Strom heute 48317\nZähler Nr. 1ESY 1160 4478 21\n\nGruß H. Müller'),
    ).toBe('de');
  });

  it('says it does not know for text without words of any language', () => {
    expect(detectLanguage('')).toBeUndefined();
    expect(detectLanguage('12345 67890 +49 30 1234567')).toBeUndefined();
    expect(detectLanguage('Xyzzy Plugh')).toBeUndefined();
  });

  it('reads only the start of very long texts, so cost stays bounded', () => {
    const long = `${samples[1]![1]} `.repeat(2000);
    const t0 = performance.now();
    expect(detectLanguage(long)).toBe('de');
    expect(performance.now() - t0).toBeLessThan(50);
  });

  it('knows function words of every language', () => {
    expect(isStopword('och')).toBe(true);
    expect(isStopword('smith')).toBe(false);
  });
});

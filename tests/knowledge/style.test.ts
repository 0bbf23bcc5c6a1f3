import { describe, expect, it } from 'vitest';
import { getStyleProfile } from '../../src/knowledge/knowledge.repository.js';
import {
  countAddress,
  deriveStyle,
  greetingLine,
  signOffLine,
  styleNotes,
} from '../../src/knowledge/style.models.js';
import {
  createStyleRefresher,
  loadStyleProfile,
  refreshStyleProfile,
} from '../../src/knowledge/style.usecases.js';
import { TestClock } from '../support/appliance.js';
import { addConversations, knowledgeStore } from './knowledge-fixtures.js';

const de = (name: string, body: string) =>
  `Guten Tag ${name},\n\n${body}\n\nMit freundlichen Grüßen\n[AGENT]\n[SIGNATURE]`;

describe('style profile', () => {
  it('finds greeting and sign-off lines with person placeholders as [NAME], skipping trailing placeholders', () => {
    const text = de('[PERSON_2]', 'vielen Dank für Ihre Nachricht. Wir prüfen Ihren Antrag.');
    expect(greetingLine(text)).toBe('Guten Tag [NAME],');
    expect(signOffLine(text)).toBe('Mit freundlichen Grüßen');
    expect(
      greetingLine('This is a long first line that is clearly the body of the reply and not a greeting.'),
    ).toBeNull();
    expect(signOffLine('Just one line')).toBeNull();
  });

  it('counts German Sie inside a sentence, not at its start, against du', () => {
    expect(countAddress('Sie haben recht. Wir senden Ihnen die Unterlagen, die Sie brauchen.', 'de')).toEqual(
      {
        formal: 2,
        informal: 0,
      },
    );
    expect(countAddress('Kannst du mir deine Nummer schicken? Dir hilft das.', 'de')).toEqual({
      formal: 0,
      informal: 3,
    });
  });

  it.each([
    ['fr', 'Bonjour,\nnous avons reçu votre demande et vous répondrons.\nCordialement', 'formal', 'vous'],
    ['fr', 'Salut,\nmerci pour ton message, tu recevras la réponse.\nÀ bientôt', 'informal', 'tu'],
    [
      'nl',
      'Beste [PERSON_1],\nwij hebben uw vraag ontvangen en helpen u graag.\nMet vriendelijke groet',
      'formal',
      'u',
    ],
    [
      'nl',
      'Hoi [PERSON_1],\nbedankt voor je bericht, jij krijgt snel antwoord.\nGroetjes',
      'informal',
      'je/jij',
    ],
    ['es', 'Estimado [PERSON_1]:\nle enviamos a usted la factura.\nAtentamente', 'formal', 'usted'],
    [
      'it',
      'Gentile [PERSON_1],\nLa ringraziamo, abbiamo ricevuto la Sua richiesta e Lei riceverà risposta.\nCordiali saluti',
      'formal',
      'Lei',
    ],
    [
      'sv',
      'Hej [PERSON_1],\ntack för ditt meddelande, vi hjälper dig gärna.\nVänliga hälsningar',
      'informal',
      'du',
    ],
  ])('derives the %s address form from the replies (%s)', (lang, text, preferred, form) => {
    const profile = deriveStyle([1, 2, 3].map(() => ({ text, lang })));
    expect(profile.formality[lang]!.preferred).toBe(preferred);
    expect(styleNotes(profile, lang)).toContain(`Address the customer ${preferred}ly (${form}).`);
  });

  it('reports greeting and sign-off habits with shares, typical length and the language mix', () => {
    const replies = [
      ...Array.from({ length: 6 }, (_, i) => ({
        text: de(`[PERSON_${i + 1}]`, 'wir haben Ihre Rechnung geprüft und senden Ihnen eine Gutschrift.'),
        lang: 'de',
      })),
      { text: 'Hallo [PERSON_1],\nSie erhalten die Unterlagen morgen.\nViele Grüße\n[AGENT]', lang: 'de' },
      { text: 'Hallo [PERSON_1],\nSie erhalten die Unterlagen morgen.\nViele Grüße\n[AGENT]', lang: 'de' },
      { text: 'Dear [PERSON_1],\nthanks, your refund is on its way.\nKind regards,\n[AGENT]', lang: 'en' },
      { text: 'Dear [PERSON_1],\nthanks, your refund is on its way.\nKind regards,\n[AGENT]', lang: 'en' },
    ];
    const profile = deriveStyle(replies);
    expect(profile.replies).toBe(10);
    expect(profile.greetings.de).toEqual([
      { text: 'Guten Tag [NAME],', share: 0.75 },
      { text: 'Hallo [NAME],', share: 0.25 },
    ]);
    expect(profile.signOffs.de![0]).toEqual({ text: 'Mit freundlichen Grüßen', share: 0.75 });
    expect(profile.languages).toEqual([
      { text: 'de', share: 0.8 },
      { text: 'en', share: 0.2 },
    ]);
    expect(profile.length.medianWords).toBeGreaterThan(10);
    expect(profile.length.p90Words).toBeGreaterThanOrEqual(profile.length.medianWords);
    expect(styleNotes(profile, 'de')).toEqual([
      'Open with a greeting like: "Guten Tag [NAME],"',
      'Close with a sign-off like: "Mit freundlichen Grüßen"',
      'Address the customer formally (Sie).',
      `Typical length: about ${profile.length.medianWords} words.`,
    ]);
    expect(styleNotes(profile, 'en')).toContain('Open with a greeting like: "Dear [NAME],"');
    expect(styleNotes(deriveStyle([]), 'de')).toEqual([]);
  });

  it('is refreshed from the latest replies of one mailbox and stored', () => {
    const store = knowledgeStore();
    addConversations(store, [
      { replyText: de('[PERSON_1]', 'wir melden uns bei Ihnen.'), lang: 'de', replyAt: 2 },
      { replyText: de('[PERSON_1]', 'Ihre Karte ist unterwegs.'), lang: 'de', replyAt: 3 },
      { replyText: 'Hey, du bekommst es morgen.\nCiao', lang: 'de', status: 'rejected' },
      { mailboxId: 2, replyText: 'Dear [PERSON_1],\nok.\nBest,\n[AGENT]' },
    ]);
    expect(loadStyleProfile(store.db, 1)).toBeNull();
    const profile = refreshStyleProfile(store.db, 1, 7_000);
    expect(profile.replies).toBe(2);
    expect(loadStyleProfile(store.db, 1)).toEqual(profile);
    expect(profile.formality.de!.preferred).toBe('formal');
  });

  it('is refreshed with each of the first five conversations learned for a mailbox, then every 25th', () => {
    const store = knowledgeStore();
    addConversations(store, [{ replyText: de('[PERSON_1]', 'wir melden uns bei Ihnen.'), lang: 'de' }]);
    const clock = new TestClock(1_000);
    const style = createStyleRefresher({ db: store.db, clock });
    const refreshedAt: number[] = [];
    for (let n = 1; n <= 50; n++) {
      clock.advance(1);
      style.learned(1);
      if (getStyleProfile(store.db, 1)?.updatedAt === clock.now()) refreshedAt.push(n);
    }
    expect(refreshedAt).toEqual([1, 2, 3, 4, 5, 25, 50]);
    expect(getStyleProfile(store.db, 2)).toBeUndefined();
  });
});

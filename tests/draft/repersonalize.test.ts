import { describe, expect, it } from 'vitest';
import { cleanModelOutput, fillPlaceholders } from '../../src/draft/repersonalize.models.js';

describe('cleanModelOutput', () => {
  it('strips role prefixes, a subject line, fences, end-of-turn tokens and what follows them', () => {
    const raw =
      '```text\nassistant: Subject: Ihre Bestellung\n\nGuten Tag [PERSON_1],\n\nwir prüfen das.\n```<|im_end|>\n<|im_start|>user\nmore';
    expect(cleanModelOutput(raw)).toBe('Guten Tag [PERSON_1],\n\nwir prüfen das.');
  });

  it('strips a chat-template header and the end-of-turn token after it', () => {
    expect(cleanModelOutput('<|im_start|>assistant\nHello [PERSON_1], thanks.<|im_end|>')).toBe(
      'Hello [PERSON_1], thanks.',
    );
    expect(cleanModelOutput('Hello [PERSON_1], thanks.</s>')).toBe('Hello [PERSON_1], thanks.');
    expect(cleanModelOutput('<|im_end|>\nHello [PERSON_1], thanks.<|im_end|>more')).toBe(
      'Hello [PERSON_1], thanks.',
    );
  });

  it('removes quoted lines with their "wrote:" line, a trailing [SIGNATURE], and extra blank lines', () => {
    const raw =
      'Hello [PERSON_1],\n\n\n\nthanks for writing.   \n\nOn Monday [PERSON_1] wrote:\n> my order\n> is late\n\nBest regards\n[SIGNATURE]\n';
    expect(cleanModelOutput(raw)).toBe('Hello [PERSON_1],\n\nthanks for writing.\n\nBest regards');
  });

  it('keeps a text that needs no cleaning as it is', () => {
    const text = 'Bonjour [PERSON_1],\n\nMerci ! Nous revenons vers vous : [[fill in: date]].';
    expect(cleanModelOutput(text)).toBe(text);
  });

  it('keeps a "wrote:" line that is not followed by a quote', () => {
    expect(cleanModelOutput('You wrote:\nthe parcel is damaged. We are sorry.')).toBe(
      'You wrote:\nthe parcel is damaged. We are sorry.',
    );
  });
});

describe('fillPlaceholders', () => {
  const map = new Map([
    ['[PERSON_1]', 'Anna Müller'],
    ['[EMAIL_1]', 'anna@example.org'],
  ]);

  it('puts values back, keeps fill-in gaps and unknown placeholders visible', () => {
    const text = 'Guten Tag [PERSON_1], wir schreiben an [EMAIL_1] bis [[fill in: Datum]]. [PHONE_3]';
    expect(fillPlaceholders(text, map)).toBe(
      'Guten Tag Anna Müller, wir schreiben an anna@example.org bis [[fill in: Datum]]. [PHONE_3]',
    );
  });

  it('uses the agent name for [AGENT] and removes [SIGNATURE]', () => {
    const text = 'Hallo [PERSON_1],\nich bin [AGENT] vom Kundendienst.\n\nViele Grüße\n[AGENT]\n[SIGNATURE]';
    expect(fillPlaceholders(text, map, { agentName: 'Jonas' })).toBe(
      'Hallo Anna Müller,\nich bin Jonas vom Kundendienst.\n\nViele Grüße\nJonas',
    );
  });

  it('removes [AGENT] cleanly when no agent name is known', () => {
    const text = 'Hello [PERSON_1],\n\nthanks.\n\nKind regards,\n[AGENT]\n\n[SIGNATURE]';
    expect(fillPlaceholders(text, map)).toBe('Hello Anna Müller,\n\nthanks.\n\nKind regards,');
    expect(fillPlaceholders('Merci ! [AGENT] vous répondra : demain.', map)).toBe(
      'Merci ! vous répondra : demain.',
    );
  });

  it('inserts values literally, even when they contain replacement patterns', () => {
    expect(fillPlaceholders('Hi [PERSON_1]', new Map([['[PERSON_1]', "$& $1 O'Brien"]]))).toBe(
      "Hi $& $1 O'Brien",
    );
  });
});

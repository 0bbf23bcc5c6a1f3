import { describe, expect, it } from 'vitest';
import { splitReply } from '../../src/ingest/message.quotes.js';

const cases: [string, string][] = [
  ['Gmail (en)', 'On Mon, 3 Feb 2025 at 10:12, Jane Roe <jane@example.org> wrote:'],
  ['Gmail wrapped', 'On Mon, 3 Feb 2025 at 10:12, Jane Roe <\njane@example.org> wrote:'],
  ['Thunderbird (de)', 'Am 03.02.25 um 10:12 schrieb Jane Roe:'],
  ['Apple Mail (fr)', 'Le 3 févr. 2025 à 10:12, Jane Roe <jane@example.org> a écrit :'],
  ['Outlook web (nl)', 'Op ma 3 feb. 2025 om 10:12 schreef Jane Roe <jane@example.org>:'],
  ['Gmail (es)', 'El lun, 3 feb 2025 a las 10:12, Jane Roe (<jane@example.org>) escribió:'],
  ['Gmail (da)', 'Den man. 3. feb. 2025 kl. 10.12 skrev Jane Roe <jane@example.org>:'],
  ['Outlook separator', '-----Original Message-----\nFrom: Jane'],
  ['Outlook de separator', '-----Ursprüngliche Nachricht-----'],
  [
    'Outlook header block',
    'From: Jane Roe <jane@example.org>\nSent: Monday, February 3, 2025 10:12\nTo: Support\nSubject: Claim',
  ],
  [
    'Outlook header block (de)',
    'Von: Jane Roe\nGesendet: Montag, 3. Februar 2025 10:12\nAn: Support\nBetreff: Antrag',
  ],
];

describe('splitting the new part of a reply from quoted history', () => {
  for (const [client, marker] of cases) {
    it(`cuts the history quoted in the ${client} style`, () => {
      const text = `Thanks, the form is attached.\n\nBest\n\n${marker}\n> old question\n> more history`;
      const r = splitReply(text);
      expect(r.newPart).toBe('Thanks, the form is attached.\n\nBest');
      expect(r.hadQuote).toBe(true);
    });
  }

  it('keeps interleaved answers and drops the ">" lines between them', () => {
    const r = splitReply('> Do you have my number?\nYes, 12345.\n> And the date?\nMonday.');
    expect(r.newPart).toBe('Yes, 12345.\nMonday.');
    expect(r.hadQuote).toBe(true);
  });

  it('drops the signature after the "-- " delimiter', () => {
    const r = splitReply('See you Monday.\n-- \nJane Roe\nACME Ltd');
    expect(r).toEqual({ newPart: 'See you Monday.', hadQuote: false, hadSignature: true });
  });

  it('leaves a message without history or signature as it is', () => {
    const text = 'Hello,\nmy card was charged twice.\nRegards';
    expect(splitReply(text)).toEqual({ newPart: text, hadQuote: false, hadSignature: false });
  });

  it('does not mistake a sentence starting with "On" for an attribution', () => {
    const text = 'On Monday I called you.\nNobody answered.';
    expect(splitReply(text).newPart).toBe(text);
  });
});

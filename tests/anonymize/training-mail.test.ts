import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnnotated } from '../../scripts/eval/blind-set.js';
import { mailSentences, trainingMail } from '../../scripts/training-mail/training-mail.js';

const mail = `### id=da-201 sector=hospital direction=inbound
From: Lone Thygesen <lone@example.dk>
To: Klinik Nord <service@kliniknord.example>
Allow: Klinik Nord; service@kliniknord.example
---
Min læge [[PERSON:Lone Thygesen]] i [[ORG:Lægerne Kirkegade]] bor i [[LOCATION:Vejle]].
Jeg bor på [[ADDRESS:Vestergade 12]] i Vejle.
Klinik Nord har min journal.
Jeg har [[HEALTH:diabetes]].
`;

describe('training e-mails', () => {
  it('become NER sentences with PER, ORG and LOC in BIO tags, other types as O', () => {
    const sentences = mailSentences(parseAnnotated(mail, 'da'));
    const first = sentences[0]!;
    const last = sentences.at(-1)!;
    expect(first.tokens.join(' ')).toBe('Min læge Lone Thygesen i Lægerne Kirkegade bor i Vejle .');
    expect(first.tags).toEqual(['O', 'O', 'B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-LOC', 'O']);
    expect(last.tags.every((t) => t === 'O')).toBe(true);
  });

  it("leave out sentences with an address or the receiving organisation's own name (unmarked for reasons the NER cannot see)", () => {
    const texts = mailSentences(parseAnnotated(mail, 'da')).map((s) => s.tokens.join(' '));
    expect(texts).toHaveLength(2);
    expect(texts.some((t) => t.includes('Vestergade') || t.includes('Klinik Nord'))).toBe(false);
  });

  it('refuse an id used twice, naming it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'veildraft-training-mail-'));
    writeFileSync(path.join(dir, 'da.txt'), mail + mail);
    expect(() => trainingMail(dir)).toThrow(/da-201: the id is used twice/);
  });

  it('all parse: the committed files are well-formed, in every language', () => {
    const msgs = trainingMail();
    expect(msgs.length).toBeGreaterThan(100);
    expect(msgs.every((m) => m.spans.every((s) => m.text.slice(s.start, s.end).trim().length > 0))).toBe(
      true,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { anonymize } from '../../src/anonymize/anonymize.usecases.js';
import { createDetector } from '../../src/anonymize/detect.js';
import { emailRecognizer } from '../../src/anonymize/recognizers/email.js';
import { namesStructure } from '../../src/anonymize/recognizers/names-structure.js';
import { recognizers } from '../../src/anonymize/recognizers/registry.js';

// The registry plus the mail-structure name recognizer (a no-op duplicate once it is registered).
const detector = createDetector({
  recognizers: recognizers.includes(namesStructure) ? recognizers : [...recognizers, namesStructure],
  lists: { allow: ['Acme Insurance', 'acme-insurance.com'], deny: [] },
});

const thread = {
  messages: [
    {
      text: 'Dear Acme Insurance,\n\nmy policy number is in the attachment. Please call me on +44 20 7946 0958 or write to john.smith@gmail.com.\n\nKind regards\nJohn Smith',
      participants: [{ role: 'from' as const, name: 'John Smith', address: 'john.smith@gmail.com' }],
    },
    {
      text: "Dear Mr Smith,\n\nthank you. We have updated J. Smith's contact details (SMITH, phone +44 20 7946 0958). See https://www.acme-insurance.com/faq for more.\n\nKind regards\nAnna Berg\nAcme Insurance",
      participants: [
        { role: 'from' as const, name: 'Anna Berg', address: 'anna.berg@acme-insurance.com' },
        { role: 'to' as const, name: 'John Smith', address: 'john.smith@gmail.com' },
      ],
    },
  ],
};

describe('anonymize(thread)', () => {
  const result = anonymize(thread, { detector });

  it('uses one placeholder per person and per value across the whole thread', () => {
    const [first, second] = result.messages;
    expect(first).toContain('[PHONE_1]');
    expect(second).toContain('[PHONE_1]');
    expect(first).toContain('[EMAIL_1]');
    expect(first).toMatch(/Kind regards\n\[PERSON_1\]$/);
    expect(second).toMatch(/^Dear Mr \[PERSON_1\],|^Dear \[PERSON_1\],/);
    expect(second).toContain("[PERSON_1]'s contact details ([PERSON_1],");
    expect(second).toMatch(/Kind regards\n\[PERSON_2\]\nAcme Insurance$/);
  });

  it('leaves no part of any detected value in the text', () => {
    const all = result.messages.join('\n');
    for (const leak of ['John', 'Smith', 'SMITH', 'Anna', 'Berg', '7946', 'gmail'])
      expect(all).not.toContain(leak);
  });

  it("keeps the organisation's own name and public pages", () => {
    expect(result.messages[0]).toMatch(/^Dear Acme Insurance,/);
    expect(result.messages[1]).toContain('https://www.acme-insurance.com/faq');
  });

  it('returns the map of placeholders to values for in-memory use', () => {
    expect(result.map.get('[PERSON_1]')).toBe('John Smith');
    expect(result.map.get('[EMAIL_1]')).toBe('john.smith@gmail.com');
    expect(result.map.get('[PHONE_1]')).toBe('+44 20 7946 0958');
  });

  it('sends a conversation with surviving identifiers to review, and a clean one not', () => {
    expect(result.risk.needsReview).toBe(false);
    // A detector that knows only email addresses leaves the hotel and the code behind.
    const leaky = anonymize(
      {
        messages: [
          { text: 'My reference is XK-99812 and I live next to the Wetherby Grange Hotel in Collingham.' },
        ],
      },
      { detector: createDetector({ recognizers: [emailRecognizer] }) },
    );
    expect(leaky.risk.needsReview).toBe(true);
    expect(leaky.risk.conversation.reasons.map((r) => r.kind)).toContain('capitalised');
  });
});

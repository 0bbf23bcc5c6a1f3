import { describe, expect, it } from 'vitest';
import type { Lang, Participant } from '../../../src/anonymize/anonymize.types.js';
import { specialCategories } from '../../../src/anonymize/recognizers/special-categories.js';
import { sexOfName } from '../../../src/anonymize/recognizers/special-patterns/partner.js';
import { ctx } from './context.js';

function orientation(text: string, lang: Lang, from: string, to = 'Kundenservice'): string[] {
  const participants: Participant[] = [
    { role: 'from', name: from, address: 'a@example.org' },
    { role: 'to', name: to, address: 'b@example.org' },
  ];
  return specialCategories
    .detect(ctx(text, lang, { participants }))
    .filter((s) => s.type === 'SEXUAL_ORIENTATION')
    .map((s) => text.slice(s.start, s.end));
}

describe('same-sex partners (sexual orientation)', () => {
  it('flags "my husband" from a man and "my wife" from a woman, in every language', () => {
    expect(orientation('My husband Tom will call you tomorrow.', 'en', 'James Walker')).toEqual([
      'My husband',
    ]);
    expect(orientation('Ich möchte meine Frau mitversichern.', 'de', 'Sabine Krüger')).toEqual([
      'meine Frau',
    ]);
    expect(orientation('Me casé con mi marido en junio.', 'es', 'Javier Ortega')).toEqual(['mi marido']);
    expect(orientation('Jag och min fru flyttar i maj.', 'sv', 'Jenny Holm')).toEqual(['min fru']);
    expect(orientation('Vorrei includere mio marito nella polizza.', 'it', 'Stefano Rossi')).toEqual([
      'mio marito',
    ]);
  });

  it('leaves the same words from the other sex, or from an unknown name, alone', () => {
    expect(orientation('My husband Tom will call you tomorrow.', 'en', 'Sarah Walker')).toEqual([]);
    expect(orientation('Ich möchte meine Frau mitversichern.', 'de', 'Jörg Krüger')).toEqual([]);
    expect(orientation('My wife will call.', 'en', 'Customer Care')).toEqual([]);
  });

  it('reads "mon épouse" as a wife', () => {
    expect(orientation('Mon épouse, Claire Rouvier, a été opérée.', 'fr', 'Nadia Benali')).toEqual([
      'Mon épouse',
    ]);
  });

  it('judges a partner word of either sex by the given name after it', () => {
    expect(orientation('Czy mój partner Adam Wróbel może mnie odebrać?', 'pl', 'Paweł Nowicki')).toEqual([
      'mój partner',
    ]);
    expect(orientation('Czy mój partner Adam Wróbel może mnie odebrać?', 'pl', 'Anna Nowicka')).toEqual([]);
    expect(orientation('My partner will call.', 'en', 'James Walker')).toEqual([]);
  });

  it("judges a forwarded part by its own sender line, not the forwarding office's", () => {
    const text =
      'Se under.\n\n-----Videresendt melding-----\nFra: Martin Sætre <martin.saetre@gmail.com>\n\nHei! Mannen min Andreas og jeg vil flytte boliglånet.';
    expect(orientation(text, 'no', 'Kystbanken Bolig')).toEqual(['Mannen min']);
    expect(orientation(text.replace('Martin Sætre', 'Kari Sætre'), 'no', 'Kystbanken Bolig')).toEqual([]);
  });

  it('reads a fiancé and a female partner word by the writer too', () => {
    expect(orientation('mein Verlobter Jonas und ich möchten heiraten.', 'de', 'Tobias Haas')).toEqual([
      'mein Verlobter',
    ]);
    expect(orientation('mein Verlobter Jonas und ich möchten heiraten.', 'de', 'Katrin Haas')).toEqual([]);
    expect(orientation('Czy mogę dopisać do umowy moją partnerkę?', 'pl', 'Karolina Zawadzka')).toEqual([
      'moją partnerkę',
    ]);
    expect(orientation('Czy mogę dopisać do umowy moją partnerkę?', 'pl', 'Tomasz Zawadzki')).toEqual([]);
  });

  it("judges a contact form's message by the name in its name field", () => {
    const form =
      'Ny henvendelse fra kontaktskjema\n\nNavn: Terje Solberg\nMelding: Mannen min kan kjøre meg.';
    expect(orientation(form, 'no', 'Fjordvern kontaktskjema')).toEqual(['Mannen min']);
    expect(orientation(form.replace('Terje', 'Kari'), 'no', 'Fjordvern kontaktskjema')).toEqual([]);
  });

  it('judges a quoted line by the other side of the thread', () => {
    const text = 'Dear Mr Nyberg, thank you.\n\n> I brought my husband to the party.';
    expect(orientation(text, 'en', 'Anna Berg', 'Fredrik Nyberg')).toEqual(['my husband']);
  });

  it('reads the sex from given-name tables only when they agree', () => {
    expect(sexOfName('Fredrik Nyberg')).toBe('m');
    expect(sexOfName('"Ingrid Hendriks"')).toBe('f');
    expect(sexOfName('Service Team')).toBeUndefined();
  });

  it('reads a hyphenated name the tables do not list by its first part', () => {
    expect(sexOfName('Eva-Lotta Berg')).toBe('f');
    expect(sexOfName('Ole-Gunnar Dahl')).toBe('m');
    expect(sexOfName('Xyzzy-Anna Berg')).toBeUndefined();
  });
});

describe('partners named to the person addressed, or beside a named orientation', () => {
  function spans(text: string, lang: Lang, from: string, to: string): string[] {
    return orientation(text, lang, from, to);
  }

  it('flags "your husband" written to a man and "your wife" written to a woman', () => {
    expect(
      spans('Hola Iván, hemos añadido a tu marido al contrato.', 'es', 'Atención al cliente', 'Iván Ortega'),
    ).toEqual(['tu marido']);
    expect(
      spans('Può inserire sua moglie nella polizza.', 'it', 'Servizio clienti', 'Giulia Santoro'),
    ).toEqual(['sua moglie']);
    expect(spans('U mag uw man meenemen.', 'nl', 'Polikliniek', 'Pieter de Groot')).toEqual(['uw man']);
    expect(spans('Voit lisätä aviomiehesi vakuutukseen.', 'fi', 'Asiakaspalvelu', 'Mikko Laaksonen')).toEqual(
      ['aviomiehesi'],
    );
    expect(spans('U mag uw vrouw meenemen.', 'nl', 'Polikliniek', 'Pieter de Groot')).toEqual([]);
  });

  it('reads a female partner word addressed to a woman ("Pani partnerka", "Ihre Partnerin")', () => {
    expect(spans('Czy Pani partnerka może przyjść na wizytę?', 'pl', 'Poradnia', 'Magdalena Pawlak')).toEqual(
      ['Pani partnerka'],
    );
    expect(spans('Ihre Partnerin kann mitkommen.', 'de', 'Kundenservice', 'Sabine Krüger')).toEqual([
      'Ihre Partnerin',
    ]);
    expect(spans('Ihre Partnerin kann mitkommen.', 'de', 'Kundenservice', 'Jörg Krüger')).toEqual([]);
  });

  it('takes every partner phrase as part of an orientation the text names, whoever wrote it', () => {
    expect(spans('Jeg er homofil, og kjæresten min bor hos meg.', 'no', 'Support', 'Kundeservice')).toEqual([
      'homofil',
      'kjæresten min',
    ]);
    expect(spans('Kjæresten min bor hos meg.', 'no', 'Support', 'Kundeservice')).toEqual([]);
  });
});

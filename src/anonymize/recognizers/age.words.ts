/**
 * Age clauses that need no age word before the number, from each language's grammar. Used by the
 * age part of the DOB recognizer beside the phrases in dob.words.ts; each is paired with an age unit
 * after the number ("år", "Jahre", "lat", "v") and ends its clause there, which is what tells an
 * age from a duration: a duration takes a preposition ("i 3 år", "seit 3 Jahren", "przez 2 lata",
 * "for 5 years") or goes on ("3 Jahre gültig", "5 años de contrato").
 */

/**
 * The unit ends a clause or an apposition: a bracket, comma, semicolon, full stop, line end, or
 * "and" with something else than a number after it ("58 años y vive sola", not "5 years and 3 months").
 */
export const clauseEnd =
  /[ \t]*(?:[),;(]|\.(?!\p{N})|\r?\n|$)|[ \t]+(?:and|und|et|en|y|e|og|och|ja|oraz|but|aber|mais|maar|pero|ma|men|mutta|ale)[ \t]+(?!\p{N})/uy;

/**
 * The writer says what they are, then their age after a comma: "Je suis retraité, 67 ans,", "sono
 * pensionato, 72 anni", "I am a widow, 81 years," (a lower-case word, which the comma rule below
 * does not take); not a customer or a member, whose years are a duration ("I am a member, 12 years").
 */
export const selfCommaBefore =
  /(?<![\p{L}])(?:je[ \t]+suis|io[ \t]+sono|sono|soy|estoy|ik[ \t]+ben|jag[ \t]+är|jeg[ \t]+er|olen|jestem|i[ \t]+am|i['’]m|ich[ \t]+bin)(?![ \t]+(?:(?:an?|une?|una?|een|eine?|en|ett)[ \t]+)?(?:member|customer|client|cliente|klant|kunde|kund|lid|asiakas|jäsen|medlem|mitglied|membre|socio|abonné|abonnent|tenant|locataire|inquilino|huurder|mieter|klientem))(?:[ \t]+[\p{L}'’-]+){1,2},[ \t]+$/iu;

/**
 * The number comes right after a comma, in a list of what a person is ("Anna Zając, PESEL …, 62
 * lat", "Veikko, 70 v", "Louis, 8 ans,"): after a name or an identifier, where a duration would have a
 * preposition ("arbejdet der, i 10 år"). Group 1 is the word before the comma.
 */
export const commaBefore = /(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}'’-]*),[ \t]+$/u;

/**
 * A subject-less "has" at a sentence start in the pro-drop languages: "Tiene 58 años.", "Ha 77
 * anni,", "Ma 82 lata." (es, it, pl), and a name with the French "a": "Inès a 9 ans".
 */
export const sentenceHasBefore =
  /(?:^|[.!?:][ \t]+|\n[ \t]*)(?:[Tt]iene|[Tt]enía|[Hh]a|[Aa]veva|[Mm]a|[Mm]iał[ae]?)[ \t]+$|(?<![\p{L}])\p{Lu}[\p{L}'’-]+[ \t]+(?:a|avait)[ \t]+$/u;

/**
 * A copula before the number: "onze oudste is 17 jaar.", "äiti on 83 v.", "min far er 79 år,", "sie ist
 * 8 Jahre.", and the first person, with the verb that says an age with "have" where a language does
 * ("ik ben zelf 71 jaar en", "olen 66 v.", "j'ai 71 ans,", "tengo 64 años y"; the third person of
 * "have" is the age of a firm as often: "la empresa tiene 10 años") — unless a period of something
 * is near before it ("die Laufzeit ist 5 Jahre",
 * "Mietvertrag, 10 Jahre"), which rules out the comma clause too.
 */
export const copulaBefore =
  /(?<![\p{L}])(?:is|ist|wird|est|es|è|er|blir|är|on|jest|was|war|var|era|était|oli|był|była|am|bin|ben|suis|sono|soy|olen|jestem|ai|ho|tengo|mam)(?:[ \t]+(?:zelf|selbst|inzwischen|inmiddels|jetzt|now|nu|nå|déjà|già|ya|już|nyt))?[ \t]+$/iu;
export const periodNear =
  /(?<![\p{L}])(?:zeitraum|periode|laufzeit|dauer|frist|garantie|gewährleistung|bindung|looptijd|termijn|duur|garantie|durée|durata|duración|plazo|garantía|garanzia|okres|czas|gwarancja|kesto|takuu|laina-aika|løbetid|bindingstid|löptid|garanti|varighet|term|period|warranty|guarantee|contract|vertrag|contrat|contratto|contrato|umowa|sopimus|avtal|aftale|avtale|kontrakt|abonnement|abonnemang|lån|laina|loan|mortgage|hypote[kc]|lease|leasing|miete|mietvertrag|rente|zins)/iu;

/** A bracket right after a word: "Magnus (12 år)", "min mormor (93 år)", "syn (16 lat)". */
export const bracketAfterWord = /(?<![\p{L}])(\p{L}[\p{L}'’-]*)[ \t]*\([ \t]*$/u;

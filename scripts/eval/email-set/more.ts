/**
 * Extra paragraphs that make messages as long and varied as real ones: customer background (often
 * with more personal data) and agent explanations (often with traps: hours, prices, forms).
 */
import { ACC, ADR, AGE, DT, EM, LOC, ORG, P, PH, type Pieces, s, T } from './builder.js';
import { full, orgPhone, product, short } from './common.js';
import type { Ctx } from './context.js';
import type { SetLang } from './locales.js';

type Para = (c: Ctx) => Pieces;

/** Index of the "attached bill" paragraph in moreIn: only where customers get bills. */
export const BILL_PARAGRAPH = 3;

export const moreIn: Record<SetLang, Para[]> = {
  en: [
    (c) =>
      s`I have already phoned twice and was promised a call back, but nobody rang. The second time I spoke to someone called ${P(c.y.first)}, who said the case would be escalated.`,
    (c) =>
      s`If it is easier, my ${c.r.pick(['sister', 'neighbour', 'friend'])} ${full(c.y)} can deal with this on my behalf; her number is ${PH(c.y.phoneNat)} and her email ${EM(c.y.email)}. I am happy for you to speak to her.`,
    (c) =>
      s`Please do not send anything by post to my old address (${ADR(c.x.street)}), as I no longer live there. I have been in ${LOC(c.p.city)} since ${DT(c.p.date2)}.`,
    () =>
      s`I have attached the letter you sent me and a photo of the ${T('2 pages', 'quantity')} I filled in. The total on the bill was ${T('£112.80', 'price')}, which I think is wrong.`,
    (c) =>
      s`For reference, I am ${AGE(String(c.p.age))} and have been a customer of ${short(c)} for more than ten years, and I have never had a problem like this before.`,
  ],
  de: [
    (c) =>
      s`Ich habe bereits zweimal angerufen und mir wurde ein Rückruf versprochen, der nie kam. Beim zweiten Mal sprach ich mit einer ${I2('Frau')} ${P(c.y.last)}, die sagte, der Vorgang werde weitergeleitet.`,
    (c) =>
      s`Wenn es einfacher ist, kann sich auch meine ${c.r.pick(['Schwester', 'Nachbarin', 'Tochter'])} ${full(c.y)} darum kümmern: ${PH(c.y.phoneNat)}, ${EM(c.y.email)}. Sie hat eine Vollmacht.`,
    (c) =>
      s`Bitte schicken Sie nichts mehr an meine alte Adresse (${ADR(c.x.street)}), ich wohne seit dem ${DT(c.p.date2)} in ${LOC(c.p.city)}.`,
    () =>
      s`Im Anhang finden Sie Ihr Schreiben und ein Foto der ${T('zwei Seiten', 'quantity')}, die ich ausgefüllt habe. Der Betrag von ${T('112,80 €', 'price')} auf der Rechnung kann nicht stimmen.`,
    (c) =>
      s`Ich bin ${AGE(String(c.p.age))} und seit über zehn Jahren Kundin bzw. Kunde bei ${short(c)} und hatte noch nie ein solches Problem.`,
  ],
  fr: [
    (c) =>
      s`J'ai déjà appelé deux fois et on m'a promis un rappel qui n'est jamais venu. La deuxième fois, j'ai parlé à une certaine ${P(c.y.first)}, qui m'a dit que le dossier serait transmis.`,
    (c) =>
      s`Si c'est plus simple, ma ${c.r.pick(['sœur', 'voisine', 'fille'])} ${full(c.y)} peut s'en occuper pour moi : ${PH(c.y.phoneNat)}, ${EM(c.y.email)}.`,
    (c) =>
      s`Merci de ne plus rien envoyer à mon ancienne adresse (${ADR(c.x.street)}) : j'habite à ${LOC(c.p.city)} depuis le ${DT(c.p.date2)}.`,
    () =>
      s`Vous trouverez en pièce jointe votre courrier et une photo des ${T('deux pages', 'quantity')} remplies. Le montant de ${T('112,80 €', 'price')} me semble erroné.`,
    (c) =>
      s`J'ai ${AGE(String(c.p.age))} ans, je suis client de ${short(c)} depuis plus de dix ans et je n'ai jamais eu ce genre de problème.`,
  ],
  nl: [
    (c) =>
      s`Ik heb al twee keer gebeld en er werd beloofd dat ik teruggebeld zou worden, maar dat is niet gebeurd. De tweede keer sprak ik met ${P(c.y.first)}, die zei dat het doorgezet zou worden.`,
    (c) =>
      s`Als dat makkelijker is, mag mijn ${c.r.pick(['zus', 'buurvrouw', 'dochter'])} ${full(c.y)} dit voor mij regelen: ${PH(c.y.phoneNat)}, ${EM(c.y.email)}.`,
    (c) =>
      s`Stuur alstublieft niets meer naar mijn oude adres (${ADR(c.x.street)}); ik woon sinds ${DT(c.p.date2)} in ${LOC(c.p.city)}.`,
    () =>
      s`In de bijlage vindt u uw brief en een foto van de ${T('2 pagina’s', 'quantity')} die ik heb ingevuld. Het bedrag van ${T('€ 112,80', 'price')} klopt volgens mij niet.`,
    (c) =>
      s`Ik ben ${AGE(String(c.p.age))} jaar en al meer dan tien jaar klant bij ${short(c)}, en ik heb nog nooit zo'n probleem gehad.`,
  ],
  es: [
    (c) =>
      s`Ya he llamado dos veces y me prometieron que me devolverían la llamada, pero nadie lo hizo. La segunda vez hablé con una tal ${P(c.y.first)}, que me dijo que lo pasaría a su responsable.`,
    (c) =>
      s`Si es más fácil, mi ${c.r.pick(['hermana', 'vecina', 'hija'])} ${full(c.y)} puede encargarse en mi nombre: ${PH(c.y.phoneNat)}, ${EM(c.y.email)}.`,
    (c) =>
      s`Por favor, no envíen nada a mi antigua dirección (${ADR(c.x.street)}); vivo en ${LOC(c.p.city)} desde el ${DT(c.p.date2)}.`,
    () =>
      s`Adjunto su carta y una foto de las ${T('dos páginas', 'quantity')} que rellené. El importe de ${T('112,80 €', 'price')} no me cuadra.`,
    (c) =>
      s`Tengo ${AGE(String(c.p.age))} años, soy cliente de ${short(c)} desde hace más de diez años y nunca había tenido un problema así.`,
  ],
  sv: [
    (c) =>
      s`Jag har redan ringt två gånger och blev lovad att bli uppringd, men ingen hörde av sig. Andra gången pratade jag med ${P(c.y.first)}, som sa att ärendet skulle skickas vidare.`,
    (c) =>
      s`Om det är enklare kan min ${c.r.pick(['syster', 'granne', 'dotter'])} ${full(c.y)} sköta detta åt mig: ${PH(c.y.phoneNat)}, ${EM(c.y.email)}.`,
    (c) =>
      s`Skicka inget mer till min gamla adress (${ADR(c.x.street)}); jag bor i ${LOC(c.p.city)} sedan ${DT(c.p.date2)}.`,
    () =>
      s`Jag bifogar ert brev och ett foto av de ${T('två sidorna', 'quantity')} jag fyllde i. Beloppet ${T('1 128 kr', 'price')} på fakturan stämmer inte.`,
    (c) =>
      s`Jag är ${AGE(String(c.p.age))} år och har varit kund hos ${short(c)} i över tio år, och har aldrig haft ett sådant problem.`,
  ],
};

export const moreOut: Record<SetLang, Para[]> = {
  en: [
    (c) =>
      s`For your security, please do not send bank or card details by email. If you need to update them, you can do so in the ${product(c)} or by calling ${orgPhone(c)}.`,
    (c) =>
      s`I have added a note to your file (${ACC(c.no)}) so that colleagues can see our correspondence if you contact us again.`,
    () =>
      s`If you are not satisfied with our answer, you can make a complaint within ${T('8 weeks', 'quantity')}; the leaflet "${T('How to complain', 'public_form')}" explains the steps.`,
    (c) =>
      s`My colleague ${full(c.z)} from the specialist team has also reviewed your case and agrees with this outcome.`,
  ],
  de: [
    (c) =>
      s`Bitte senden Sie Bank- oder Kartendaten aus Sicherheitsgründen nicht per E-Mail. Änderungen können Sie im ${product(c)} oder telefonisch unter ${orgPhone(c)} vornehmen.`,
    (c) =>
      s`Ich habe in Ihrer Akte (${ACC(c.no)}) einen Vermerk angelegt, damit meine Kolleginnen und Kollegen den Verlauf sehen, falls Sie sich erneut melden.`,
    () =>
      s`Wenn Sie mit unserer Antwort nicht einverstanden sind, können Sie innerhalb von ${T('vier Wochen', 'quantity')} Widerspruch einlegen; das ${T('Merkblatt W-3', 'public_form')} erklärt das Verfahren.`,
    (c) => s`Mein Kollege ${full(c.z)} aus der Fachabteilung hat den Vorgang ebenfalls geprüft.`,
  ],
  fr: [
    (c) =>
      s`Pour votre sécurité, n'envoyez pas vos coordonnées bancaires par courriel. Vous pouvez les modifier dans l'${product(c)} ou au ${orgPhone(c)}.`,
    (c) =>
      s`J'ai ajouté une note à votre dossier (${ACC(c.no)}) afin que mes collègues puissent suivre nos échanges.`,
    () =>
      s`En cas de désaccord, vous pouvez saisir notre service réclamations sous ${T('deux mois', 'quantity')} ; la ${T('notice R-2', 'public_form')} décrit la procédure.`,
    (c) => s`Mon collègue ${full(c.z)}, du service spécialisé, a également examiné votre demande.`,
  ],
  nl: [
    (c) =>
      s`Stuur uit veiligheidsoverwegingen geen bank- of kaartgegevens per e-mail. U kunt ze wijzigen in ${product(c)} of via ${orgPhone(c)}.`,
    (c) =>
      s`Ik heb een notitie in uw dossier (${ACC(c.no)}) gezet, zodat mijn collega's kunnen meelezen als u opnieuw contact opneemt.`,
    () =>
      s`Bent u het niet eens met dit antwoord, dan kunt u binnen ${T('6 weken', 'quantity')} bezwaar maken; de ${T('folder Bezwaar en beroep', 'public_form')} legt uit hoe.`,
    (c) => s`Mijn collega ${full(c.z)} van het specialistenteam heeft uw zaak ook bekeken.`,
  ],
  es: [
    (c) =>
      s`Por su seguridad, no envíe datos bancarios ni de tarjeta por correo electrónico. Puede modificarlos en la ${product(c)} o llamando al ${orgPhone(c)}.`,
    (c) =>
      s`He añadido una nota en su expediente (${ACC(c.no)}) para que mis compañeros puedan ver nuestra correspondencia.`,
    () =>
      s`Si no está conforme, puede presentar una reclamación en el plazo de ${T('un mes', 'quantity')}; el ${T('impreso R-01', 'public_form')} explica el procedimiento.`,
    (c) => s`Mi compañero ${full(c.z)}, del equipo especializado, también ha revisado su caso.`,
  ],
  sv: [
    (c) =>
      s`Av säkerhetsskäl ber vi dig att inte skicka bank- eller kortuppgifter via mejl. Du kan ändra dem i ${product(c)} eller på ${orgPhone(c)}.`,
    (c) =>
      s`Jag har lagt en anteckning i ditt ärende (${ACC(c.no)}) så att mina kollegor kan se vår kontakt om du hör av dig igen.`,
    () =>
      s`Om du inte är nöjd med svaret kan du överklaga inom ${T('tre veckor', 'quantity')}; ${T('broschyren Så överklagar du', 'public_form')} förklarar hur.`,
    (c) => s`Min kollega ${full(c.z)} på specialistgruppen har också gått igenom ärendet.`,
  ],
};

/** A customer's follow-up that quotes the agent's earlier reply (some threads have three messages). */
export const followUp: Record<SetLang, Para> = {
  en: (c) =>
    s`Thank you, ${P(c.a.first)}. That is very helpful. One more question: does this also apply to ${ORG(c.p.employer)}'s group scheme? I will be away from ${DT(c.p.date2)}, so please reply by email.`,
  de: (c) =>
    s`Vielen Dank, ${I2(c.a.female ? 'Frau' : 'Herr')} ${P(c.a.last)}. Eine Frage noch: Gilt das auch für den Gruppenvertrag meines Arbeitgebers, der ${ORG(c.p.employer)}? Ab dem ${DT(c.p.date2)} bin ich verreist, bitte antworten Sie per E-Mail.`,
  fr: (c) =>
    s`Merci beaucoup, ${P(c.a.first)}. Une dernière question : est-ce valable aussi pour le contrat collectif de ${ORG(c.p.employer)} ? Je serai absent à partir du ${DT(c.p.date2)}, merci de répondre par courriel.`,
  nl: (c) =>
    s`Dank u wel, ${P(c.a.first)}. Nog één vraag: geldt dit ook voor de collectieve regeling van ${ORG(c.p.employer)}? Vanaf ${DT(c.p.date2)} ben ik op vakantie, dus graag per e-mail antwoorden.`,
  es: (c) =>
    s`Muchas gracias, ${P(c.a.first)}. Una última pregunta: ¿esto también vale para el seguro colectivo de ${ORG(c.p.employer)}? Estaré fuera desde el ${DT(c.p.date2)}, así que prefiero respuesta por correo.`,
  sv: (c) =>
    s`Tack så mycket, ${P(c.a.first)}! En fråga till: gäller detta även gruppavtalet via ${ORG(c.p.employer)}? Jag är bortrest från ${DT(c.p.date2)}, så svara gärna via mejl.`,
};

function I2(v: string) {
  return { v, ignore: true };
}

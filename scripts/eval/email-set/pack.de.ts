/** German messages (Germany, some Switzerland). */
import {
  ACC,
  ADR,
  AGE,
  BIO,
  CC,
  DOB,
  DT,
  EM,
  ETH,
  GEN,
  H,
  I,
  IB,
  LOC,
  NID,
  ORG,
  P,
  PH,
  POL,
  REL,
  SEX,
  s,
  T,
  UNI,
} from './builder.js';
import { agentMail, full, org, orgAddress, orgPhone, product, serviceMail, short } from './common.js';
import type { Ctx, LangPack } from './context.js';

const anrede = (c: Ctx) =>
  s`${c.p.female ? 'Sehr geehrte' : 'Sehr geehrter'} ${I(c.p.title)} ${P(c.p.last)},`;

export const de: LangPack = {
  greetIn: (c) =>
    c.r.pick([s`Sehr geehrte Damen und Herren,`, s`Hallo,`, s`Liebes ${short(c)}-Team,`, s`Guten Tag,`]),
  greetOut: (c) =>
    c.r.pick([anrede(c), s`Hallo ${I(c.p.title)} ${P(c.p.last)},`, s`Guten Tag ${full(c.p)},`, anrede(c)]),
  closeIn: (c) =>
    c.r.pick([
      s`Mit freundlichen Grüßen\n${full(c.p)}`,
      s`Viele Grüße\n${P(c.p.first)}`,
      s`Gruß\n${P(c.p.last.toUpperCase())}, ${P(c.p.first)}`,
      s`Freundliche Grüße\n\n${full(c.p)}\n${ADR(c.p.street)}\n${ADR(c.p.cityLine)}\nTel. ${PH(c.p.phoneNat)}`,
      s`MfG ${P(c.p.first)} ${P(c.p.last)}\nHandy: ${PH(c.p.phoneIntl)}\n\nVon meinem Smartphone gesendet`,
    ]),
  closeOut: (c) =>
    c.r.pick([
      s`Mit freundlichen Grüßen\n\n${full(c.a)}\nKundenservice\n${org(c)}\n${orgAddress(c)}\nTel. ${orgPhone(c)} | ${agentMail(c)}`,
      s`Freundliche Grüße\nIhr ${short(c)}-Team\n${P(c.a.first)} ${P(c.a.last)}\n\nServicezeiten: ${T('Mo–Fr 8–18 Uhr', 'hours')}`,
      s`Beste Grüße\n${full(c.a)}\nTeamleitung Kundenbetreuung\n${serviceMail(c)} · ${orgPhone(c)}\n\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.`,
    ]),
  quoteHead: (c) => s`Am ${I(c.sent)} schrieb ${full(c.p)} <${EM(c.p.email)}>:`,
  fillers: [
    (c) =>
      s`Sie erreichen uns telefonisch unter ${orgPhone(c)} (${T('montags bis freitags von 8 bis 18 Uhr', 'hours')}).`,
    () =>
      s`Bitte verwenden Sie dafür das ${T('Formular S1', 'public_form')}; ${T('im Mai', 'trap')} kann die Bearbeitung wegen der Feiertage etwas länger dauern.`,
    () => s`Die Bearbeitungsgebühr beträgt ${T('15,00 €', 'price')} für ${T('bis zu 3 Kopien', 'quantity')}.`,
    () => s`Zwischen ${T('24. und 26. Dezember', 'generic_date')} sind unsere Servicecenter geschlossen.`,
  ],
  scenarios: [
    {
      domain: 'health_insurer',
      customer: 'f',
      young: true,
      inbound: (
        c,
      ) => s`ich bin seit Jahren bei Ihnen versichert (Versichertennummer ${ACC(c.no)}) und habe eine Frage zur Kostenübernahme.

Bei mir wurde im Rahmen einer familiären Vorbelastung ein ${GEN('Gentest auf BRCA1/BRCA2')} gemacht, das Ergebnis war ${GEN('positiv')}. Meine Frauenärztin in der ${ORG(c.p.clinic)} empfiehlt jetzt eine ${H('vorsorgliche Mastektomie')}. Übernimmt ${short(c)} die Kosten, und brauche ich dafür einen Antrag?

Außerdem bin ich seit ${DT(c.p.date1)} ${H('schwanger')} (12. Woche) und möchte wissen, ob die zusätzlichen Ultraschalluntersuchungen im Tarif ${product(c)} enthalten sind.

Meine Bankverbindung für Erstattungen hat sich geändert: ${IB(c.p.iban)}.`,
      reply: (c) => s`vielen Dank für Ihre Nachricht.

Die Kosten für die ${H('prophylaktische Operation')} übernehmen wir bei nachgewiesener ${GEN('BRCA-Mutation')}, wenn ein Zentrum für familiären Brust- und Eierstockkrebs die Empfehlung bestätigt. Bitte senden Sie uns den Befund mit dem Vermerk ${ACC(c.ref)}.

Die Ultraschalluntersuchungen während der ${H('Schwangerschaft')} sind Teil der Regelversorgung. Über ${product(c, 1)} erhalten Sie zusätzlich ${T('50 Bonuspunkte', 'quantity')}.

Ihre neue Bankverbindung haben wir gespeichert.`,
    },
    {
      domain: 'hospital',
      inbound: (
        c,
      ) => s`mein Vater ${full(c.x)}, geb. ${DOB(c.x.dob)}, liegt seit dem ${DT(c.p.date1)} bei Ihnen auf der Station 4B (Patientennummer ${ACC(c.no)}). Er hatte einen ${H('Schlaganfall')} und ist seitdem ${H('halbseitig gelähmt')}.

Die Ärzte sprechen von einer Verlegung in die ${ORG(c.p.clinic)}. Ich habe eine Vorsorgevollmacht und möchte vorher ein Gespräch mit dem Stationsarzt. Mein Vater ist ${REL('Muslim')} und isst kein Schweinefleisch – bitte geben Sie das an die Küche weiter.

Sie erreichen mich unter ${PH(c.p.phoneNat)}, tagsüber bin ich bei der ${ORG(c.p.employer)} im Büro.`,
      reply: (c) => s`vielen Dank für Ihre Nachricht zu Ihrem Vater, ${I('Herrn')} ${P(c.x.last)}.

Ich habe mit der Station 4B gesprochen. Die ${H('Frührehabilitation nach dem Schlaganfall')} läuft gut an. Die Verlegung ist für den ${DT(c.p.date2)} geplant. Oberärztin ${I('Dr.')} ${P(c.y.last)} ruft Sie vorher unter ${PH(c.p.phoneNat)} an, um das Gespräch zu vereinbaren.

Den Hinweis zur Ernährung habe ich an die Küche weitergegeben; ${REL('muslimische')} Kost ist bei uns jederzeit möglich. Die Besuchszeiten sind ${T('täglich von 14 bis 19 Uhr', 'hours')}.`,
    },
    {
      domain: 'bank',
      inbound: (
        c,
      ) => s`auf meinem Girokonto ${IB(c.p.iban)} wurden am ${DT(c.p.date1)} zwei Lastschriften über je ${T('89,90 €', 'price')} abgebucht, die ich nicht kenne. Ich habe die Karte ${CC(c.p.card)} sofort sperren lassen.

Seit dem Handywechsel funktioniert die ${BIO('Gesichtserkennung')} in der App nicht mehr, deshalb kann ich die Umsätze nicht selbst zurückgeben. Kundennummer: ${ACC(c.no)}.

Bitte rufen Sie mich zurück: ${PH(c.p.phoneIntl)} oder per Mail an ${EM(c.p.email)}.`,
      reply: (
        c,
      ) => s`vielen Dank für Ihren Hinweis. Ich habe die beiden Lastschriften vom ${DT(c.p.date1)} zurückgegeben; die Gutschrift erscheint in ${T('2 bis 3 Bankarbeitstagen', 'quantity')} auf Ihrem Konto.

Ihre neue Karte wird an ${ADR(`${c.p.street}, ${c.p.cityLine}`)} geschickt. Die PIN erhalten Sie getrennt per Post.

Für die ${BIO('Gesichtserkennung')} melden Sie sich bitte einmal mit Passwort an und aktivieren Sie sie unter Einstellungen > Sicherheit neu. Bei Fragen zu ${product(c)} erreichen Sie uns unter ${orgPhone(c)}.`,
    },
    {
      domain: 'pension_fund',
      old: true,
      customer: 'm',
      inbound: (
        c,
      ) => s`ich (Mitgliedsnummer ${ACC(c.no)}, ${c.p.nidName} ${NID(c.p.nid)}) möchte meine Rentenauskunft aktualisieren lassen.

Ich bin ${AGE(String(c.p.age))} Jahre alt und wegen einer ${H('schweren Depression')} seit ${DT(c.p.date1)} ${H('krankgeschrieben')}. Mein Arbeitgeber, die ${ORG(c.p.employer)}, hat mir einen Aufhebungsvertrag angeboten. Was bedeutet das für meine Ansprüche?

Außerdem lebe ich seit Jahren in ${SEX('eingetragener Lebenspartnerschaft')} mit ${full(c.x)}. Ist er als Hinterbliebener abgesichert?

Meine neue Anschrift: ${ADR(c.p.street)}, ${ADR(c.p.cityLine)}.`,
      reply: (c) => s`vielen Dank für Ihre Anfrage.

Ein Aufhebungsvertrag ändert Ihre bisher erworbenen Anwartschaften nicht. Wenn Ihre ${H('Erkrankung')} länger andauert, kommt gegebenenfalls eine Berufsunfähigkeitsrente in Betracht; den Antrag finden Sie im ${product(c)}.

${I('Herr')} ${P(c.x.last)} ist als ${SEX('eingetragener Lebenspartner')} Ehegatten gleichgestellt und damit hinterbliebenenberechtigt. Ihre neue Anschrift in ${LOC(c.p.city)} haben wir gespeichert.`,
    },
    {
      domain: 'law_firm',
      inbound: (
        c,
      ) => s`mir wurde zum ${DT(c.p.date1)} von der ${ORG(c.p.employer)} gekündigt, nach elf Jahren im Betrieb. Ich bin seit zwei Jahren im Betriebsrat und ${I('Mitglied bei')} ${UNI('ver.di')}. Ich vermute, dass die Kündigung damit zusammenhängt, außerdem wurde ich mehrmals wegen meiner ${ETH('türkischen Herkunft')} beleidigt.

Mein Kollege ${full(c.x)} kann das bezeugen. Die Kündigung kam per Einschreiben an ${ADR(`${c.p.street}, ${c.p.cityLine}`)}.

Bitte melden Sie sich unter ${PH(c.p.phoneNat)}. ${UNI('Die Gewerkschaft')} übernimmt laut Auskunft die Kosten.`,
      reply: (
        c,
      ) => s`vielen Dank für Ihre Anfrage. Wir haben die Angelegenheit unter dem Aktenzeichen ${ACC(c.ref)} angelegt.

Bitte beachten Sie: Die Kündigungsschutzklage muss innerhalb von drei Wochen nach Zugang der Kündigung erhoben werden. Als Betriebsratsmitglied genießen Sie besonderen Kündigungsschutz; die Beleidigungen wegen Ihrer ${ETH('Herkunft')} sind zusätzlich nach dem AGG relevant.

Ich schlage einen Termin am ${DT(c.p.date2)} um 10 Uhr in unserer Kanzlei vor (${orgAddress(c)}). Bringen Sie bitte Arbeitsvertrag, Kündigung und ggf. die Deckungszusage ${UNI('von ver.di')} mit.`,
    },
    {
      domain: 'utility',
      customer: 'm',
      inbound: (
        c,
      ) => s`Vertragskonto ${ACC(c.no)}. Am ${DT(c.p.date1)} wurde bei uns der Strom gesperrt, obwohl ich die Abschläge per Lastschrift von ${IB(c.p.iban)} bezahle.

Meine Frau ${P(c.y.first)} ist auf ein ${H('Sauerstoffgerät')} angewiesen – das war lebensgefährlich! Bitte vermerken Sie das dringend in unserem Kundenkonto.

Zählerstand heute: 18.402 kWh. Wir wohnen seit März in der ${ADR(c.p.street)} in ${LOC(c.p.city)}, vorher in ${LOC(c.p.otherCity)}.`,
      reply: (
        c,
      ) => s`es tut uns sehr leid, dass die Sperre am ${DT(c.p.date1)} erfolgt ist. Ursache war eine fehlerhafte Zuordnung der Zahlungen nach Ihrem Umzug; die Versorgung wurde noch am selben Tag wiederhergestellt.

Wir haben in Ihrem Kundenkonto vermerkt, dass im Haushalt ein ${H('lebenserhaltendes medizinisches Gerät')} betrieben wird. Eine Sperre ist damit ausgeschlossen.

Ihren Zählerstand haben wir übernommen. Als Entschuldigung schreiben wir Ihnen ${T('50 €', 'price')} gut. Ihr Tarif ${product(c)} bleibt unverändert.`,
    },
    {
      domain: 'public_office',
      inbound: (
        c,
      ) => s`ich habe am ${DT(c.p.date1)} Wohngeld beantragt (Aktenzeichen ${ACC(c.no)}) und noch keine Antwort erhalten.

Zu meiner Situation: Ich bin alleinerziehend, mein Sohn ${P(c.x.first)} ist ${AGE(String(c.r.int(3, 14)))} und hat eine ${H('Autismus-Spektrum-Störung')} (${H('GdB 50')}). Ich arbeite in Teilzeit bei ${ORG(c.p.employer)}.

Bei der letzten Vorsprache hat mich Ihr Mitarbeiter gefragt, ob ich in der ${POL('AfD')} sei – das fand ich unangemessen. Meine ${c.p.nidName} lautet ${NID(c.p.nid)}, meine Anschrift ${ADR(`${c.p.street}, ${c.p.cityLine}`)}.`,
      reply: (c) => s`vielen Dank für Ihr Schreiben vom ${DT(c.p.date1)}.

Ihr Antrag liegt vollständig vor und wird derzeit von ${I('Frau')} ${P(c.y.last)} bearbeitet. Wegen der ${H('Schwerbehinderung')} Ihres Sohnes wird ein zusätzlicher Freibetrag berücksichtigt. Sie erhalten den Bescheid voraussichtlich in ${T('vier Wochen', 'quantity')}.

Ihren Hinweis zu der Frage nach einer ${POL('Parteizugehörigkeit')} haben wir an die Amtsleitung weitergegeben. Solche Fragen sind für den Antrag nicht erforderlich. Termine können Sie über die ${product(c)} buchen.`,
    },
  ],
};

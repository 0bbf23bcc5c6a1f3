/** Dutch messages. */
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
  H,
  I,
  IB,
  LOC,
  NID,
  ORG,
  P,
  PH,
  SEX,
  s,
  T,
  UNI,
} from './builder.js';
import { agentMail, full, org, orgAddress, orgPhone, product, serviceMail, short } from './common.js';
import type { Ctx, LangPack } from './context.js';

const aanhef = (c: Ctx) => (c.p.female ? 'mevrouw' : 'heer');

export const nl: LangPack = {
  greetIn: (c) =>
    c.r.pick([s`Geachte heer/mevrouw,`, s`Hallo,`, s`Beste medewerker van ${short(c)},`, s`Goedemiddag,`]),
  greetOut: (c) =>
    c.r.pick([
      s`Geachte ${I(aanhef(c))} ${P(c.p.last)},`,
      s`Beste ${P(c.p.first)},`,
      s`Beste ${I(aanhef(c))} ${P(c.p.last)},`,
      s`Hallo ${P(c.p.first)},`,
    ]),
  closeIn: (c) =>
    c.r.pick([
      s`Met vriendelijke groet,\n${full(c.p)}`,
      s`Groetjes,\n${P(c.p.first)}`,
      s`Met vriendelijke groet,\n\n${full(c.p)}\n${ADR(c.p.street)}\n${ADR(c.p.cityLine)}\nTel: ${PH(c.p.phoneNat)}`,
      s`Mvg,\n${P(c.p.first)} ${P(c.p.last)}\n${PH(c.p.phoneIntl)}\n\nVerzonden vanaf mijn telefoon`,
    ]),
  closeOut: (c) =>
    c.r.pick([
      s`Met vriendelijke groet,\n\n${full(c.a)}\nKlantenservice\n${org(c)}\n${orgAddress(c)}\nT ${orgPhone(c)} | ${agentMail(c)}`,
      s`Hartelijke groet,\n${P(c.a.first)}\nTeam Klantcontact ${short(c)}\nBereikbaar ${T('op werkdagen van 8.00 tot 17.30 uur', 'hours')}`,
      s`Met vriendelijke groet,\n${full(c.a)}\nTeamleider Klantenservice\n${serviceMail(c)} – ${orgPhone(c)}\n\nDit bericht is uitsluitend bestemd voor de geadresseerde.`,
    ]),
  quoteHead: (c) => s`Op ${I(c.sent)} schreef ${full(c.p)} <${EM(c.p.email)}>:`,
  fillers: [
    (c) =>
      s`U kunt ons ook bellen op ${orgPhone(c)} (${T('maandag t/m vrijdag van 8.00 tot 20.00 uur', 'hours')}).`,
    () =>
      s`Gebruik hiervoor het ${T('formulier Wijziging gegevens (W-12)', 'public_form')}; ${T('in mei', 'trap')} is de verwerkingstijd meestal korter.`,
    () =>
      s`Voor een duplicaat rekenen wij ${T('€ 7,50', 'price')}; vanaf ${T('3 stuks', 'quantity')} is dat ${T('€ 5,00', 'price')} per stuk.`,
    () => s`Op ${T('Koningsdag (27 april)', 'generic_date')} zijn wij gesloten.`,
  ],
  scenarios: [
    {
      domain: 'health_insurer',
      inbound: (
        c,
      ) => s`Mijn relatienummer is ${ACC(c.no)}. Ik ben sinds ${DT(c.p.date1)} in behandeling bij een ${H('psycholoog')} van ${ORG(c.p.clinic)} vanwege ${H('een burn-out en paniekaanvallen')}. Nu krijg ik een rekening van ${T('€ 1.140', 'price')} omdat het eigen risico nog niet op is.

Valt deze behandeling onder mijn ${product(c, 1)}? Ik dacht dat ${H('GGZ-behandeling')} volledig vergoed werd.

Mijn BSN is ${NID(c.p.nid)} en mijn geboortedatum ${DOB(c.p.dob)}. Graag terugstorten op ${IB(c.p.iban)}.`,
      reply: (c) => s`Dank voor uw bericht over de nota van ${ORG(c.p.clinic)}.

De ${H('basis-GGZ-behandeling')} wordt vergoed uit de basisverzekering ${product(c)}, maar het verplichte eigen risico van ${T('€ 385', 'price')} geldt wel. Uw ${product(c, 1)} vergoedt dat eigen risico helaas niet.

Wij hebben de nota onder nummer ${ACC(c.ref)} verwerkt. Het restbedrag wordt binnen ${T('10 werkdagen', 'quantity')} op uw rekening gestort. U kunt het eigen risico ook in ${T('10 termijnen', 'quantity')} betalen.`,
    },
    {
      domain: 'hospital',
      customer: 'f',
      inbound: (
        c,
      ) => s`Mijn man ${full(c.x)} (geboren ${DOB(c.x.dob)}, patiëntnummer ${ACC(c.no)}) wordt op ${DT(c.p.date1)} ${H('geopereerd')} aan ${H('zijn knie (nieuwe prothese)')}. Hij heeft ook ${H('COPD')} en gebruikt thuis ${H('zuurstof')}.

Kan de anesthesist daar rekening mee houden? En mag ik blijven slapen? Hij is ${H('slechthorend')} en raakt snel in paniek.

Wij wonen in ${LOC(c.p.city)}, dus vlakbij. U kunt mij bereiken op ${PH(c.p.phoneNat)}.`,
      reply: (c) => s`Dank voor uw bericht over de ${H('operatie')} van uw man.

De anesthesioloog, ${I('dr.')} ${P(c.y.last)}, heeft het dossier gezien en houdt rekening met de ${H('COPD')}. Er is een ${H('pre-operatief')} gesprek gepland op ${DT(c.p.date2)} in de ${product(c, 1)}.

Overnachten op de afdeling is helaas niet mogelijk, maar u bent ${T('van 11.00 tot 20.00 uur', 'hours')} welkom. In ${product(c)} vindt u alle afspraken.`,
    },
    {
      domain: 'bank',
      inbound: (
        c,
      ) => s`Er is op ${DT(c.p.date1)} ${T('€ 1.250', 'price')} van mijn rekening ${IB(c.p.iban)} overgemaakt naar een onbekende rekening. Ik ben gebeld door iemand die zei dat hij van de Polderbank was en ik heb mijn ${BIO('vingerafdruk')} in de app bevestigd.

Mijn creditcard ${CC(c.p.card)} heb ik voor de zekerheid al geblokkeerd. Klantnummer: ${ACC(c.no)}.

Bel mij alsjeblieft terug op ${PH(c.p.phoneIntl)}, of mail naar ${EM(c.p.email)}.`,
      reply: (c) => s`Wat vervelend dat u slachtoffer bent geworden van bankhelpdeskfraude.

Wij hebben uw melding geregistreerd onder ${ACC(c.ref)} en een terugboekingsverzoek gedaan bij de ontvangende bank. De creditcard eindigend op ${CC(c.p.card.replace(/\s/g, '').slice(-4))} is vervangen; de nieuwe kaart wordt naar ${ADR(`${c.p.street}, ${c.p.cityLine}`)} gestuurd.

Wij adviseren u ook aangifte te doen bij de politie. Let op: ${org(c)} vraagt u nooit om via de telefoon een betaling te bevestigen.`,
    },
    {
      domain: 'pension_fund',
      old: true,
      customer: 'f',
      inbound: (
        c,
      ) => s`Ik ben deelnemer bij ${short(c)} (registratienummer ${ACC(c.no)}) en word binnenkort ${AGE(String(c.r.int(62, 66)))}. Door ${H('reuma')} kan ik mijn werk bij ${ORG(c.p.employer)} niet meer volhouden en ik overweeg eerder te stoppen.

Mijn vrouw en ik zijn ${SEX('een lesbisch stel')}, getrouwd sinds ${DT(c.p.date2)}; klopt het dat zij automatisch partnerpensioen krijgt? Haar naam is ${full(c.y)}.

Mijn BSN: ${NID(c.p.nid)}. Nieuw adres: ${ADR(c.p.street)}, ${ADR(c.p.cityLine)}.`,
      reply: (c) => s`Dank voor uw vragen.

U kunt uw pensioen vanaf ${T('60 jaar', 'quantity')} eerder laten ingaan; de bedragen ziet u in ${product(c)}. Omdat u ${H('arbeidsongeschikt')} dreigt te raken, adviseren wij eerst contact op te nemen met uw bedrijfsarts over een WIA-aanvraag.

${I('Mevrouw')} ${P(c.y.last)} is als echtgenote automatisch aangemeld voor partnerpensioen. Uw nieuwe adres hebben wij verwerkt.`,
    },
    {
      domain: 'law_firm',
      customer: 'm',
      inbound: (
        c,
      ) => s`Ik werk sinds 2015 bij ${ORG(c.p.employer)} en ben ${I('lid van de')} ${UNI('FNV')}. Sinds ik vertelde dat ik ${SEX('homo')} ben, word ik door mijn leidinggevende anders behandeld: geen diensten meer in het weekend en een slechte beoordeling op ${DT(c.p.date1)}.

Collega ${full(c.x)} heeft opmerkingen gehoord. Ik heb het gesprek opgenomen.

Kunnen jullie mij helpen? Mijn nummer is ${PH(c.p.phoneNat)}. Het ${UNI('juridisch loket van de vakbond')} verwees mij naar jullie.`,
      reply: (c) => s`Dank voor uw bericht. Uw zaak is geregistreerd onder ${ACC(c.ref)}.

Onderscheid op grond van ${SEX('seksuele gerichtheid')} is verboden op grond van de Algemene wet gelijke behandeling. De verklaring van ${I('de heer')} ${P(c.x.last)} en de opname kunnen belangrijk bewijs zijn.

${I('Mr.')} ${P(c.y.last)} kan u ontvangen op ${DT(c.p.date2)} om 9.30 uur, ${orgAddress(c)}. Als ${UNI('FNV-lid')} kunt u mogelijk gebruikmaken van rechtsbijstand; de ${product(c)} is kosteloos.`,
    },
    {
      domain: 'utility',
      inbound: (
        c,
      ) => s`Klantnummer ${ACC(c.no)}. Sinds ${DT(c.p.date1)} is het leidingwater bij ons bruin. Mijn zoon ${P(c.x.first)} is ${AGE(String(c.r.int(1, 9)))} en heeft ${H('een nierziekte')}, dus ik maak me zorgen.

Wij wonen op ${ADR(`${c.p.street}, ${c.p.cityLine}`)}. De buren op nummer 14 hebben hetzelfde probleem. Het voorschot van ${T('€ 23 per maand', 'price')} wordt wel gewoon afgeschreven van ${IB(c.p.iban)}.`,
      reply: (
        c,
      ) => s`Dank voor uw melding. De verkleuring komt door werkzaamheden aan de hoofdleiding in uw wijk; het water is veilig om te drinken, maar laat de kraan eerst ${T('2 minuten', 'quantity')} lopen.

Vanwege de ${H('gezondheidssituatie')} van ${P(c.x.first)} komt een monteur op ${DT(c.p.date2)} een watermonster nemen. U kunt de status volgen via ${product(c)}.`,
    },
    {
      domain: 'public_office',
      inbound: (
        c,
      ) => s`Ik heb op ${DT(c.p.date1)} een aanvraag voor bijzondere bijstand gedaan (zaaknummer ${ACC(c.no)}). Ik ben ${H('blind')} en heb een nieuwe ${H('blindengeleidehond')} nodig.

Ik woon sinds kort in ${LOC(c.p.city)} op ${ADR(c.p.street)}, daarvoor in ${LOC(c.p.otherCity)}. Ik ben ${ETH('van Surinaamse afkomst')} en kreeg bij de balie het gevoel dat ik anders werd behandeld.

Mijn BSN is ${NID(c.p.nid)}. Bel mij op ${PH(c.p.phoneNat)}, want e-mail lezen gaat langzaam met mijn voorleessoftware.`,
      reply: (c) => s`Dank voor uw e-mail. Wij bellen u ook, zoals u vraagt.

Uw aanvraag is compleet en wordt behandeld door ${full(c.y)}. Voor hulpmiddelen bij ${H('een visuele beperking')} geldt een aparte regeling via de Wmo. U ontvangt binnen ${T('8 weken', 'quantity')} een besluit.

Uw opmerking over de behandeling aan de balie nemen wij serieus en is doorgestuurd naar de klachtencoördinator. Meer informatie vindt u in het ${product(c)}.`,
    },
  ],
};

/** Swedish messages. */
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
import type { LangPack } from './context.js';

export const sv: LangPack = {
  greetIn: (c) => c.r.pick([s`Hej!`, s`Hej,`, s`Hej ${short(c)},`, s`God dag,`]),
  greetOut: (c) =>
    c.r.pick([
      s`Hej ${P(c.p.first)}!`,
      s`Hej ${full(c.p)},`,
      s`Hej ${P(c.p.first)},`,
      s`Bästa ${P(c.p.first)},`,
    ]),
  closeIn: (c) =>
    c.r.pick([
      s`Med vänliga hälsningar\n${full(c.p)}`,
      s`Tack på förhand!\n${P(c.p.first)}`,
      s`Vänliga hälsningar\n\n${full(c.p)}\n${ADR(c.p.street)}\n${ADR(c.p.cityLine)}\nTel: ${PH(c.p.phoneNat)}`,
      s`Mvh\n${P(c.p.first)} ${P(c.p.last)}\n${PH(c.p.phoneIntl)}\n\nSkickat från min mobil`,
    ]),
  closeOut: (c) =>
    c.r.pick([
      s`Med vänliga hälsningar\n\n${full(c.a)}\nKundtjänst\n${org(c)}\n${orgAddress(c)}\nTel. ${orgPhone(c)} | ${agentMail(c)}`,
      s`Vänliga hälsningar\n${P(c.a.first)}\nKundservice, ${short(c)}\nÖppettider: ${T('vardagar 8–17', 'hours')}`,
      s`Hälsningar\n${full(c.a)}\nGruppchef kundtjänst\n${serviceMail(c)} · ${orgPhone(c)}\n\nDetta meddelande kan innehålla konfidentiell information.`,
    ]),
  quoteHead: (c) => s`Den ${I(c.sent)} skrev ${full(c.p)} <${EM(c.p.email)}>:`,
  fillers: [
    (c) => s`Du kan också ringa oss på ${orgPhone(c)}, ${T('måndag–fredag kl. 8–17', 'hours')}.`,
    () =>
      s`Använd ${T('blankett SKV 7665', 'public_form')}; ${T('i maj', 'trap')} brukar handläggningstiden vara kortare.`,
    () =>
      s`En kopia kostar ${T('75 kr', 'price')}, och från ${T('tre exemplar', 'quantity')} gäller ${T('50 kr', 'price')} styck.`,
    () => s`Vi har stängt ${T('på midsommarafton', 'generic_date')}.`,
  ],
  scenarios: [
    {
      domain: 'health_insurer',
      inbound: (
        c,
      ) => s`Jag har en ${product(c)} med försäkringsnummer ${ACC(c.no)}. Den ${DT(c.p.date1)} fick jag ${I('diagnosen')} ${H('bröstcancer')} på ${ORG(c.p.clinic)}, och läkaren vill att jag gör ett ${GEN('gentest')} eftersom min mamma också var ${H('sjuk')}.

Ersätts testet och den fortsatta ${H('strålbehandlingen')}? Jag vill gärna slippa vänta på landstinget.

Mitt personnummer är ${NID(c.p.nid)}. Ersättning kan betalas till ${IB(c.p.iban)}.`,
      reply: (c) => s`Tack för ditt mejl, och vad tråkigt att höra om din ${H('diagnos')}.

Både det ${GEN('genetiska testet')} och ${H('strålbehandlingen')} omfattas av din ${product(c)}. Vi har öppnat skadeärende ${ACC(c.ref)} och en vårdplanerare, ${full(c.y)}, kontaktar dig inom ${T('två arbetsdagar', 'quantity')} för att boka tid.

Självrisken är ${T('1 500 kr', 'price')} per skadetillfälle.`,
    },
    {
      domain: 'hospital',
      inbound: (
        c,
      ) => s`Min pappa ${full(c.x)}, född ${DOB(c.x.dob)}, lades in den ${DT(c.p.date1)} på avdelning 23 efter en ${H('hjärtinfarkt')}. Han har också ${H('diabetes typ 2')} och är ${H('delvis förlamad')} sedan en ${H('stroke')}.

Vi har fått veta att han ska flyttas till ${ORG(c.p.clinic)}, men ingen har ringt. Jag är hans god man. Han är ${REL('ortodox kristen')} och önskar besök av en ${REL('präst')}.

Ring mig på ${PH(c.p.phoneNat)}. Jag jobbar på ${ORG(c.p.employer)} men kan ta samtal.`,
      reply: (c) => s`Tack för ditt meddelande om din pappa.

Jag har pratat med avdelning 23. Efter ${H('infarkten')} mår han stabilt och flytten till ${ORG(c.p.clinic)} planeras till den ${DT(c.p.date2)}. Kurator ${full(c.y)} ringer dig på ${PH(c.p.phoneNat)} innan dess.

Sjukhuskyrkan är informerad om önskemålet om en ${REL('ortodox')} präst. Besökstid är ${T('kl. 13–19', 'hours')}.`,
    },
    {
      domain: 'bank',
      inbound: (
        c,
      ) => s`Den ${DT(c.p.date1)} drogs ${T('4 995 kr', 'price')} från mitt konto ${IB(c.p.iban)} till en nätbutik jag aldrig handlat i. Kortnumret är ${CC(c.p.card)}.

Jag har spärrat kortet men kan inte logga in i appen eftersom ${BIO('ansiktsigenkänningen')} slutade fungera efter telefonbytet. Kundnummer: ${ACC(c.no)}.

Ring mig på ${PH(c.p.phoneIntl)} eller mejla ${EM(c.p.email)}.`,
      reply: (c) => s`Tack för att du hörde av dig så snabbt.

Kortet som slutar på ${CC(c.p.card.replace(/\s/g, '').slice(-4))} är spärrat och vi har öppnat reklamation ${ACC(c.ref)}. Ett nytt ${product(c, 1)} skickas till ${ADR(`${c.p.street}, ${c.p.cityLine}`)} inom ${T('5 bankdagar', 'quantity')}.

För att aktivera ${BIO('ansiktsigenkänning')} igen loggar du in med BankID och väljer Inställningar > Säkerhet.`,
    },
    {
      domain: 'pension_fund',
      old: true,
      customer: 'm',
      inbound: (
        c,
      ) => s`Jag är ${AGE(String(c.r.int(58, 64)))} år och har varit anställd på ${ORG(c.p.employer)} i 30 år (medlemsnummer ${ACC(c.no)}). På grund av ${H('utbrändhet och depression')} är jag ${H('sjukskriven')} sedan ${DT(c.p.date1)}.

Kan jag ta ut min ${product(c, 1)} tidigare? Och är min make ${full(c.x)} förmånstagare? Vi är ett ${SEX('samkönat par')} och gifte oss ${DT(c.p.date2)}.

Personnummer: ${NID(c.p.nid)}. Ny adress: ${ADR(c.p.street)}, ${ADR(c.p.cityLine)}.`,
      reply: (c) => s`Tack för dina frågor.

Du kan ta ut tjänstepensionen från ${T('55 års ålder', 'quantity')}. Eftersom du är ${H('sjukskriven')} kan du också ha rätt till sjukpension; ansökan finns i ${product(c)}.

${full(c.x)} är registrerad som förmånstagare enligt det generella förmånstagarförordnandet för make. Din nya adress i ${LOC(c.p.city)} är sparad.`,
    },
    {
      domain: 'law_firm',
      inbound: (
        c,
      ) => s`Jag blev uppsagd från ${ORG(c.p.employer)} den ${DT(c.p.date1)}. Jag är ${I('medlem i')} ${UNI('Kommunal')} och skyddsombud. Chefen har flera gånger kommenterat att jag är ${ETH('same')} och ${REL('muslim')}, och sa att jag "inte passar in i gruppen".

Min kollega ${full(c.x)} hörde kommentarerna. ${UNI('Facket')} tycker att jag ska ta hjälp av en advokat.

Ni når mig på ${PH(c.p.phoneNat)}.`,
      reply: (c) => s`Tack för ditt mejl. Ärendet har registrerats som ${ACC(c.ref)}.

Uppsägning på grund av ${ETH('etnisk tillhörighet')} eller ${REL('religion')} är diskriminering enligt diskrimineringslagen, och skyddsombud har ett särskilt skydd. Vittnesmålet från ${P(c.x.last)} är viktigt.

Advokat ${full(c.y)} kan träffa dig den ${DT(c.p.date2)} kl. 10 på ${orgAddress(c)}. Som ${UNI('fackmedlem')} kan rättsskyddet i hemförsäkringen eller förbundet täcka kostnaden; ${product(c, 1)} är alltid gratis.`,
    },
    {
      domain: 'utility',
      customer: 'm',
      inbound: (
        c,
      ) => s`Kundnummer ${ACC(c.no)}. Vi har haft strömavbrott tre gånger sedan ${DT(c.p.date1)}. Min fru ${P(c.y.first)} har ${H('ALS')} och är ${I('beroende av')} en ${H('ventilator')} hemma, så detta är livsfarligt.

Vi bor på ${ADR(`${c.p.street}, ${c.p.cityLine}`)}. Fakturan på ${T('2 340 kr', 'price')} dras från ${IB(c.p.iban)}.`,
      reply: (
        c,
      ) => s`Vi beklagar avbrotten. De orsakades av en skadad kabel i ert område, som lagas den ${DT(c.p.date2)}.

Vi har registrerat att det finns ${H('livsuppehållande medicinsk utrustning')} i hushållet. Ni får nu sms innan varje planerat avbrott och kan låna ett reservaggregat. Det gäller även med avtalet ${product(c)}.`,
    },
    {
      domain: 'public_office',
      inbound: (
        c,
      ) => s`Jag sökte bygglov för ett altantak den ${DT(c.p.date1)} (diarienummer ${ACC(c.no)}), men har inte fått svar. Jag är ${H('rullstolsburen')} och behöver en ramp till entrén, så det är bråttom.

Vi flyttade hit till ${LOC(c.p.city)} från ${LOC(c.p.otherCity)} i fjol. Grannen ${full(c.x)} har inga invändningar.

Jag är också aktiv i ${POL('Vänsterpartiet')} lokalt och undrar om det påverkar handläggningen, eftersom handläggaren verkade känna igen mig.

Personnummer ${NID(c.p.nid)}, telefon ${PH(c.p.phoneIntl)}.`,
      reply: (c) => s`Tack för ditt mejl.

Ärendet handläggs av ${full(c.y)} och beslut väntas inom ${T('fyra veckor', 'quantity')}. Tillgänglighetsanpassningar för personer med ${H('funktionsnedsättning')} prioriteras. Du kan följa ärendet i ${product(c)}.

${POL('Politisk tillhörighet')} har ingen betydelse för handläggningen av bygglov.`,
    },
  ],
};

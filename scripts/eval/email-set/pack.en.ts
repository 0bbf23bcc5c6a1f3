/** English messages (UK and US customers). */
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
  POL,
  REL,
  SEX,
  s,
  T,
  UNI,
} from './builder.js';
import { agentMail, full, org, orgAddress, orgPhone, product, serviceMail } from './common.js';
import type { Ctx, LangPack } from './context.js';

const sal = (c: Ctx) => s`${I(c.p.title)} ${P(c.p.last)}`;

export const en: LangPack = {
  greetIn: (c) =>
    c.r.pick([
      s`Dear Sir or Madam,`,
      s`Hello,`,
      s`Dear ${org(c)} team,`,
      s`Hi there,`,
      s`To whom it may concern,`,
    ]),
  greetOut: (c) =>
    c.r.pick([s`Dear ${sal(c)},`, s`Hello ${P(c.p.first)},`, s`Dear ${full(c.p)},`, s`Hi ${P(c.p.first)},`]),
  closeIn: (c) =>
    c.r.pick([
      s`Kind regards,\n${full(c.p)}`,
      s`Many thanks,\n${P(c.p.first)}`,
      s`Thanks,\n${P(`${c.p.first[0]}.`)} ${P(c.p.last)}`,
      s`Best wishes,\n${full(c.p)}\n${ADR(c.p.street)}\n${ADR(c.p.cityLine)}\nTel: ${PH(c.p.phoneNat)}`,
      s`Regards\n${P(c.p.first)} ${P(c.p.last)}\nMobile ${PH(c.p.phoneIntl)}\n\nSent from my iPhone`,
    ]),
  closeOut: (c) =>
    c.r.pick([
      s`Kind regards,\n\n${full(c.a)}\nCustomer Service Advisor\n${org(c)}\n${orgAddress(c)}\nT ${orgPhone(c)} | ${agentMail(c)}`,
      s`Best wishes,\n${P(c.a.first)}\n\n${org(c)} | Customer Care\nOpening hours: ${T('Monday to Friday, 8am to 6pm', 'hours')}`,
      s`Yours sincerely,\n\n${full(c.a)}\nTeam Leader, Member Services\n${serviceMail(c)} · ${orgPhone(c)}\n\nThis email and any attachments are confidential and intended solely for the addressee.`,
    ]),
  quoteHead: (c) => s`On ${I(c.sent)}, ${full(c.p)} <${EM(c.p.email)}> wrote:`,
  fillers: [
    (c) => s`You can also reach us on ${orgPhone(c)}, ${T('Monday to Friday from 8:00 to 18:00', 'hours')}.`,
    () =>
      s`${T('Mark the form', 'trap')} "urgent" if you post it, and ${T('in May', 'trap')} our response times are usually shorter.`,
    () =>
      s`${T('Will you', 'trap')} let us know if anything is unclear? Standard processing takes ${T('10 working days', 'quantity')}.`,
    () =>
      s`Please note that the administration fee of ${T('£25.00', 'price')} applies to ${T('2 or more', 'quantity')} copies.`,
    () => s`Our offices will be closed on ${T('25 and 26 December', 'generic_date')}.`,
  ],
  scenarios: [
    {
      domain: 'health_insurer',
      inbound: (
        c,
      ) => s`I am writing about a claim under my ${product(c)} policy (membership number ${ACC(c.no)}). My daughter ${P(c.y.first)}, who is ${AGE(String(c.r.int(6, 15)))}, was diagnosed with ${H('coeliac disease')} on ${DT(c.p.date1)} and has since been seeing a ${H('dietitian')} at ${ORG(c.p.clinic)}.

The first invoice was rejected with the message "treatment not covered". I was told on the phone by one of your colleagues that ${H('dietetic treatment for a diagnosed condition')} is covered up to ${T('£400 per year', 'price')}. Could you please look at this again?

For the refund, my bank details are: ${IB(c.p.iban)}. My date of birth is ${DOB(c.p.dob)} in case you need it to find the policy.`,
      reply: (c) => s`Thank you for your email and for sending the invoice from ${ORG(c.p.clinic)}.

I have reviewed claim ${ACC(c.ref)} for ${P(c.y.first)}. You are right: under ${product(c)} ${H('dietetic treatment')} is covered once a diagnosis has been confirmed by a GP or consultant. The rejection was an error on our side, and I apologise for the inconvenience.

The refund of ${T('£186.40', 'price')} will be paid to the account ending in ${IB(c.p.iban.replace(/\s/g, '').slice(-4))} within ${T('5 working days', 'quantity')}. Future invoices can be submitted in the app under "Claims".`,
    },
    {
      domain: 'hospital',
      inbound: (
        c,
      ) => s`My father, ${P(c.x.first)} ${P(c.p.last)} (hospital number ${ACC(c.no)}, born ${DOB(c.x.dob)}), was admitted on ${DT(c.p.date1)} to ward 12 after a ${H('fall at home and a suspected hip fracture')}. He has ${H("early-stage Alzheimer's")} and gets very confused in new surroundings.

We were told he would be transferred to ${ORG(c.p.clinic)} for ${H('rehabilitation')}, but nobody has called us. I am his lasting power of attorney. Could someone from the ward ring me on ${PH(c.p.phoneNat)}? I work at ${ORG(c.p.employer)} until 4pm but can step out.

He is a practising ${REL('Catholic')} and would like to see the hospital chaplain if possible.`,
      reply: (c) => s`Thank you for getting in touch about your father, ${I('Mr')} ${P(c.p.last)}.

I have spoken to the nurse in charge of ward 12. His ${H('hip operation')} went well and the ${H('physiotherapy')} team is assessing him this week. The transfer to ${ORG(c.p.clinic)} is planned for ${DT(c.p.date2)}, subject to a bed being available. The discharge coordinator, ${full(c.y)}, will call you on ${PH(c.p.phoneNat)} before then.

I have also passed on the request for a ${REL('Catholic')} chaplain. Visiting hours on the ward are ${T('2pm to 8pm daily', 'hours')}, with ${T('two visitors', 'quantity')} per bed at a time.`,
    },
    {
      domain: 'bank',
      inbound: (
        c,
      ) => s`Someone has used my ${product(c, 1)} for payments I did not make. The card number is ${CC(c.p.card)}. There are three payments to an online shop on ${DT(c.p.date1)}, each ${T('£249.99', 'price')}.

I have frozen the card in the app, but I cannot log in any more since the ${BIO('fingerprint')} login stopped working after I changed phones. Please call me on ${PH(c.p.phoneIntl)} or write to ${EM(c.p.email)}.

My address is ${ADR(`${c.p.street}, ${c.p.cityLine}`)}. Customer number ${ACC(c.no)}.`,
      reply: (c) => s`Thank you for letting us know so quickly. I am sorry to hear about the payments.

I have cancelled the card ending ${CC(c.p.card.replace(/\s/g, '').slice(-4))} and opened dispute ${ACC(c.ref)} for the three transactions of ${T('£249.99', 'price')}. A replacement card will be sent to ${ADR(c.p.street)} within ${T('3 to 5 working days', 'quantity')}.

To set up ${BIO('fingerprint')} login again on your new phone, please reinstall the app and follow the steps under Settings > Security. If you have any questions, our fraud team is available 24 hours a day on ${orgPhone(c)}.`,
    },
    {
      domain: 'pension_fund',
      old: true,
      customer: 'm',
      inbound: (
        c,
      ) => s`I would like to nominate my partner as beneficiary of my pension (member ID ${ACC(c.no)}). We are a ${SEX('same-sex couple')} and married on ${DT(c.p.date1)}; his name is ${full(c.x)}, date of birth ${DOB(c.x.dob)}.

I am ${AGE(String(c.p.age))} and am thinking of taking early retirement because of my ${H('multiple sclerosis')}. Could you send me a forecast? My ${c.p.nidName} is ${NID(c.p.nid)}.

I have recently moved from ${LOC(c.p.otherCity)} to ${ADR(`${c.p.street}, ${c.p.cityLine}`)}.`,
      reply: (c) => s`Thank you for your message and congratulations on your marriage.

I have recorded ${full(c.x)} as your nominated beneficiary and updated your address. You can check both in ${product(c, 1)}.

Regarding ${H('ill-health')} early retirement: because of your ${H('MS diagnosis')} you may qualify for an unreduced pension. We will need a report from your specialist; the form is enclosed (${T('form IHR-2', 'public_form')}). Your forecast at age ${T('60', 'quantity')} is attached to this email.`,
    },
    {
      domain: 'law_firm',
      inbound: (
        c,
      ) => s`I was given your details by ${UNI('my union')}, ${UNI('Unite')}, who said they would cover the first consultation.

I have worked as a warehouse supervisor at ${ORG(c.p.employer)} for eight years. Since a new manager started, I have been passed over for promotion twice and was called names because I am ${ETH('of Nigerian descent')}. On ${DT(c.p.date1)} I was dismissed without warning.

I can be reached on ${PH(c.p.phoneNat)}. My colleague ${full(c.x)} witnessed some of the remarks and is willing to give a statement.`,
      reply: (c) => s`Thank you for contacting ${org(c)}. I am sorry to hear about your situation.

I have opened file ${ACC(c.ref)}. Based on what you describe, you may have claims for ${ETH('race')} discrimination and unfair dismissal. Please note the time limit: an early conciliation request must be made within three months less one day of ${DT(c.p.date1)}.

I would like to meet you at our office, ${orgAddress(c)}, on ${DT(c.p.date2)} at 10am. Please bring your contract, payslips and any messages from ${ORG(c.p.employer)}. As ${UNI('a Unite member')}, the first meeting is free of charge; after that our ${product(c, 1)} rates apply.`,
    },
    {
      domain: 'utility',
      customer: 'f',
      inbound: (
        c,
      ) => s`Account ${ACC(c.no)}. Your engineer was supposed to install a smart meter on ${DT(c.p.date1)} but never turned up. I took the day off work for this.

Also, my husband ${P(c.x.first)} uses a ${H('home dialysis machine')}, so we need to be on the Priority Services Register. Please make sure our electricity is never disconnected without notice.

Meter reading today: 04512. Please send any letters to ${ADR(c.p.street)}, ${ADR(c.p.cityLine)}, not to our old address in ${LOC(c.p.otherCity)}.`,
      reply: (
        c,
      ) => s`I am sorry that our engineer missed the appointment on ${DT(c.p.date1)}. I have added a goodwill credit of ${T('£30', 'price')} to your account.

I have also added your household to the Priority Services Register because of ${P(c.x.first)}'s ${H('dialysis')}. This means we will contact you before any planned interruption.

Your new appointment is on ${DT(c.p.date2)} between ${T('8am and 12pm', 'hours')}. Your reading of 04512 has been recorded. You can manage appointments in the ${product(c, 1)}.`,
    },
    {
      domain: 'public_office',
      inbound: (
        c,
      ) => s`I am applying for a Blue Badge for my son ${P(c.x.first)}, who is ${AGE(String(c.r.int(4, 12)))} years old and has ${H('cerebral palsy')}.

I submitted the application online on ${DT(c.p.date1)} (reference ${ACC(c.no)}) but have not heard back. We live at ${ADR(`${c.p.street}, ${c.p.cityLine}`)}. I also attended the ${POL('Green Party')} meeting at the town hall last week where a councillor said applications are delayed by ${T('12 weeks', 'quantity')} – is that correct?

Phone: ${PH(c.p.phoneNat)}`,
      reply: (c) => s`Thank you for your email about the Blue Badge application for ${P(c.x.first)}.

I can confirm we received it on ${DT(c.p.date1)}. Applications for children with a ${H('qualifying condition')} are usually decided within ${T('6 weeks', 'quantity')}; yours is being reviewed by an occupational therapist, ${full(c.y)}. You do not need to send anything else at this stage.

For general questions about the ${product(c, 1)}, see our website or call ${orgPhone(c)}.`,
    },
  ],
};

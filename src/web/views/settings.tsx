import type { FeatureStatus } from '../../dashboard/features.models.js';
import type { SkipRule } from '../../ingest/skip-rules.models.js';
import type { ModelsOverview } from '../../model-files/models-overview.models.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import type { SectionName, SettingSource } from '../../settings/settings.models.js';
import type { SettingsValues } from '../../settings/settings.usecases.js';
import { Csrf, ErrorSummary, FeatureList, Field, Notice, TextArea } from './components.js';
import { Layout } from './layout.js';
import { ModelsOverviewSection } from './models-overview.js';

type Vals = Record<string, unknown>;
const s = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const lines = (v: unknown) => (Array.isArray(v) ? v.join('\n') : s(v));
const weekdays = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
] as const;

const skipRuleChoices: [SkipRule, string][] = [
  ['auto_submitted', 'Auto-replies and out-of-office messages (Auto-Submitted header)'],
  ['precedence', 'Bulk, list and junk mail (Precedence header)'],
  ['list_id', 'Mailing-list mail (List-Id header)'],
  ['no_reply_sender', 'No-reply senders (noreply@, mailer-daemon@, notifications@ …)'],
  ['delivery_report', 'Delivery reports and bounces'],
  ['own_domain', "Mail from the organisation's own domains"],
];

const skipSource: Record<SettingSource, string> = {
  console: 'Saved here; this is what ingest applies.',
  environment: 'From VEILDRAFT_INGEST_SKIP_RULES until saved here; once saved, this page wins.',
  default: 'Defaults until saved here.',
};

function Section(props: {
  name: SectionName;
  title: string;
  csrf: string;
  errors: Record<string, string>;
  children?: unknown;
}) {
  return (
    <section aria-labelledby={`h-${props.name}`} class="card" id={props.name}>
      <h2 id={`h-${props.name}`}>{props.title}</h2>
      <ErrorSummary errors={props.errors} />
      <form method="post" action={`/settings/${props.name}`} class="stack" novalidate>
        <Csrf token={props.csrf} />
        {props.children as never}
        <button type="submit">Save {props.title.toLowerCase()}</button>
      </form>
    </section>
  );
}

function Radios(props: {
  name: string;
  legend: string;
  value: string;
  options: [string, string][];
  error?: string;
}) {
  return (
    <fieldset id={`f-${props.name}`}>
      <legend>{props.legend}</legend>
      {props.error && <p class="error">{props.error}</p>}
      {props.options.map(([v, label]) => (
        <label class="choice">
          <input type="radio" name={props.name} value={v} checked={props.value === v} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

export function SettingsPage(props: {
  csrf: string;
  active: ActiveSession;
  values: SettingsValues;
  /** Where each section's value comes from (saved here, the environment, the default). */
  sources?: Record<SectionName, SettingSource>;
  /** Drafting and retrieval: on, or off and why (the same lines as the dashboard). */
  features: FeatureStatus[];
  /** Installed and missing models, the command to install them, the measured speed. */
  models: ModelsOverview;
  errors?: { section: SectionName; fields: Record<string, string>; form: Vals };
  saved?: string;
}) {
  const errs = (n: SectionName) => (props.errors?.section === n ? props.errors.fields : {});
  // A section that failed validation shows what was typed, so nothing is lost.
  const val = (n: SectionName): Vals => (props.errors?.section === n ? props.errors.form : props.values[n]);
  const bh = val('businessHours');
  const sk = val('skipRules');
  const li = val('lists');
  const sc = val('specialCategory');
  const rules = Array.isArray(sk.rules) ? sk.rules : typeof sk.rules === 'string' ? [sk.rules] : [];
  const days = Array.isArray(bh.days) ? bh.days : typeof bh.days === 'string' ? [bh.days] : [];
  return (
    <Layout title="Settings" active={props.active} csrf={props.csrf} path="/settings">
      {props.saved && (
        <Notice tone="ok">
          <p>Saved: {props.saved}.</p>
        </Notice>
      )}
      <div class="grid">
        <Section name="businessHours" title="Business hours" csrf={props.csrf} errors={errs('businessHours')}>
          <Field
            name="timeZone"
            label="Time zone"
            value={s(bh.timeZone)}
            error={errs('businessHours').timeZone}
            hint="IANA name, e.g. Europe/Berlin"
          />
          <fieldset id="f-days">
            <legend>Working days</legend>
            {errs('businessHours').days && <p class="error">{errs('businessHours').days}</p>}
            {weekdays.map(([v, label]) => (
              <label class="choice">
                <input type="checkbox" name="days" value={v} checked={days.includes(v)} /> {label}
              </label>
            ))}
          </fieldset>
          <Field
            name="start"
            label="Opens at"
            type="time"
            value={s(bh.start)}
            error={errs('businessHours').start}
          />
          <Field
            name="end"
            label="Closes at"
            type="time"
            value={s(bh.end)}
            error={errs('businessHours').end}
          />
        </Section>
        <Section name="skipRules" title="Skip rules" csrf={props.csrf} errors={errs('skipRules')}>
          <p class="hint">{skipSource[props.sources?.skipRules ?? 'default']}</p>
          <fieldset id="f-rules">
            <legend>Give no draft to</legend>
            {errs('skipRules').rules && <p class="error">{errs('skipRules').rules}</p>}
            {skipRuleChoices.map(([v, label]) => (
              <label class="choice">
                <input type="checkbox" name="rules" value={v} checked={rules.includes(v)} /> {label}
              </label>
            ))}
          </fieldset>
          <TextArea
            name="senderPatterns"
            label="Skip senders matching (one pattern per line)"
            value={lines(sk.senderPatterns)}
            error={errs('skipRules').senderPatterns}
            hint="* stands for any text, e.g. alerts@*.example.org"
          />
          <TextArea
            name="subjectPatterns"
            label="Skip subjects containing (one per line)"
            value={lines(sk.subjectPatterns)}
            error={errs('skipRules').subjectPatterns}
          />
        </Section>
        <Section name="lists" title="Allow and deny lists" csrf={props.csrf} errors={errs('lists')}>
          <TextArea
            name="allow"
            label="Allow list: never anonymize (one term per line)"
            value={lines(li.allow)}
            error={errs('lists').allow}
            hint="e.g. your organisation's product names"
          />
          <TextArea
            name="deny"
            label="Deny list: always anonymize (one term per line)"
            value={lines(li.deny)}
            error={errs('lists').deny}
          />
        </Section>
        <section aria-labelledby="h-signin" class="card" id="signin">
          <h2 id="h-signin">Sign-in</h2>
          <p>
            <a href="/settings/signin">Single sign-on, role mapping and local accounts</a>: an OpenID Connect
            provider (Entra ID, Keycloak, AD FS), which directory groups give which role, just-in-time
            accounts.
          </p>
          <p>
            <a href="/settings/signin/ldap">LDAP and Active Directory</a>: directory users sign in with their
            directory password, with a test sign-in.
          </p>
        </section>
        <section aria-labelledby="h-llm" class="card" id="llm">
          <h2 id="h-llm">Models</h2>
          <FeatureList features={props.features} />
          <ModelsOverviewSection overview={props.models} headingLevel={3} />
          <p class="hint">
            The model is set on the appliance, where its files live: <code>VEILDRAFT_LLM_BACKEND</code>,{' '}
            <code>VEILDRAFT_LLM_MODEL</code> or <code>VEILDRAFT_LLM_URL</code>, and{' '}
            <code>VEILDRAFT_LLM_THREADS</code> (see the README, "Models").
          </p>
        </section>
        <Section
          name="specialCategory"
          title="Special-category data"
          csrf={props.csrf}
          errors={errs('specialCategory')}
        >
          <Radios
            name="policy"
            legend="When a message contains health, religious, union, biometric or similar data (GDPR art. 9)"
            value={s(sc.policy)}
            error={errs('specialCategory').policy}
            options={[
              ['skip', 'Do not draft; leave it to an agent'],
              ['flag', 'Draft, and mark the draft for careful review'],
              ['draft', 'Draft as usual'],
            ]}
          />
        </Section>
      </div>
    </Layout>
  );
}

import type { Child } from 'hono/jsx';
import type { FeatureStatus } from '../../dashboard/features.models.js';

export function Csrf(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/** Lists every problem at the top with links to the fields, as screen-reader users expect. */
export function ErrorSummary(props: { errors: Record<string, string> }) {
  const entries = Object.entries(props.errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} data-focus>
      <h2>Please correct the following</h2>
      <ul>
        {entries.map(([k, v]) => (
          <li>
            <a href={`#f-${k}`}>{v}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Label, hint and error around one control, wired with ids for assistive technology. */
function FieldFrame(props: { id: string; label: string; hint?: string; error?: string; children?: Child }) {
  return (
    <div class={props.error ? 'field invalid' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
      {props.children}
    </div>
  );
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function Field(props: {
  name: string;
  label: string;
  type?: string;
  value?: string;
  error?: string;
  hint?: string;
  autocomplete?: string;
  required?: boolean;
  inputmode?: 'numeric' | 'text';
  maxlength?: number;
}) {
  const id = `f-${props.name}`;
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={props.error}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        autocomplete={props.autocomplete}
        required={props.required}
        inputmode={props.inputmode}
        maxlength={props.maxlength}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
      />
    </FieldFrame>
  );
}

export function TextArea(props: {
  name: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
}) {
  const id = `f-${props.name}`;
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={props.error}>
      <textarea
        id={id}
        name={props.name}
        rows={5}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
      >
        {props.value}
      </textarea>
    </FieldFrame>
  );
}

const setupSteps = [
  'Create the first admin',
  'Enrol two-factor sign-in',
  'Save recovery codes',
  'First mailbox',
  'Models',
];

/** The wizard's progress, step `current` (0-based) marked for screen readers. */
export function SetupSteps(props: { current: number }) {
  return (
    <ol class="steps" aria-label="Setup steps">
      {setupSteps.map((s, i) => (
        <li aria-current={i === props.current ? 'step' : undefined}>{s}</li>
      ))}
    </ol>
  );
}

export function Notice(props: { tone?: 'info' | 'ok' | 'warn'; children?: Child }) {
  return (
    <div class={`notice ${props.tone ?? 'info'}`} role={props.tone === 'warn' ? 'alert' : 'status'}>
      {props.children}
    </div>
  );
}

/** Drafting and search by meaning: on, or off with the appliance's reason and fix. */
export function FeatureList(props: { features: FeatureStatus[] }) {
  return (
    <ul class="features">
      {props.features.map((f) => (
        <li>
          <strong>{f.name}</strong>
          <span class={`badge ${f.on ? 'ok' : 'warn'}`}>{f.on ? 'on' : 'off'}</span>
          <span class="detail">{f.detail}</span>
        </li>
      ))}
    </ul>
  );
}

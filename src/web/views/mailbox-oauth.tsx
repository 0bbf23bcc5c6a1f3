import type { MailboxAuthView } from '../../mailboxes/mailboxes.models.js';
import { oauthProviders } from '../../mailboxes/mailboxes.table.js';
import { providerLabels } from '../../mailboxes/oauth.models.js';
import { Field, TextArea } from './components.js';

/** OAuth2 settings as a form shows them back: never the secret. */
export interface OAuthFormValues {
  auth: string;
  oauthTenant: string;
  oauthClientId: string;
  oauthTokenUrl: string;
  oauthScope: string;
  oauthCertificatePem: string;
}

export const emptyOAuthForm: OAuthFormValues = {
  auth: 'password',
  oauthTenant: '',
  oauthClientId: '',
  oauthTokenUrl: '',
  oauthScope: '',
  oauthCertificatePem: '',
};

/** The stored settings of a mailbox, to prefill its OAuth2 form. */
export function oauthFormValues(auth: MailboxAuthView): OAuthFormValues {
  if (auth.method === 'password') return { ...emptyOAuthForm, auth: 'microsoft' };
  return {
    auth: auth.provider,
    oauthTenant: auth.tenant ?? '',
    oauthClientId: auth.clientId,
    oauthTokenUrl: auth.tokenUrl ?? '',
    oauthScope: auth.scope ?? '',
    oauthCertificatePem: '',
  };
}

/** "Password" or the provider's name, as the mailbox page shows it. */
export function authLabel(auth: MailboxAuthView): string {
  return auth.method === 'password' ? 'Password' : `OAuth2: ${providerLabels[auth.provider]}`;
}

/**
 * The choice of sign-in and the fields of every OAuth2 provider; each field's hint says which
 * provider uses it (the others ignore it). `withPassword` offers password sign-in too (the add form).
 */
export function OAuthFields(props: {
  values: OAuthFormValues;
  errors: Record<string, string>;
  withPassword?: boolean;
  /** An edit: an empty secret keeps the stored one. */
  keepSecret?: boolean;
}) {
  const v = props.values;
  const e = props.errors;
  const choices = [...(props.withPassword ? (['password'] as const) : []), ...oauthProviders];
  const error = e.auth ?? e.oauthProvider;
  return (
    <>
      <div class={error ? 'field invalid' : 'field'}>
        <label for="f-auth">Sign-in</label>
        {error && <p class="error">{error}</p>}
        <select id="f-auth" name="auth">
          {choices.map((c) => (
            <option value={c} selected={c === v.auth}>
              {c === 'password' ? 'Password' : `OAuth2: ${providerLabels[c]}`}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="stack">
        <legend>OAuth2 (not for password sign-in)</legend>
        <Field
          name="oauthTenant"
          label="Tenant (Microsoft 365)"
          value={v.oauthTenant}
          error={e.oauthTenant}
          hint="The directory (tenant) id, or a domain like contoso.onmicrosoft.com."
        />
        <Field
          name="oauthClientId"
          label="Client id or service account"
          value={v.oauthClientId}
          error={e.oauthClientId}
          autocomplete="off"
          hint="Microsoft 365: the application (client) id. Google: the service account's e-mail (taken from its JSON key when empty). Custom: the client id."
        />
        <TextArea
          name="oauthSecret"
          label="Client secret or key"
          value=""
          error={e.oauthSecret}
          hint={`Microsoft 365: the client secret's value (or, with a certificate, its private key in PEM). Google: the service account's JSON key. Custom: the client secret. Stored encrypted; never shown again.${props.keepSecret ? ' Leave empty to keep the stored one.' : ''}`}
        />
        <TextArea
          name="oauthCertificatePem"
          label="Certificate (Microsoft 365, optional)"
          value={v.oauthCertificatePem}
          error={e.oauthCertificatePem}
          hint="Instead of a client secret: the certificate uploaded to the app registration (PEM)."
        />
        <Field
          name="oauthTokenUrl"
          label="Token endpoint (custom)"
          value={v.oauthTokenUrl}
          error={e.oauthTokenUrl}
          hint="https URL of the token endpoint. Microsoft 365 and Google use their own."
        />
        <Field
          name="oauthScope"
          label="Scope (custom, optional)"
          value={v.oauthScope}
          error={e.oauthScope}
          hint="Microsoft 365 uses https://outlook.office365.com/.default, Google https://mail.google.com/."
        />
      </fieldset>
    </>
  );
}

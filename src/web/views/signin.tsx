import { Csrf, Field, Notice } from './components.js';
import { Layout } from './layout.js';

/** "N seconds" up to two minutes, then whole minutes, rounded up. */
function waitText(s: number): string {
  if (s < 120) return s === 1 ? '1 second' : `${s} seconds`;
  return `${Math.ceil(s / 60)} minutes`;
}

export function SigninPage(props: {
  csrf: string;
  username?: string;
  problem?: 'invalid' | 'throttled';
  retryAfterS?: number;
  /** Single sign-on's button, when a provider is set up. */
  sso?: { providerName: string } | null;
  /** Why single sign-on did not sign the person in, in a sentence. */
  ssoProblem?: string;
  /** Local passwords are for local admins only: the form folds away behind "Local account". */
  localRestricted?: boolean;
}) {
  const local = <LocalForm {...props} />;
  return (
    <Layout title="Sign in" active={null}>
      {props.ssoProblem && (
        <Notice tone="warn">
          <p>{props.ssoProblem}</p>
        </Notice>
      )}
      {props.sso && (
        <p class="narrow card">
          <a class="button" href="/signin/oidc">
            Sign in with {props.sso.providerName}
          </a>
        </p>
      )}
      {props.sso && props.localRestricted && !props.problem ? (
        <details class="narrow">
          <summary>Local account (administrators)</summary>
          {local}
        </details>
      ) : (
        local
      )}
    </Layout>
  );
}

function LocalForm(props: {
  csrf: string;
  username?: string;
  problem?: 'invalid' | 'throttled';
  retryAfterS?: number;
}) {
  return (
    <>
      {props.problem === 'invalid' && (
        <Notice tone="warn">
          <p>The username, password or code is wrong. Check them and try again.</p>
        </Notice>
      )}
      {props.problem === 'throttled' && (
        <Notice tone="warn">
          <p>
            Too many failed sign-ins. Try again in {waitText(props.retryAfterS ?? 1)}. If this was not you,
            tell your admin.
          </p>
        </Notice>
      )}
      <form method="post" action="/signin" class="stack narrow card">
        <Csrf token={props.csrf} />
        <Field name="username" label="Username" value={props.username} autocomplete="username" required />
        <Field name="password" label="Password" type="password" autocomplete="current-password" required />
        <Field
          name="code"
          label="Code from your authenticator app"
          autocomplete="one-time-code"
          hint="6 digits, or one of your recovery codes. Leave empty only if you have not enrolled yet."
          maxlength={20}
        />
        <button type="submit">Sign in</button>
      </form>
    </>
  );
}

/**
 * The page the provider's redirect lands on after a sign-in. Session cookies are SameSite=Strict,
 * and a browser does not send them on a navigation that started at another site (the
 * provider), redirects included; a refresh from this same-site page does send them.
 */
export function ContinuePage(props: { to: string }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="refresh" content={`0;url=${props.to}`} />
        <title>Signing in · Veildraft</title>
        <link rel="stylesheet" href="/assets/console.css" />
      </head>
      <body>
        <main id="main">
          <p>
            <a href={props.to}>Continue</a>
          </p>
        </main>
      </body>
    </html>
  );
}

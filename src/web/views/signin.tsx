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
}) {
  return (
    <Layout title="Sign in" active={null}>
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
    </Layout>
  );
}

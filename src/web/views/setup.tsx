import { passwordRule } from '../../auth/password-policy.models.js';
import { USERNAME_RULE } from '../../users/users.models.js';
import { Csrf, ErrorSummary, Field, SetupSteps } from './components.js';
import { Layout } from './layout.js';

/**
 * Before the wizard: asks for the one-time setup token from the log (see auth/setup-token.ts).
 * A GET form, so the token lands in the same place as the link in the log does.
 */
export function SetupTokenPage(props: { wrong?: boolean }) {
  const errors: Record<string, string> = props.wrong
    ? { token: 'This is not the token of the current start. Copy it again from the newest log lines.' }
    : {};
  return (
    <Layout title="Set up Veildraft" active={null}>
      <p>
        To prove that you are the person running this appliance, setup asks for the one-time token that
        Veildraft printed in its log when it started. Open the link in the line <q>setup is not complete</q>,
        or paste the token from it here.
      </p>
      <ul>
        <li>
          In Docker: <code>docker logs veildraft</code> (your container's name).
        </li>
        <li>
          Otherwise: the terminal running <code>veildraft start</code> (or <code>npm start</code>).
        </li>
      </ul>
      <p>Every start makes a new token; it stops working once setup is done.</p>
      <ErrorSummary errors={errors} />
      <form method="get" action="/setup" class="stack" novalidate>
        <Field name="token" label="Setup token" error={errors.token} autocomplete="off" required />
        <button type="submit">Continue</button>
      </form>
    </Layout>
  );
}

export function SetupPage(props: {
  csrf: string;
  setupToken: string;
  username?: string;
  errors?: Record<string, string>;
}) {
  const errors = props.errors ?? {};
  return (
    <Layout title="Set up Veildraft" active={null}>
      <SetupSteps current={0} />
      <p>
        There is no account yet, and there are no default accounts. Create the first administrator. Every user
        signs in with a password and a code from an authenticator app.
      </p>
      <ErrorSummary errors={errors} />
      <form method="post" action="/setup/admin" class="stack card" novalidate>
        <Csrf token={props.csrf} />
        <input type="hidden" name="setupToken" value={props.setupToken} />
        <Field
          name="username"
          label="Username"
          value={props.username}
          error={errors.username}
          autocomplete="username"
          hint={USERNAME_RULE}
          required
        />
        <Field
          name="password"
          label="Password"
          type="password"
          error={errors.password}
          autocomplete="new-password"
          hint={passwordRule()}
          required
        />
        <Field
          name="confirmPassword"
          label="Repeat the password"
          type="password"
          error={errors.confirmPassword}
          autocomplete="new-password"
          required
        />
        <button type="submit">Create admin and continue</button>
      </form>
    </Layout>
  );
}

import { passwordRule } from '../../auth/password-policy.models.js';
import { USERNAME_RULE } from '../../users/users.models.js';
import { Csrf, ErrorSummary, Field, SetupSteps } from './components.js';
import { Layout } from './layout.js';

export function SetupPage(props: { csrf: string; username?: string; errors?: Record<string, string> }) {
  const errors = props.errors ?? {};
  return (
    <Layout title="Set up Veildraft" active={null}>
      <SetupSteps current={0} />
      <p>
        There is no account yet, and there are no default accounts. Create the first administrator. Every user
        signs in with a password and a code from an authenticator app.
      </p>
      <ErrorSummary errors={errors} />
      <form method="post" action="/setup/admin" class="stack" novalidate>
        <Csrf token={props.csrf} />
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

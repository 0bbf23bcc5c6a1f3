import type { EnrolmentView } from '../../auth/enrol.usecases.js';
import { passwordRule } from '../../auth/password-policy.models.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { Csrf, ErrorSummary, Field, SetupSteps } from './components.js';
import { Layout } from './layout.js';

export function EnrolPage(props: {
  csrf: string;
  active: ActiveSession;
  view: EnrolmentView;
  firstRun: boolean;
  errors?: Record<string, string>;
}) {
  const errors = props.errors ?? {};
  const { view } = props;
  return (
    <Layout title="Enrol two-factor sign-in" active={props.active} csrf={props.csrf}>
      {props.firstRun && <SetupSteps current={1} />}
      <p>
        Scan the code with an authenticator app (for example FreeOTP, Aegis, or the one your organisation
        uses), then enter the 6-digit code it shows.
      </p>
      <div class="enrol">
        <img
          src={view.qrSvgDataUrl}
          alt="QR code holding the sign-in secret for the authenticator app"
          width={220}
          height={220}
        />
        <div>
          <p id="secret-label">Or type this secret into the app:</p>
          <p>
            <code class="secret" data-copy>
              {view.secret}
            </code>
          </p>
          <p class="hint">Account: {view.username} · time-based, 6 digits, 30 seconds</p>
        </div>
      </div>
      <ErrorSummary errors={errors} />
      <form method="post" action="/enrol" class="stack card" novalidate>
        <Csrf token={props.csrf} />
        {view.mustChangePassword && (
          <>
            <Field
              name="newPassword"
              label="Choose your password"
              type="password"
              error={errors.newPassword}
              autocomplete="new-password"
              hint={`${passwordRule(view.username)} Replaces the one-time password.`}
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
          </>
        )}
        <Field
          name="code"
          label="6-digit code from the app"
          error={errors.code}
          autocomplete="one-time-code"
          inputmode="numeric"
          maxlength={6}
          required
        />
        <button type="submit">Confirm</button>
      </form>
    </Layout>
  );
}

export function RecoveryCodesPage(props: {
  csrf: string;
  active: ActiveSession | null;
  codes: string[];
  next: string;
  firstRun: boolean;
}) {
  return (
    <Layout title="Save your recovery codes" active={props.active} csrf={props.csrf}>
      {props.firstRun && <SetupSteps current={2} />}
      <p>
        Two-factor sign-in is on. If you lose the authenticator app, each of these codes signs you in once, in
        place of the 6-digit code. They are shown only now: print them or keep them in a password manager.
      </p>
      <ul class="codes" aria-label="Recovery codes">
        {props.codes.map((c) => (
          <li>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <p>
        <a class="button" href={props.next}>
          I have saved them, continue
        </a>
      </p>
    </Layout>
  );
}

import type { AccountFailureView, FailedSignins } from '../../auth/signin-attempts.usecases.js';
import { THROTTLE_WINDOW_MS } from '../../sessions/sessions.models.js';
import { Notice } from './components.js';
import { Time } from './time.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function Counts(props: { a: AccountFailureView }) {
  const { a } = props;
  return (
    <>
      {plural(a.failures, 'failed sign-in', 'failed sign-ins')} from{' '}
      {plural(a.addresses, 'address', 'addresses')}, the last at <Time at={a.lastAt} />
    </>
  );
}

/** Users page: one line per account with recent failed sign-ins. */
export function FailedSigninsSection(props: { data: FailedSignins }) {
  const { accounts, unknown, hours } = props.data;
  return (
    <section aria-labelledby="h-failed-signins" class="failed-signins">
      <h2 id="h-failed-signins">Failed sign-ins in the last {hours} hours</h2>
      {accounts.length === 0 && unknown.failures === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {accounts.map((a) => (
            <li>
              <a href={`/users/${a.userId}`}>{a.username}</a>: <Counts a={a} />.
            </li>
          ))}
          {unknown.failures > 0 && (
            <li>
              Usernames that do not exist: {plural(unknown.failures, 'failed sign-in', 'failed sign-ins')} for{' '}
              {plural(unknown.usernames, 'name', 'names')}.
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

/** User detail: the same line for one account. */
export function UserFailedSignins(props: { data: FailedSignins; userId: number }) {
  const a = props.data.accounts.find((x) => x.userId === props.userId);
  return (
    <p class="failed-signins">
      Failed sign-ins in the last {props.data.hours} hours: {a ? <Counts a={a} /> : 'none'}.
    </p>
  );
}

/**
 * Dashboard: one warning line while an account is being guessed at. The account's owner can
 * still sign in from an address that has not failed, so this asks for attention, not action.
 */
export function SigninAttackCard(props: { accounts: AccountFailureView[] }) {
  if (props.accounts.length === 0) return null;
  return (
    <Notice tone="warn">
      <p>
        Sign-in attempts under way:{' '}
        {props.accounts.map((a, i) => (
          <>
            {i > 0 && '; '}
            <strong>{a.username}</strong> <Counts a={a} />
          </>
        ))}{' '}
        (last {THROTTLE_WINDOW_MS / 60_000} minutes).{' '}
        <a href="/users#h-failed-signins">See failed sign-ins</a>
      </p>
    </Notice>
  );
}

import type { User } from '../../users/users.table.js';
import { Csrf, Field } from './components.js';

/**
 * The user's e-mail address on their page. It is stored as a keyed pseudonym only, so the page
 * can say whether one is set but cannot show it back; entering it again replaces it.
 */
export function UserEmailSection(props: { csrf: string; user: User; directory: boolean }) {
  const u = props.user;
  return (
    <section aria-labelledby="h-email" class="card">
      <h2 id="h-email">E-mail address</h2>
      <p>{u.emailPseudonym ? 'An address is on file (kept as a keyed pseudonym).' : 'No address on file.'}</p>
      <p class="hint">
        Analytics in per-agent mode names this user for replies sent from (or with a Sender of) this address,
        and counts them as one agent.
        {props.directory ? ' A directory sign-in that sends an address sets it again.' : ''}
      </p>
      <form method="post" action={`/users/${u.id}/email`} class="stack">
        <Csrf token={props.csrf} />
        <Field
          name="email"
          label="New address (empty removes it)"
          type="email"
          autocomplete="off"
          maxlength={254}
        />
        <button type="submit">Save address</button>
      </form>
    </section>
  );
}

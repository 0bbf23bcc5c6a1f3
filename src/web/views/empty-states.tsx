import type { Role } from '../../users/users.table.js';
import { Notice } from './components.js';

/**
 * What someone who sees no mailbox should do next, by role: an admin adds one, a reviewer asks
 * an admin for an assignment, an auditor learns what is there to read meanwhile. Without a role
 * the add-mailbox form is on the same page, below.
 */
export function NoMailboxes(props: { role?: Role }) {
  if (props.role === 'admin')
    return (
      <Notice>
        <p>
          No mailboxes yet. Drafts, the review queue and the mailbox status start once one is added.{' '}
          <a href="/mailboxes#h-add" class="button">
            Add a mailbox
          </a>
        </p>
      </Notice>
    );
  if (props.role === 'reviewer')
    return (
      <Notice>
        <p>
          No mailboxes are assigned to you yet. Ask an admin to assign the mailboxes you review (Users, your
          name, Mailboxes); their drafts and review queue then appear here.
        </p>
      </Notice>
    );
  if (props.role === 'auditor')
    return (
      <Notice>
        <p>
          No mailboxes yet: an admin adds them. Meanwhile the <a href="/audit">audit log</a> shows every
          change made so far.
        </p>
      </Notice>
    );
  return (
    <p>
      No mailboxes yet. <a href="#h-add">Add the first one with the form below</a>.
    </p>
  );
}

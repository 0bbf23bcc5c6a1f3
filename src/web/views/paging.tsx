import type { MailboxOption } from '../../knowledge/review-view.usecases.js';

/** A GET form choosing one mailbox (or all, where the page allows it). */
export function MailboxFilter(props: {
  action: string;
  mailboxes: MailboxOption[];
  selected: number | null;
  allowAll?: boolean;
}) {
  return (
    <form method="get" action={props.action} class="filters" aria-label="Choose a mailbox">
      <div class="field">
        <label for="f-mailbox">Mailbox</label>
        <select id="f-mailbox" name="mailbox">
          {props.allowAll && (
            <option value="" selected={props.selected === null}>
              All mailboxes you may see
            </option>
          )}
          {props.mailboxes.map((m) => (
            <option value={String(m.id)} selected={m.id === props.selected}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="secondary">
        Show
      </button>
    </form>
  );
}

/** Previous/next links that keep the mailbox filter. */
export function Pager(props: { path: string; page: number; pages: number; mailboxId: number | null }) {
  if (props.pages <= 1) return null;
  const href = (page: number) => {
    const q = new URLSearchParams();
    if (props.mailboxId !== null) q.set('mailbox', String(props.mailboxId));
    q.set('page', String(page));
    return `${props.path}?${q}`;
  };
  return (
    <nav aria-label="Pages" class="pager">
      {props.page > 1 && (
        <a href={href(props.page - 1)} rel="prev">
          Newer
        </a>
      )}
      <span>
        Page {props.page} of {props.pages}
      </span>
      {props.page < props.pages && (
        <a href={href(props.page + 1)} rel="next">
          Older
        </a>
      )}
    </nav>
  );
}

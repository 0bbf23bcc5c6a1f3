import type { Child } from 'hono/jsx';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { roleLabels } from '../../users/users.models.js';
import type { Role } from '../../users/users.table.js';

const nav: { path: string; label: string; roles: readonly Role[] }[] = [
  { path: '/', label: 'Dashboard', roles: ['admin', 'reviewer', 'auditor'] },
  { path: '/mailboxes', label: 'Mailboxes', roles: ['admin'] },
  { path: '/review', label: 'Review queue', roles: ['admin', 'reviewer'] },
  { path: '/drafts', label: 'Drafts', roles: ['admin', 'reviewer'] },
  { path: '/quarantine', label: 'Quarantine', roles: ['admin'] },
  { path: '/users', label: 'Users', roles: ['admin'] },
  { path: '/settings', label: 'Settings', roles: ['admin'] },
  { path: '/privacy/retention', label: 'Retention', roles: ['admin', 'auditor'] },
  { path: '/privacy/backups', label: 'Backups', roles: ['admin'] },
  { path: '/audit', label: 'Audit log', roles: ['admin', 'auditor'] },
  { path: '/privacy/requests', label: 'Privacy requests', roles: ['admin', 'auditor'] },
  { path: '/analytics', label: 'Analytics', roles: ['admin', 'reviewer', 'auditor'] },
];

export function Layout(props: {
  title: string;
  active: ActiveSession | null;
  csrf?: string;
  path?: string;
  children?: Child;
}) {
  const full = props.active?.session.stage === 'full' ? props.active : null;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Veildraft`}</title>
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/console.css" />
        <script src="/assets/console.js" defer />
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="top">
          <span class="brand">
            <img src="/assets/favicon.svg" alt="" width={24} height={24} />
            Veildraft
          </span>
          {full && (
            <nav aria-label="Main">
              <ul>
                {nav
                  .filter((n) => n.roles.includes(full.user.role))
                  .map((n) => (
                    <li>
                      <a href={n.path} aria-current={n.path === props.path ? 'page' : undefined}>
                        {n.label}
                      </a>
                    </li>
                  ))}
              </ul>
            </nav>
          )}
          {props.active && props.csrf && (
            <form method="post" action="/signout" class="signout">
              <input type="hidden" name="_csrf" value={props.csrf} />
              <span class="who">
                {props.active.user.username} ({roleLabels[props.active.user.role]})
              </span>
              <button type="submit" class="link">
                Sign out
              </button>
            </form>
          )}
        </header>
        <main id="main" tabindex={-1}>
          <h1>{props.title}</h1>
          {props.children}
        </main>
      </body>
    </html>
  );
}

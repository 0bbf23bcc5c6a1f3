import { roleLabels } from '../users/users.models.js';
import type { Role } from '../users/users.table.js';

/**
 * How the audit log reads to a person. The stored codes stay the record (filters and exports use
 * them); these phrases are only what the console shows next to them. An action without a phrase
 * here is shown by its code, so a new action is never hidden.
 */
const actionLabels: Record<string, string> = {
  'analytics.per_agent_view': 'Per-agent analytics viewed',
  'audit.prune': 'Old audit entries removed (retention)',
  'auth.signin': 'Signed in',
  'auth.signin_failed': 'Sign-in failed',
  'auth.signin_throttled': 'Sign-in refused: too many attempts',
  'signin.ldap_test': 'LDAP test sign-in (nobody signed in)',
  'auth.signout': 'Signed out',
  'session.expire': 'Session expired',
  'conversation.allow_term': 'Term added to the allow list',
  'conversation.redact': 'Missed text replaced with a placeholder',
  'conversation.approve': 'Conversation approved as an example',
  'conversation.exclude': 'Conversation excluded',
  'draft.again': 'Message drafted again',
  'draft.backlog_again': 'Waiting messages of a mailbox drafted',
  'mailbox.add': 'Mailbox added',
  'mailbox.remove': 'Mailbox removed',
  'mailbox.pause': 'Mailbox paused',
  'mailbox.resume': 'Mailbox resumed',
  'mailbox.password_change': 'Mailbox password changed',
  'mailbox.folders_set': 'Mailbox folders set',
  'mailbox.drafting_set': 'Drafting settings changed',
  'mailbox.drafting_auto_paused': 'Drafting paused by itself: the last drafts went unused',
  'mailbox.drafting_resumed': 'Drafting resumed',
  'mailbox.calendar_set': 'Business calendar and SLA target set',
  'mailbox.calendar_reset': 'Business calendar set back to the default',
  'analytics.recompute': 'Analytics recomputed with the current calendar',
  'retention.update': 'Retention periods changed',
  'retention.purge': 'Data past its retention period deleted',
  'retention.purge_requested': 'Retention purge requested',
  'settings.update': 'Settings changed',
  'store.rekey': 'Database key rotated',
  'store.integrity_check': 'Database integrity checked (nightly)',
  'user.create': 'User created',
  'user.role_change': 'Role changed',
  'user.mailboxes_assign': 'Mailboxes assigned',
  'user.mfa_enrol': 'Two-factor sign-in set up',
  'user.mfa_reset': 'Two-factor sign-in reset',
  'user.disable': 'User disabled',
  'user.enable': 'User enabled',
};

export function actionLabel(action: string): string {
  return actionLabels[action] ?? action;
}

/** Actors that are not a console user. */
const actorLabels: Record<string, string> = {
  system: 'Veildraft (automatic)',
  anonymous: 'Someone not signed in',
  cli: 'Operator at the command line',
  setup: 'First-run setup',
};

/** `user:3` → 3; anything else → null. */
export function actorUserId(actor: string): number | null {
  const m = /^user:(\d{1,12})$/.exec(actor);
  return m ? Number(m[1]) : null;
}

export interface Person {
  username: string;
  role: Role;
}

/** The readable actor: a user's name and role, a known system actor, or the code itself. */
export function actorLabel(actor: string, people: ReadonlyMap<number, Person>): string {
  const id = actorUserId(actor);
  if (id === null) return actorLabels[actor] ?? actor;
  const person = people.get(id);
  return person ? `${person.username} (${roleLabels[person.role]})` : `Removed user ${id}`;
}

/** `{"role":"admin","sessionsEnded":1}` → "role admin · sessions ended 1". */
export function metadataText(json: string): string {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return json;
  }
  if (typeof data !== 'object' || data === null) return json;
  return Object.entries(data)
    .map(
      ([k, v]) =>
        `${k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} ${Array.isArray(v) ? v.join(', ') : String(v)}`,
    )
    .join(' · ');
}

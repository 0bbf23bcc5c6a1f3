import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { Layout } from './layout.js';

const messages = {
  400: ['Bad request', 'The request could not be understood. Go back and try again.'],
  403: [
    'Not allowed',
    'You do not have access to this page, or the form expired. Reload the page and try again, or ask an admin for access.',
  ],
  404: ['Not found', 'There is no page at this address.'],
  415: ['Unsupported form', 'The console accepts only forms sent by a web browser.'],
  429: ['Too many attempts', 'Too many attempts. Wait a few minutes and try again.'],
  500: [
    'Something went wrong',
    'The request failed. The error was logged; try again, and contact your admin if it persists.',
  ],
} as const;

/** Keeps the signed-in user's navigation, so a wrong link is one click from anywhere. */
export function ErrorPage(props: {
  status: keyof typeof messages;
  active: ActiveSession | null;
  csrf?: string;
  /** A more precise sentence than the status's own (why a form was refused, say). */
  message?: string;
}) {
  const [title, fallback] = messages[props.status];
  const text = props.message ?? fallback;
  return (
    <Layout title={title} active={props.active} csrf={props.csrf}>
      <p class="lead">{text}</p>
      <p>
        <a href={props.active ? '/' : '/signin'}>
          {props.active ? 'Back to the dashboard' : 'Go to sign-in'}
        </a>
      </p>
    </Layout>
  );
}

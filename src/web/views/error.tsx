import type { Child } from 'hono/jsx';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { Layout } from './layout.js';

const messages = {
  400: ['Bad request', 'The request could not be understood. Go back and try again.'],
  403: [
    'Not allowed',
    'You do not have access to this page, or the form expired. Reload the page and try again, or ask an admin for access.',
  ],
  404: ['Not found', 'There is no page at this address.'],
  405: ['Not allowed here', 'This page does not accept that kind of request.'],
  409: ['Not possible now', 'This cannot be done in the current state. Reload the page and try again.'],
  415: ['Unsupported form', 'The console accepts only forms sent by a web browser.'],
  421: ['Wrong address', 'This console does not answer to the address in your browser.'],
  429: ['Too many attempts', 'Too many attempts. Wait a few minutes and try again.'],
  500: [
    'Something went wrong',
    'The request failed. The error was logged; try again, and contact your admin if it persists.',
  ],
  503: ['Read-only', 'The console can show what is saved, but cannot save changes right now.'],
} as const;

/** Keeps the signed-in user's navigation, so a wrong link is one click from anywhere. */
export function ErrorPage(props: {
  status: keyof typeof messages;
  active: ActiveSession | null;
  csrf?: string;
  /** More precise than the status's own sentence: why a form was refused, which host to set. */
  detail?: Child;
}) {
  const [title, text] = messages[props.status];
  const detail = props.detail ?? text;
  return (
    <Layout title={title} active={props.active} csrf={props.csrf}>
      {typeof detail === 'string' ? <p class="lead">{detail}</p> : detail}
      <p>
        <a href={props.active ? '/' : '/signin'}>
          {props.active ? 'Back to the dashboard' : 'Go to sign-in'}
        </a>
      </p>
    </Layout>
  );
}

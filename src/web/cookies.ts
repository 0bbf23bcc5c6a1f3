import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/**
 * Cookie names. Browsers accept a `__Host-` cookie only with `Secure`, which they in turn only
 * store from an HTTPS origin (localhost excepted in some browsers, not reliably). So over TLS
 * (or behind a TLS proxy) the cookies carry the `__Host-` prefix and `Secure`; on plain-HTTP
 * loopback, the developer and first-run case the appliance allows, they drop the prefix and
 * `Secure` but keep HttpOnly, SameSite=Strict, Path=/ and no Domain. Plain HTTP beyond
 * loopback is refused at start unless a TLS proxy is declared, whose requests then say
 * `X-Forwarded-Proto: https` and get the prefixed cookies (decided per request in app.ts).
 */
export function cookieNames(secure: boolean) {
  const prefix = secure ? '__Host-' : '';
  return {
    session: `${prefix}veildraft_session`,
    pre: `${prefix}veildraft_pre`,
    oidcFlow: `${prefix}veildraft_oidc`,
  };
}

const options = (secure: boolean) => ({ path: '/', httpOnly: true, sameSite: 'Strict', secure }) as const;

export function readCookie(c: Context, name: string): string | undefined {
  return getCookie(c, name);
}

export function writeCookie(c: Context, secure: boolean, name: string, value: string): void {
  setCookie(c, name, value, options(secure));
}

export function clearCookie(c: Context, secure: boolean, name: string): void {
  deleteCookie(c, name, options(secure));
}

/**
 * The single sign-on flow cookie comes back on the provider's redirect, a navigation from
 * another site: SameSite=Lax (Strict would not be sent), and gone after ten minutes.
 */
export function writeFlowCookie(c: Context, secure: boolean, name: string, value: string): void {
  setCookie(c, name, value, { ...options(secure), sameSite: 'Lax', maxAge: 600 });
}

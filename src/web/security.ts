import type { Context, MiddlewareHandler } from 'hono';

/**
 * Headers on every response. Scripts and styles come only from /assets (no inline script or
 * style); the TOTP QR code is an SVG data URL, hence `img-src data:`.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

export function securityHeaders(isSecure: (c: Context) => boolean): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    // Not no-referrer: under it browsers send `Origin: null` with every form post, hiding the
    // origin that origin-check.ts verifies. same-origin still sends nothing to other sites.
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
    if (isSecure(c)) c.header('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  };
}

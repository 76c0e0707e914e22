/**
 * The per-request security headers the proxy sets: a nonce-based Content-Security-Policy and,
 * behind https, Strict-Transport-Security. The static headers (nosniff, Referrer-Policy,
 * X-Frame-Options) stay in next.config.js `headers()`: one place per header.
 *
 * Why a nonce and not a static policy: a static CSP would need `'unsafe-inline'` for Next's
 * inline bootstrap scripts, and then an injected `<script>` would run too. With
 * `'nonce-…' 'strict-dynamic'` only scripts carrying this response's nonce run, plus the
 * chunks they load. Next reads the nonce from the request's Content-Security-Policy header and
 * puts it on its own scripts, which works because every page renders per request (see
 * docs/decisions/015-content-security-policy.md).
 */

/** The request header that carries the nonce to server components (Next's documented name). */
export const NONCE_HEADER = 'x-nonce';

export interface SecurityHeaderOptions {
  /** `next dev`: React's dev tooling needs eval, the dev overlay injects unnonced styles. */
  dev: boolean;
  /** The public URL (NEXTAUTH_URL) is https: pin the browser to https and upgrade stray http. */
  https: boolean;
}

export interface SecurityHeaders {
  nonce: string;
  /** Set on the response and on the request (Next reads the nonce from the latter). */
  contentSecurityPolicy: string;
  /** `Strict-Transport-Security`, only behind https: over plain http browsers ignore it anyway. */
  strictTransportSecurity: string | undefined;
}

/** Two years and every subdomain: the value hstspreload.org asks for (without `preload`, an operator's choice). */
export const HSTS_VALUE = 'max-age=63072000; includeSubDomains';

/** 128 random bits, base64: unguessable, and inside the `nonce-` grammar Next parses. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, { dev, https }: SecurityHeaderOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // 'self' is ignored by browsers that understand 'strict-dynamic'; it is the fallback for those that do not.
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Production HTML has no inline styles but the ones Next stamps with the nonce (Tailwind is a
    // linked file; React sets `style` props through the DOM, which CSP does not police). The dev
    // overlay injects styles without one. With a nonce present browsers ignore 'unsafe-inline',
    // so dev lists only 'unsafe-inline'.
    ['style-src', "'self'", ...(dev ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    // The live delivery log is an EventSource on this origin; in dev, the HMR websocket is too
    // ('self' covers ws: on the same host in CSP 3 browsers; `ws:` keeps older ones working).
    ['connect-src', "'self'", ...(dev ? ['ws:'] : [])],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
    // Only behind https: on plain-http localhost it would send subresources to an https port that is not there.
    ...(https ? [['upgrade-insecure-requests'] as [string]] : []),
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** A fresh nonce and the headers built on it: call once per request. */
export function securityHeaders(options: SecurityHeaderOptions): SecurityHeaders {
  const nonce = newNonce();
  return {
    nonce,
    contentSecurityPolicy: contentSecurityPolicy(nonce, options),
    strictTransportSecurity: options.https ? HSTS_VALUE : undefined,
  };
}

/** The options from the environment: dev from NODE_ENV, https from the public URL (NEXTAUTH_URL). */
export function securityHeaderOptions(e: { NODE_ENV: string; NEXTAUTH_URL?: string | undefined }): SecurityHeaderOptions {
  const publicUrl = e.NEXTAUTH_URL && URL.canParse(e.NEXTAUTH_URL) ? new URL(e.NEXTAUTH_URL) : undefined;
  return { dev: e.NODE_ENV === 'development', https: publicUrl?.protocol === 'https:' };
}

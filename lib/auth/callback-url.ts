/**
 * Where to send someone after sign-in: only a path on this site. `//evil.example`,
 * `/\evil.example` (browsers read the backslash as a slash), absolute URLs and control
 * characters all fall back to the dashboard, so the login page is never an open redirect.
 */
export const DEFAULT_AFTER_SIGN_IN = '/dashboard';

/** The request header the proxy sets with the path (and query) being asked for. */
export const REQUESTED_PATH_HEADER = 'x-puente-path';

export function safeCallbackPath(v: unknown): string {
  const s = Array.isArray(v) ? v[0] : v;
  if (typeof s !== 'string' || s.length === 0 || s.length > 2048) return DEFAULT_AFTER_SIGN_IN;
  if (!s.startsWith('/') || s.startsWith('//') || s.includes('\\') || /[\u0000-\u001f\u007f]/.test(s)) return DEFAULT_AFTER_SIGN_IN;
  let url: URL;
  try {
    url = new URL(s, 'http://puente.invalid');
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (url.origin !== 'http://puente.invalid') return DEFAULT_AFTER_SIGN_IN;
  const out = `${url.pathname}${url.search}${url.hash}`;
  // The checks above saw the input; the browser gets the normalised path. `/.//evil.example` and
  // `/..//evil.example` normalise to `//evil.example`, a protocol-relative URL to another site.
  if (!out.startsWith('/') || out.startsWith('//') || out.startsWith('/\\')) return DEFAULT_AFTER_SIGN_IN;
  return out;
}

/** The login page, coming back to the requested path (from the proxy's header) or `fallback`. */
export function loginUrl(requested: string | null | undefined, fallback = DEFAULT_AFTER_SIGN_IN): string {
  const back = requested ? safeCallbackPath(requested) : fallback;
  return `/login?callbackUrl=${encodeURIComponent(back)}`;
}

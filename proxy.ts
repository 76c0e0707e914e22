import { NextResponse, type NextRequest } from 'next/server';
import { REQUESTED_PATH_HEADER } from './lib/auth/callback-url';
import { env } from './lib/env';
import { fixedLocaleOf, isStaffPath, PAGE_LOCALE_HEADER, STAFF_AREA_HEADER } from './lib/i18n/locale';
import { NONCE_HEADER, securityHeaderOptions, securityHeaders, type SecurityHeaders } from './lib/http/security-headers';

/**
 * A path that is not valid percent-encoding (`/programas/%E0%A4%A`) makes Next's route
 * matching throw, which would surface as a 500. Answer 400 instead: nothing a visitor types
 * into the address bar may cause a server error.
 *
 * Every other request gets a fresh CSP nonce (lib/http/security-headers.ts). Proxy runs in
 * Node in Next 16, so it reads the environment through lib/env.ts like the rest of the app.
 */
export function proxy(request: NextRequest) {
  const security = securityHeaders(securityHeaderOptions(env()));
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    const response = new NextResponse('Bad request: the address is not valid.', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    return withSecurityHeaders(response, security);
  }
  // Next takes the nonce for its own scripts from the request's policy; set (never append) so a
  // client-sent Content-Security-Policy or x-nonce request header cannot choose the nonce. (Next
  // 16.4 also copies the response's headers onto the request; we do not rely on that.)
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', security.contentSecurityPolicy);
  headers.set(NONCE_HEADER, security.nonce);
  // Signed-in areas: tell the layouts which page was asked for, so sign-in comes back to it.
  const path = request.nextUrl.pathname;
  if (path.startsWith('/dashboard') || path.startsWith('/admin')) {
    headers.set(REQUESTED_PATH_HEADER, `${path}${request.nextUrl.search}`);
  } else {
    headers.delete(REQUESTED_PATH_HEADER);
  }
  // Staff screens speak the signed-in person's language, so the root layout's <html lang> reads
  // it from their account there (set or removed here, never taken from the client).
  if (isStaffPath(path)) headers.set(STAFF_AREA_HEADER, '1');
  else headers.delete(STAFF_AREA_HEADER);
  // The docs' language is their address's (/docs Spanish, /en/docs English), whatever the cookie.
  const fixed = fixedLocaleOf(path);
  if (fixed) headers.set(PAGE_LOCALE_HEADER, fixed);
  else headers.delete(PAGE_LOCALE_HEADER);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), security);
}

function withSecurityHeaders(response: NextResponse, security: SecurityHeaders): NextResponse {
  response.headers.set('Content-Security-Policy', security.contentSecurityPolicy);
  if (security.strictTransportSecurity) response.headers.set('Strict-Transport-Security', security.strictTransportSecurity);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image).*)'],
};

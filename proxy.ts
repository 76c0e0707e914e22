import { NextResponse, type NextRequest } from 'next/server';
import { REQUESTED_PATH_HEADER } from './lib/auth/callback-url';

/**
 * A path that is not valid percent-encoding (`/programas/%E0%A4%A`) makes Next's route
 * matching throw, which would surface as a 500. Answer 400 instead: nothing a visitor types
 * into the address bar may cause a server error.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad request: the address is not valid.', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  // Signed-in areas: tell the layouts which page was asked for, so sign-in comes back to it.
  const path = request.nextUrl.pathname;
  if (path.startsWith('/dashboard') || path.startsWith('/admin')) {
    const headers = new Headers(request.headers);
    headers.set(REQUESTED_PATH_HEADER, `${path}${request.nextUrl.search}`);
    return NextResponse.next({ request: { headers } });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/((?!_next/static|_next/image).*)'],
};

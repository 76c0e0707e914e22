import { NextResponse, type NextRequest } from 'next/server';

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
  return NextResponse.next();
}

export const config = {
  matcher: ['/((?!_next/static|_next/image).*)'],
};

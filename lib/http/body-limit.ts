/**
 * Request bodies over the server-action limit are refused by the Node server in scripts/run.ts
 * with 413 before Next reads a byte of them. Next refuses them too, but only while parsing the
 * action, and answers 500 (see docs/decisions/014-client-address-from-the-socket.md).
 */
import type { IncomingHttpHeaders } from 'node:http';
import limits from './body-limits.json';

/**
 * next.config.js reads the same file for `experimental.serverActions.bodySizeLimit`, so the
 * server and Next cannot disagree on the limit.
 */
export const SERVER_ACTION_BODY_LIMIT_BYTES: number = limits.serverActionBodyLimitBytes;

/**
 * Inngest calls its endpoint with signed requests carrying step state, which can legitimately
 * run to megabytes; the Inngest SDK checks the signature before it parses anything. Matched
 * exactly: a prefix would let `/api/inngest/../solicitar` past the limit.
 */
const UNLIMITED_PATHS = new Set(['/api/inngest', '/api/inngest/']);

export type BodyVerdict = { ok: true } | { ok: false; status: 411 | 413; detail: string };

export function checkRequestBody(url: string | undefined, headers: IncomingHttpHeaders, limit = SERVER_ACTION_BODY_LIMIT_BYTES): BodyVerdict {
  const path = (url ?? '/').split('?')[0] ?? '/';
  if (UNLIMITED_PATHS.has(path)) return { ok: true };
  const length = headers['content-length'];
  if (length !== undefined) {
    // Node has already refused a malformed or duplicated Content-Length with 400.
    if (Number(length) > limit) return { ok: false, status: 413, detail: tooLarge(limit) };
    return { ok: true };
  }
  // A body without a length (chunked) could only be measured by reading it, after Next has
  // started on it. Browsers, Next's own client and next-auth always send Content-Length, so
  // such a body is refused up front rather than measured.
  if (headers['transfer-encoding'] !== undefined) {
    return { ok: false, status: 411, detail: 'Send the request body with a Content-Length.' };
  }
  return { ok: true };
}

function tooLarge(limit: number): string {
  return `The request body is larger than the ${Math.floor(limit / 1024)} KiB this server accepts.`;
}

const TITLES = { 411: 'Length Required', 413: 'Content Too Large' } as const;

/**
 * The refusal as the client can read it: problem+json (RFC 9457, as the dashboard API answers)
 * for /api/ and clients that ask for JSON; otherwise exactly `text/plain`, which Next's
 * server-action client turns into the error's message (any other type becomes "An unexpected
 * response was received from the server").
 */
export function refusalResponse(
  url: string | undefined,
  accept: string | undefined,
  status: 411 | 413,
  detail: string,
): { headers: Record<string, string>; body: string } {
  const wantsJson = (url ?? '').startsWith('/api/') || /\bapplication\/(?:problem\+)?json\b/.test(accept ?? '');
  const body = wantsJson ? JSON.stringify({ type: 'about:blank', title: TITLES[status], status, detail }) : detail;
  return {
    headers: {
      'content-type': wantsJson ? 'application/problem+json' : 'text/plain',
      'content-length': String(Buffer.byteLength(body)),
      'cache-control': 'no-store',
      // The unread body is still on its way: close rather than parse it as the next request.
      connection: 'close',
    },
    body,
  };
}

/**
 * The one wrapper every REST API v1 route handler goes through, in this order:
 * token (401) → the department in the path is the token's (404 otherwise, the same answer as a
 * department that does not exist) → scope (403 for a read token on a write) → rate limit per
 * token (429 with Retry-After) → body checks (415, 413, 400) → `Idempotency-Key` on POST →
 * the handler, whose thrown errors become one logged 500. Every answer carries the rate-limit
 * headers GitHub sends (`X-RateLimit-Limit/Remaining/Reset`).
 */
import 'server-only';
import type { z } from 'zod';
import { db } from '../../db/client';
import type { Actor } from '../audit/record-audit';
import { clientIpFrom } from '../client-ip';
import { env } from '../env';
import { problem, type FieldProblem } from '../http/problem';
import { logError } from '../log-error';
import { consumeRateLimit, hashKey } from '../rate-limit';
import { claimIdempotencyKey, isValidIdempotencyKey, requestFingerprint, settleIdempotencyKey } from './idempotency';
import { authenticateApiToken, tokenActor, type ApiTokenScope, type AuthenticatedToken } from './tokens';

export const MAX_BODY_BYTES = 64 * 1024;

export interface ApiContext<P> {
  request: Request;
  url: URL;
  params: P;
  token: AuthenticatedToken;
  department: AuthenticatedToken['department'];
  ip: string;
  actor: Actor;
  /** The parsed JSON body (POST/PATCH/PUT), or undefined. */
  body: unknown;
}

type Handler<P> = (ctx: ApiContext<P>) => Promise<Response>;
type RouteContext<P> = { params: Promise<P> };

const UNAUTHORIZED: Record<string, string> = {
  missing: 'Send an API token: "Authorization: Bearer pnt_…". Department admins create tokens in the dashboard.',
  malformed: 'The Authorization header is not "Bearer pnt_…" with a Puente API token.',
  unknown: 'This API token is not valid.',
  revoked: 'This API token was revoked.',
  expired: 'This API token has expired.',
};

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/** A problem for an unknown department or object: the same words whatever the reason. */
export function notFound(what = 'No such resource in this department.'): Response {
  return problem(404, what);
}

/** 422 with one entry per refused field. */
export function invalid(errors: FieldProblem[], detail = 'The request has fields that are not valid; see errors.'): Response {
  return problem(422, detail, { errors });
}

/** Field problems from a zod error, with `describe(key)` turning a message key into a sentence. */
export function zodProblems(error: z.ZodError, describe: (key: string, path: string) => string, prefix = ''): FieldProblem[] {
  return error.issues.map((i) => {
    const path = i.path.map(String).join('/');
    return { pointer: `${prefix}/${path}`, detail: describe(i.message, path) };
  });
}

export function apiJson(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { 'cache-control': 'no-store', ...init.headers } });
}

export function v1Route<P extends { slug: string }>(scope: ApiTokenScope, handler: Handler<P>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    let rate: Record<string, string> = {};
    const withRate = (r: Response) => {
      for (const [k, v] of Object.entries(rate)) r.headers.set(k, v);
      return r;
    };
    try {
      const check = await authenticateApiToken(db, request.headers.get('authorization'));
      if (!check.ok) return problem(401, UNAUTHORIZED[check.reason]!, {}, { 'www-authenticate': 'Bearer realm="puente"' });
      const { token } = check;
      const params = await context.params;
      if (params.slug !== token.department.slug) return notFound('No such department, or this token is not for it.');
      if (token.department.status !== 'approved') return problem(403, 'This department is not approved, so the API is closed to it.');
      if (scope === 'write' && token.scope !== 'write') return problem(403, 'This token is read-only; this request needs a token with the "write" scope.');

      const limit = env().PUENTE_API_RATE_LIMIT_PER_MIN;
      const r = await consumeRateLimit(db, hashKey('api', token.id), limit, 60_000);
      rate = {
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(Math.max(0, limit - r.count)),
        'x-ratelimit-reset': String(Math.ceil((Date.now() + r.retryAfterMs) / 1000)),
      };
      if (!r.allowed) {
        return withRate(problem(429, `This token made more than ${limit} requests this minute.`, {}, { 'retry-after': String(Math.max(1, Math.ceil(r.retryAfterMs / 1000))) }));
      }

      const url = new URL(request.url);
      const ip = clientIpFrom(request.headers);
      let raw = '';
      let body: unknown;
      if (WRITE_METHODS.has(request.method) && request.method !== 'DELETE') {
        const read = await readBody(request);
        if (read instanceof Response) return withRate(read);
        raw = read.raw;
        body = read.body;
      }

      const run = () => handler({ request, url, params, token, department: token.department, ip, actor: tokenActor(token, ip), body });
      const key = request.method === 'POST' ? request.headers.get('idempotency-key') : null;
      if (key === null) return withRate(await run());
      if (!isValidIdempotencyKey(key)) return withRate(problem(400, 'Idempotency-Key must be 1 to 255 visible ASCII characters.'));
      const claim = await claimIdempotencyKey(db, token.id, key, requestFingerprint(request.method, url.pathname, raw));
      if (claim.kind === 'mismatch') return withRate(problem(422, 'This Idempotency-Key was already used with a different request.'));
      if (claim.kind === 'inFlight') return withRate(problem(409, 'A request with this Idempotency-Key is still running.', {}, { 'retry-after': '1' }));
      if (claim.kind === 'replay') {
        return withRate(new Response(claim.body, { status: claim.status, headers: { ...claim.headers, 'idempotent-replayed': 'true' } }));
      }
      let response: Response;
      try {
        response = await run();
      } catch (e) {
        await settleIdempotencyKey(db, token.id, key, { status: 500, body: '', headers: {} });
        throw e;
      }
      const text = await response.text();
      const headers = Object.fromEntries([...response.headers.entries()].filter(([k]) => ['content-type', 'location', 'cache-control', 'link'].includes(k)));
      await settleIdempotencyKey(db, token.id, key, { status: response.status, body: text, headers });
      return withRate(new Response(text, { status: response.status, headers: response.headers }));
    } catch (e) {
      logError(`api ${request.method} ${new URL(request.url).pathname.replace(/[0-9a-f-]{36}/gi, ':id')} failed`, e);
      return withRate(problem(500, 'Something went wrong on our side. Nothing was changed unless the answer says so; try again.'));
    }
  };
}

async function readBody(request: Request): Promise<{ raw: string; body: unknown } | Response> {
  const type = request.headers.get('content-type') ?? '';
  const length = Number(request.headers.get('content-length') ?? '0');
  if (length > MAX_BODY_BYTES) return problem(413, `The body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);
  const raw = await request.text();
  if (raw.trim() === '') return { raw: '', body: {} };
  if (!/^application\/([\w.+-]*\+)?json\b/i.test(type)) return problem(415, 'Send the body as JSON ("Content-Type: application/json").');
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES) return problem(413, `The body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);
  try {
    return { raw, body: JSON.parse(raw) as unknown };
  } catch {
    return problem(400, 'The body is not valid JSON.');
  }
}

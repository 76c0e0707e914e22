/**
 * JSON problem details (RFC 9457) for every route handler: the dashboard's JSON routes and
 * REST API v1. `errors` carries one entry per refused field, with a JSON pointer into the
 * request body (RFC 6901) and a sentence a developer can act on.
 */

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export interface FieldProblem {
  /** JSON pointer to the field in the request body (`/config/url`) or the query (`?status`). */
  pointer: string;
  detail: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problem(status: number, detail: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return Response.json(
    { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, ...extra },
    { status, headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store', ...headers } },
  );
}

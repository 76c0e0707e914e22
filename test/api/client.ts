/**
 * Calls REST API v1's route handlers in-process, as Next would (a real Request, the route's
 * params), and checks EVERY answer against the published OpenAPI document: an answer whose
 * status the operation does not list, or whose body does not match the listed schema, fails
 * the test that made it. So any API response in the test suite that drifts from the document
 * is caught where it happens.
 */
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { openApiDocument } from '../../lib/api/v1/openapi';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
// `never`: each route types its own params; the dispatcher hands it what the path matched.
type RouteModule = Partial<Record<Method, (req: Request, ctx: { params: Promise<never> }) => Promise<Response>>>;

/** Path templates of the API (relative to /api/v1) → their route module under app/api/v1. */
const ROUTES: [template: string, load: () => Promise<RouteModule>][] = [
  ['/departments/{slug}/hooks', () => import('../../app/api/v1/departments/[slug]/hooks/route')],
  ['/departments/{slug}/hooks/{id}', () => import('../../app/api/v1/departments/[slug]/hooks/[id]/route')],
  ['/departments/{slug}/hooks/{id}/config', () => import('../../app/api/v1/departments/[slug]/hooks/[id]/config/route')],
  ['/departments/{slug}/hooks/{id}/pings', () => import('../../app/api/v1/departments/[slug]/hooks/[id]/pings/route')],
  ['/departments/{slug}/hooks/{id}/recover', () => import('../../app/api/v1/departments/[slug]/hooks/[id]/recover/route')],
  ['/departments/{slug}/hooks/{id}/test', () => import('../../app/api/v1/departments/[slug]/hooks/[id]/test/route')],
  ['/departments/{slug}/hooks/{id}/deliveries', () => import('../../app/api/v1/departments/[slug]/hooks/[id]/deliveries/route')],
  ['/departments/{slug}/hooks/{id}/deliveries/{deliveryId}', () => import('../../app/api/v1/departments/[slug]/hooks/[id]/deliveries/[deliveryId]/route')],
  [
    '/departments/{slug}/hooks/{id}/deliveries/{deliveryId}/attempts',
    () => import('../../app/api/v1/departments/[slug]/hooks/[id]/deliveries/[deliveryId]/attempts/route'),
  ],
  ['/departments/{slug}/leads', () => import('../../app/api/v1/departments/[slug]/leads/route')],
  ['/departments/{slug}/event-types', () => import('../../app/api/v1/departments/[slug]/event-types/route')],
];

export const API_TEMPLATES = ROUTES.map(([t]) => t);

function match(path: string): { template: string; load: () => Promise<RouteModule>; params: Record<string, string> } | null {
  for (const [template, load] of ROUTES) {
    const names: string[] = [];
    const re = new RegExp(`^${template.replace(/\{(\w+)\}/g, (_, n: string) => (names.push(n), '([^/]+)'))}$`);
    const m = re.exec(path);
    if (m) return { template, load, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)])) };
  }
  return null;
}

const doc = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(doc as object, 'openapi');

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** Checks one answer against the document's operation; returns the parsed body (or null). */
export function checkAgainstDocument(method: string, template: string, status: number, contentType: string | null, text: string): unknown {
  const op = (doc.paths?.[template] as Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }> | undefined)?.[method.toLowerCase()];
  expect(op, `${method} ${template} is not in the OpenAPI document`).toBeDefined();
  const response = op!.responses[String(status)];
  expect(response, `${method} ${template} answered ${status}, which the document does not list`).toBeDefined();
  if (!response!.content) {
    expect(text, `${method} ${template} ${status} has a body the document does not describe`).toBe('');
    return null;
  }
  const type = (contentType ?? '').split(';')[0]!.trim();
  expect(Object.keys(response!.content), `${method} ${template} ${status} answered ${type}`).toContain(type);
  const body = JSON.parse(text) as unknown;
  const validate = ajv.getSchema(`openapi#/${pointer('paths', template, method.toLowerCase(), 'responses', String(status), 'content', type, 'schema')}`);
  expect(validate, 'schema compiles').toBeDefined();
  const ok = validate!(body);
  expect(ok, `${method} ${template} ${status} does not match the document: ${ajv.errorsText(validate!.errors)}\n${text.slice(0, 500)}`).toBe(true);
  return body;
}

export interface ApiAnswer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** `api('POST', '/departments/x/hooks', { token, body })` → the checked answer. */
export async function api<T = unknown>(
  method: Method,
  pathAndQuery: string,
  opts: { token?: string | null; body?: unknown; rawBody?: string; headers?: Record<string, string>; ip?: string } = {},
): Promise<ApiAnswer<T>> {
  const [path] = pathAndQuery.split('?') as [string];
  const found = match(path);
  if (!found) throw new Error(`no API route for ${path}`);
  const mod = await found.load();
  const handler = mod[method];
  if (!handler) throw new Error(`${found.template} has no ${method}`);
  const headers = new Headers(opts.headers);
  if (opts.token) headers.set('authorization', `Bearer ${opts.token}`);
  let body: string | undefined;
  if (opts.rawBody !== undefined) body = opts.rawBody;
  else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  const req = new Request(`http://puente.test/api/v1${pathAndQuery}`, { method, headers, body });
  const res = await handler(req, { params: Promise.resolve(found.params) as Promise<never> });
  const text = await res.text();
  const parsed = checkAgainstDocument(method, found.template, res.status, res.headers.get('content-type'), text);
  if (res.status >= 400) expect(res.headers.get('content-type')).toBe('application/problem+json');
  return { status: res.status, headers: res.headers, body: parsed as T, text };
}

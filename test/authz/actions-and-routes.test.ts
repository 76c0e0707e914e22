/**
 * The authorization matrix for server actions and route handlers, on a real database: every
 * row of test/authz/matrix.ts × the five personas × departments A and B — refused callers get
 * the forbidden/notFound answer (routes: 401/404 problem+json) and change nothing; allowed ones
 * succeed; no answer carries the other department's data. Then cross-department tampering:
 * people allowed in A naming A with an id of B's are refused and change nothing.
 */
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLIENT_ADDRESS_HEADER, markServedByPuenteServer } from '../../lib/client-ip';
import { stopDeliveryNotifications } from '../../lib/realtime/delivery-notifications';
import { resetEnvCache } from '../../lib/env';
import { buildWorld, PERSONAS, type PersonaName, type World } from '../personas';
import { fingerprint, leaked, markersOf, NotFoundSignal, prepare, RedirectSignal, ROOT, serialize, signInAs } from './harness';
import { ACTIONS, allows, isDepartmentScoped, paramsFor, ROUTES, type ActionRow, type RouteRow } from './matrix';

vi.mock('../../lib/auth/session', async () => {
  const h = await import('./harness');
  return { getViewer: h.currentViewer };
});
vi.mock('next/cache', async () => (await import('./harness')).nextCacheMock());
vi.mock('next/headers', async () => (await import('./harness')).nextHeadersMock());
vi.mock('next/navigation', async (importOriginal) => (await import('./harness')).nextNavigationMock(await importOriginal()));

beforeAll(() => {
  markServedByPuenteServer();
  process.env.PUENTE_ENGINE = 'off';
  process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS = '0';
  resetEnvCache();
});
afterAll(async () => {
  await stopDeliveryNotifications();
});

type Dept = 'a' | 'b';
const other = (d: Dept): Dept => (d === 'a' ? 'b' : 'a');
const label = (p: PersonaName, d: Dept) => `${p} → ${d.toUpperCase()}`;

// ---------------------------------------------------------------- calling

type Outcome =
  | { kind: 'result'; value: { status: string; error?: string; message?: string; data?: unknown } | undefined }
  | { kind: 'redirect'; url: string }
  | { kind: 'notFound' };

async function load(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ `${ROOT}/${file}`)) as Record<string, unknown>;
}

async function callAction(row: ActionRow, form: FormData): Promise<Outcome> {
  const fn = (await load(row.file))[row.export];
  if (typeof fn !== 'function') throw new Error(`${row.file} exports no function ${row.export}`);
  try {
    const value = (await (row.arity === 1 ? fn(form) : fn({ status: 'idle' }, form))) as Extract<Outcome, { kind: 'result' }>['value'];
    return { kind: 'result', value };
  } catch (e) {
    if (e instanceof RedirectSignal) return { kind: 'redirect', url: e.url };
    if (e instanceof NotFoundSignal) return { kind: 'notFound' };
    throw e;
  }
}

interface RouteAnswer {
  status: number;
  contentType: string;
  body: string;
}

async function callRoute(row: RouteRow, url: string): Promise<RouteAnswer> {
  const fn = (await load(row.file))[row.method];
  if (typeof fn !== 'function') throw new Error(`${row.file} exports no ${row.method}`);
  const params = paramsFor(row.file, url);
  if (!params) throw new Error(`${url} is not served by ${row.file}`);
  const abort = new AbortController();
  const request = new NextRequest(new URL(url, 'http://localhost'), { method: row.method, signal: abort.signal, headers: { [CLIENT_ADDRESS_HEADER]: '203.0.113.9' } });
  const res = (await fn(request, { params: Promise.resolve(params) })) as Response;
  let body: string;
  if (row.stream && res.ok && res.body) {
    const reader = res.body.getReader();
    const first = await reader.read();
    body = new TextDecoder().decode(first.value);
    abort.abort();
    await reader.cancel();
  } else {
    body = await res.text();
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body };
}

const refused = (o: Outcome) => o.kind === 'result' && o.value?.status === 'error' && (o.value.error === 'forbidden' || o.value.error === 'notFound');
const succeeded = (o: Outcome) => o.kind === 'redirect' || (o.kind === 'result' && o.value?.status === 'ok');

/** A fresh world per call: actions write, and each case must start from the same state. */
async function scene(row: ActionRow | RouteRow, persona: PersonaName, prepareDepts: Dept[]) {
  const world = await buildWorld();
  for (const d of prepareDepts) if (row.kind === 'action') await prepare(row.prepare?.(world[d]));
  signInAs(world, persona);
  return world;
}

async function othersMarkers(world: World, d: Dept) {
  return markersOf(world[other(d)]);
}

// ---------------------------------------------------------------- server actions

describe.each(ACTIONS.map((r) => [`${r.export} (${r.file})`, r] as const))('server action %s', (_name, row) => {
  const depts: Dept[] = isDepartmentScoped(row) ? ['a', 'b'] : ['a'];
  const cases = PERSONAS.flatMap((p) => depts.map((d) => [label(p, d), p, d] as const));

  it.each(cases)('%s', async (_l, persona, d) => {
    const world = await scene(row, persona, [d]);
    const before = await fingerprint();
    const outcome = await callAction(row, row.form(world[d].slug, world[d]));
    const after = await fingerprint();

    if (allows(row.minRole, persona, d)) {
      expect(succeeded(outcome), `expected success, got ${serialize(outcome)}`).toBe(true);
      if (row.writes !== false) expect(after, 'an allowed act writes (at least its audit entry)').not.toEqual(before);
    } else {
      expect(refused(outcome), `expected a refusal, got ${serialize(outcome)}`).toBe(true);
      expect(after, 'a refused act must change nothing').toEqual(before);
    }
    if (isDepartmentScoped(row)) expect(leaked(serialize(outcome), await othersMarkers(world, d))).toEqual([]);
  });

  if (row.foreignIds) {
    const allowedInA = PERSONAS.filter((p) => p !== 'anonymous' && allows(row.minRole, p, 'a'));
    it.each(allowedInA)(`%s naming department A with B's ids is refused (${row.foreignIds}) and changes nothing`, async (persona) => {
      const world = await scene(row, persona, ['a', 'b']);
      const before = await fingerprint();
      const outcome = await callAction(row, row.form(world.a.slug, world.b));
      expect(await fingerprint(), 'a tampered act must change nothing').toEqual(before);
      expect(outcome.kind).toBe('result');
      if (outcome.kind === 'result') expect(outcome.value).toMatchObject({ status: 'error', error: row.foreignIds });
      expect(leaked(serialize(outcome), await markersOf(world.b))).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------- route handlers

describe.each(ROUTES.map((r) => [`${r.method} ${r.file}`, r] as const))('route %s', (_name, row) => {
  const cases = PERSONAS.flatMap((p) => (['a', 'b'] as const).map((d) => [label(p, d), p, d] as const));

  it.each(cases)('%s', async (_l, persona, d) => {
    const world = await scene(row, persona, [d]);
    const before = await fingerprint();
    const answer = await callRoute(row, row.url(world[d].slug, world[d]));
    const after = await fingerprint();

    if (allows(row.minRole, persona, d)) {
      expect(answer.status, answer.body).toBe(200);
      if (row.shows) expect(answer.body).toContain(row.shows(world[d]));
      if (row.writes) expect(after).not.toEqual(before);
      else expect(after, 'reading must not write').toEqual(before);
    } else {
      const denied = row.denied ?? { anonymous: 401, signedIn: 404 };
      expect(answer.status, answer.body).toBe(persona === 'anonymous' ? denied.anonymous : denied.signedIn);
      expect(answer.contentType).toContain('application/problem+json');
      expect(after, 'a refused call must change nothing').toEqual(before);
      expect(leaked(answer.body, await markersOf(world[d]))).toEqual([]);
    }
    // A platform admin's platform-wide route (the whole audit log) shows every department by design.
    if (isDepartmentScoped(row) || !allows(row.minRole, persona, d)) expect(leaked(answer.body, await othersMarkers(world, d))).toEqual([]);
  });

  if (row.foreignIds) {
    const allowedInA = PERSONAS.filter((p) => p !== 'anonymous' && allows(row.minRole, p, 'a'));
    it.each(allowedInA)(`%s naming department A with B's ids gets ${row.foreignIds === 'ignored' ? 'none of B' : '404'}`, async (persona) => {
      const world = await scene(row, persona, ['a', 'b']);
      const before = await fingerprint();
      const answer = await callRoute(row, row.url(world.a.slug, world.b));
      expect(answer.status, answer.body).toBe(row.foreignIds === 'ignored' ? 200 : 404);
      expect(leaked(answer.body, await markersOf(world.b))).toEqual([]);
      if (!row.writes) expect(await fingerprint()).toEqual(before);
    });
  }
});

// ---------------------------------------------------------------- what the matrix cannot say in one row

describe('mixed ids', () => {
  it("an admin of A cannot point A's webhook at B's program", async () => {
    const row = ACTIONS.find((r) => r.export === 'updateWebhookAction')!;
    const world = await scene(row, 'adminA', ['a']);
    const form = row.form(world.a.slug, world.a);
    form.set('programsMode', 'chosen');
    form.append('programIds', world.b.programId);
    const before = await fingerprint();
    const outcome = await callAction(row, form);
    expect(outcome).toMatchObject({ kind: 'result', value: { status: 'error', error: 'invalid', fieldErrors: { programIds: expect.any(String) } } });
    expect(await fingerprint()).toEqual(before);
  });

  it("the lead export of A never lists B's lead, whatever the search", async () => {
    const row = ROUTES.find((r) => r.file.endsWith('leads/export/route.ts'))!;
    const world = await scene(row, 'staffA', []);
    const answer = await callRoute(row, `${row.url(world.a.slug, world.a)}?q=${encodeURIComponent('Bruno Beta')}`);
    expect(answer.status).toBe(200);
    expect(answer.body).not.toContain('Bruno');
    expect(leaked(answer.body, await markersOf(world.b))).toEqual([]);
  });
});

/**
 * Every dashboard page of the matrix guards itself, whatever its layout does: the page
 * component, called as Next.js calls it, for each persona × department A and B. A refused
 * persona gets notFound() (or, on a page that needs only a session, the redirect to /login);
 * an allowed one gets the page, whose props carry nothing of the other department — and,
 * aimed at A with B's ids, nothing of B. The browser version is e2e/authz-pages.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resetEnvCache } from '../../lib/env';
import { buildWorld, PERSONAS, type PersonaName } from '../personas';
import { leaked, markersOf, NotFoundSignal, RedirectSignal, ROOT, serialize, signInAs } from './harness';
import { allows, isDepartmentScoped, PAGES, paramsFor, type PageRow } from './matrix';

vi.mock('../../lib/auth/session', async () => {
  const h = await import('./harness');
  return { getViewer: h.currentViewer };
});
vi.mock('next/cache', async () => (await import('./harness')).nextCacheMock());
vi.mock('next/headers', async () => (await import('./harness')).nextHeadersMock());
vi.mock('next/navigation', async (importOriginal) => (await import('./harness')).nextNavigationMock(await importOriginal()));

const env = { ...process.env };
beforeAll(() => {
  process.env.PUENTE_ENGINE = 'off';
  resetEnvCache();
});
afterAll(() => {
  process.env = env;
});

type Rendered = { kind: 'page'; json: string } | { kind: 'redirect'; url: string } | { kind: 'notFound' };

async function render(row: PageRow, url: string): Promise<Rendered> {
  const mod = (await import(/* @vite-ignore */ `${ROOT}/${row.file}`)) as { default: (props: unknown) => unknown };
  const params = paramsFor(row.file, url);
  if (!params) throw new Error(`${url} is not served by ${row.file}`);
  const searchParams = Object.fromEntries(new URL(url, 'http://localhost').searchParams);
  try {
    const element = await mod.default({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) });
    return { kind: 'page', json: serialize(element) };
  } catch (e) {
    if (e instanceof RedirectSignal) return { kind: 'redirect', url: e.url };
    if (e instanceof NotFoundSignal) return { kind: 'notFound' };
    throw e;
  }
}

const describeOutcome = (r: Rendered) => (r.kind === 'page' ? 'the page' : r.kind === 'redirect' ? `a redirect to ${r.url}` : 'notFound()');

describe.each(PAGES.map((r) => [r.file, r] as const))('page %s', (_file, row) => {
  const depts = isDepartmentScoped(row) ? (['a', 'b'] as const) : (['a'] as const);
  const cases = PERSONAS.flatMap((p) => depts.map((d) => [`${p} → ${d.toUpperCase()}`, p, d] as const));

  it.each(cases)('%s', async (_l, persona: PersonaName, d) => {
    const world = await buildWorld();
    signInAs(world, persona);
    const r = await render(row, row.url(world[d].slug, world[d]));

    if (row.redirectsTo) {
      // It only forwards; the target's own guard decides (its row is tested too).
      expect(r).toEqual({ kind: 'redirect', url: row.redirectsTo(world[d].slug, world[d]) });
      return;
    }
    if (allows(row.minRole, persona, d)) {
      expect(r.kind, describeOutcome(r)).not.toBe('notFound');
      if (r.kind === 'redirect') expect(r.url).not.toMatch(/^\/login/);
      if (r.kind === 'page' && row.testId) expect(r.json).toContain(`"data-testid":"${row.testId}"`);
    } else if (persona === 'anonymous' && row.minRole === 'signedIn') {
      expect(r.kind === 'redirect' && r.url.startsWith('/login'), describeOutcome(r)).toBe(true);
    } else {
      expect(r, describeOutcome(r)).toEqual({ kind: 'notFound' });
    }
    // Aimed at one department, a page shows nothing of the other; a page of no department
    // (the home page) shows nothing of a department the persona is not in.
    const json = r.kind === 'page' ? r.json : r.kind === 'redirect' ? r.url : '';
    const foreign = isDepartmentScoped(row) ? [d === 'a' ? 'b' : 'a'] : (['a', 'b'] as const).filter((x) => !allows('staff', persona, x));
    for (const x of foreign) expect(leaked(json, await markersOf(world[x as 'a' | 'b'])), `data of ${x.toUpperCase()}`).toEqual([]);
  });

  if (row.foreignIds) {
    const allowedInA = PERSONAS.filter((p) => p !== 'anonymous' && allows(row.minRole, p, 'a'));
    it.each(allowedInA)(`%s opening department A with B's ids gets ${row.foreignIds === 'ignored' ? 'none of B' : 'notFound()'}`, async (persona) => {
      const world = await buildWorld();
      signInAs(world, persona);
      const r = await render(row, row.url(world.a.slug, world.b));
      if (row.foreignIds === 'notFound') expect(r, describeOutcome(r)).toEqual({ kind: 'notFound' });
      else expect(r.kind).toBe('page');
      // The ids the visitor typed may be echoed back (a filter form shows its values); nothing else of B may appear.
      const url = row.url(world.a.slug, world.b);
      if (r.kind === 'page') expect(leaked(r.json, (await markersOf(world.b)).filter((m) => !url.includes(m)))).toEqual([]);
    });
  }
});

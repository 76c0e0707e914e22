/**
 * Every entry point has a row in the authorization matrix (test/authz/matrix.ts): each server
 * action exported from a 'use server' file under app/actions, each HTTP method of each
 * route.ts under app/ (minus the documented exclusions), each page.tsx under app/(dashboard).
 * A failure names exactly what is missing, so the fix is to add those rows. And every server
 * action is made by the action wrapper (lib/actions/action.ts), letting in exactly the role
 * its row says: an action that checks its caller by itself, around the wrapper, fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { departmentAction, enforcedRole } from '../../lib/actions/action';
import { ROOT } from './harness';
import { ACTIONS, EXCLUDED, MATRIX, PAGES, paramsFor, ROUTES } from './matrix';

function walk(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  return readdirSync(abs, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(`${dir}/${e.name}`) : e.isFile() ? [`${dir}/${e.name}`] : [],
  );
}

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** A module-level 'use server' directive: the first statement, after comments. */
function isServerModule(source: string): boolean {
  const code = source.replace(/^(\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*/, '');
  return /^['"]use server['"]/.test(code);
}

/** Names a module exports as functions or constants (server actions, HTTP methods). */
function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)) names.add(m[1]!);
  for (const m of source.matchAll(/export\s+const\s+(\w+)\s*=/g)) names.add(m[1]!);
  for (const m of source.matchAll(/export\s+const\s+\{([^}]*)\}\s*=/g)) for (const n of m[1]!.split(',')) names.add(n.split(':').pop()!.trim());
  for (const m of source.matchAll(/export\s+\{([^}]*)\}/g)) for (const n of m[1]!.split(',')) names.add(n.split(/\s+as\s+/).pop()!.trim());
  names.delete('');
  return [...names];
}

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const ROUTE_CONFIG = new Set(['dynamic', 'runtime', 'revalidate', 'fetchCache', 'preferredRegion', 'maxDuration', 'dynamicParams']);

const excluded = (file: string) => EXCLUDED.some((x) => file.startsWith(x.prefix));

const serverActionFiles = () =>
  walk('app/actions')
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .filter((f) => isServerModule(read(f)));

/** What is wrong with a server action module's exports: not made by the wrapper, another role than the matrix row, or unseen by the source scan. */
function wrapperProblems(file: string, mod: Record<string, unknown>, scanned: string[]): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(mod)) {
    if (!scanned.includes(name)) problems.push(`${file}  export ${name} is not seen by the source scan`);
    const role = enforcedRole(value);
    const row = ACTIONS.find((r) => r.file === file && r.export === name);
    if (!role) problems.push(`${file}  export ${name} is not made by lib/actions/action.ts (departmentAction, platformAction, accountAction, publicAction)`);
    else if (row && row.minRole !== role) problems.push(`${file}  export ${name} lets in ${role}, its matrix row says ${row.minRole}`);
  }
  return problems;
}

describe('the authorization matrix', () => {
  it('has a row for every server action, route handler and dashboard page', () => {
    const missing: string[] = [];

    for (const file of serverActionFiles()) {
      for (const name of exportedNames(read(file))) {
        if (!ACTIONS.some((r) => r.file === file && r.export === name)) missing.push(`action  ${file}  export ${name}`);
      }
    }

    for (const file of walk('app').filter((f) => /\/route\.tsx?$/.test(f) && !excluded(f))) {
      const methods = exportedNames(read(file)).filter((n) => HTTP_METHODS.includes(n));
      for (const method of methods) {
        if (!ROUTES.some((r) => r.file === file && r.method === method)) missing.push(`route   ${file}  ${method}`);
      }
    }

    for (const file of walk('app/(dashboard)').filter((f) => /\/page\.tsx?$/.test(f))) {
      if (!PAGES.some((r) => r.file === file)) missing.push(`page    ${file}`);
    }

    expect(missing, `Add a row to test/authz/matrix.ts for each of:\n  ${missing.join('\n  ')}\n`).toEqual([]);
  });

  it('sees every server action made by the action wrapper, with the role its row says', async () => {
    const problems: string[] = [];
    for (const file of serverActionFiles()) {
      const mod = (await import(/* @vite-ignore */ `${ROOT}/${file}`)) as Record<string, unknown>;
      problems.push(...wrapperProblems(file, mod, exportedNames(read(file))));
    }
    expect(problems).toEqual([]);
  });

  it('would fail for an action written around the wrapper, or one letting in another role than its row', () => {
    const row = ACTIONS.find((r) => r.minRole === 'admin')!;
    const bare = async () => ({ status: 'ok' });
    const staff = departmentAction({ name: 'x', role: 'staff' }, async () => ({ status: 'ok' }));
    expect(wrapperProblems(row.file, { [row.export]: bare }, [row.export])).toEqual([expect.stringContaining('is not made by lib/actions/action.ts')]);
    expect(wrapperProblems(row.file, { [row.export]: staff }, [row.export])).toEqual([expect.stringContaining('lets in staff, its matrix row says admin')]);
    expect(wrapperProblems(row.file, { [row.export]: staff, hidden: staff }, [row.export])).toContainEqual(expect.stringContaining('export hidden is not seen by the source scan'));
  });

  it('names only files and exports that exist, each once', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const row of MATRIX) {
      const key = `${row.kind} ${row.file} ${row.kind === 'action' ? row.export : row.kind === 'route' ? row.method : ''}`;
      if (seen.has(key)) problems.push(`duplicate row: ${key}`);
      seen.add(key);
      let source: string;
      try {
        source = read(row.file);
      } catch {
        problems.push(`no such file: ${row.file}`);
        continue;
      }
      const names = exportedNames(source);
      if (row.kind === 'action' && (!isServerModule(source) || !names.includes(row.export))) problems.push(`${row.file} has no server action ${row.export}`);
      if (row.kind === 'route' && !names.includes(row.method)) problems.push(`${row.file} exports no ${row.method}`);
      if (row.kind === 'route' && names.some((n) => !HTTP_METHODS.includes(n) && !ROUTE_CONFIG.has(n))) problems.push(`${row.file} exports something unexpected`);
      if (row.kind === 'page' && !/export\s+default/.test(source)) problems.push(`${row.file} has no default export`);
      if (row.kind !== 'action' && excluded(row.file)) problems.push(`${row.file} is both excluded and in the matrix`);
    }
    expect(problems).toEqual([]);
  });

  it("points every page and route row's URL at its own file", () => {
    const ids = {
      slug: 'dep-x',
      id: '00000000-0000-4000-8000-000000000001',
      programId: '00000000-0000-4000-8000-000000000002',
      webhookId: '00000000-0000-4000-8000-000000000003',
      webhookUrl: 'https://x.example.com/hook',
      leadId: '00000000-0000-4000-8000-000000000004',
      leadName: 'X',
      deliveryId: '00000000-0000-4000-8000-000000000005',
    };
    const wrong = [...ROUTES, ...PAGES].filter((r) => paramsFor(r.file, r.url(ids.slug, ids)) === null).map((r) => `${r.file}: ${r.url(ids.slug, ids)}`);
    expect(wrong).toEqual([]);
    for (const p of PAGES) {
      if (!p.redirectsTo) continue;
      const target = p.redirectsTo(ids.slug, ids);
      expect(PAGES.some((q) => q !== p && paramsFor(q.file, target)), `${p.file} redirects to ${target}, which has no row`).toBe(true);
    }
  });
});

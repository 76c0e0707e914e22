/**
 * The authorization matrix of REST API v1: every route method under app/api/v1/departments ×
 * every kind of caller — no token, a revoked one, an expired one (401), department B's write
 * token (404, word for word a missing department), A's read token (403 on writes), A's write
 * token (allowed). A refused call changes no table. Completeness: every route method has a row
 * here, and each row's scope is the one its route file gives `v1Route`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db/client';
import { apiTokens } from '../../db/schema';
import { createApiToken } from '../../lib/api/tokens';
import { api } from '../api/client';
import { buildWorld, type World, type WorldDepartment } from '../personas';
import { fingerprint, leaked, markersOf, ROOT } from './harness';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

interface ApiRow {
  method: Method;
  /** Relative to /api/v1, with {slug}, {id} and {deliveryId}. */
  template: string;
  scope: 'read' | 'write';
  body?: (d: WorldDepartment) => unknown;
}

export const API_ROWS: ApiRow[] = [
  { method: 'GET', template: '/departments/{slug}/hooks', scope: 'read' },
  { method: 'POST', template: '/departments/{slug}/hooks', scope: 'write', body: () => ({ config: { url: 'https://new.example.com/hook' } }) },
  { method: 'GET', template: '/departments/{slug}/hooks/{id}', scope: 'read' },
  { method: 'PATCH', template: '/departments/{slug}/hooks/{id}', scope: 'write', body: () => ({ description: 'changed' }) },
  { method: 'DELETE', template: '/departments/{slug}/hooks/{id}', scope: 'write' },
  { method: 'GET', template: '/departments/{slug}/hooks/{id}/config', scope: 'read' },
  { method: 'POST', template: '/departments/{slug}/hooks/{id}/pings', scope: 'write' },
  { method: 'POST', template: '/departments/{slug}/hooks/{id}/test', scope: 'write' },
  { method: 'POST', template: '/departments/{slug}/hooks/{id}/recover', scope: 'write', body: () => ({ since: new Date(Date.now() - 3600_000).toISOString() }) },
  { method: 'GET', template: '/departments/{slug}/hooks/{id}/deliveries', scope: 'read' },
  { method: 'GET', template: '/departments/{slug}/hooks/{id}/deliveries/{deliveryId}', scope: 'read' },
  { method: 'GET', template: '/departments/{slug}/hooks/{id}/deliveries/{deliveryId}/attempts', scope: 'read' },
  { method: 'POST', template: '/departments/{slug}/hooks/{id}/deliveries/{deliveryId}/attempts', scope: 'write' },
  { method: 'GET', template: '/departments/{slug}/leads', scope: 'read' },
  { method: 'GET', template: '/departments/{slug}/event-types', scope: 'read' },
];

/** Every table but the token's bookkeeping (its rate-limit counter and last use), which a refused call may touch. */
async function dataFingerprint(): Promise<Record<string, string>> {
  const all = await fingerprint();
  delete all['public.rate_limits'];
  delete all['public.api_tokens'];
  return all;
}

const urlOf = (row: ApiRow, slug: string, ids: WorldDepartment) =>
  row.template.replace('{slug}', slug).replace('{id}', ids.webhookId).replace('{deliveryId}', ids.deliveryId);

describe('the API matrix', () => {
  it('has a row for every route method under app/api/v1/departments, with the scope its route file enforces', () => {
    const walk = (dir: string): string[] =>
      readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : e.name === 'route.ts' ? [`${dir}/${e.name}`] : []));
    const problems: string[] = [];
    for (const file of walk('app/api/v1/departments')) {
      const template = file.replace('app/api/v1', '').replace('/route.ts', '').replace(/\[(\w+)\]/g, '{$1}');
      for (const m of readFileSync(path.join(ROOT, file), 'utf8').matchAll(/export const (GET|POST|PATCH|PUT|DELETE) = v1Route\('(read|write)'/g)) {
        const row = API_ROWS.find((r) => r.template === template && r.method === m[1]);
        if (!row) problems.push(`missing row: ${m[1]} ${template}`);
        else if (row.scope !== m[2]) problems.push(`${m[1]} ${template}: the route enforces ${m[2]}, the row says ${row.scope}`);
      }
      const exported = [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/export const (GET|POST|PATCH|PUT|DELETE) =/g)].length;
      const wrapped = [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/export const (GET|POST|PATCH|PUT|DELETE) = v1Route\(/g)].length;
      if (exported !== wrapped) problems.push(`${file}: a method not made by v1Route (lib/api/route.ts)`);
    }
    expect(problems).toEqual([]);
  });

  describe('every route × every caller', () => {
    let world: World;
    let markersA: string[];
    let markersB: string[];
    const tokens = { readA: '', writeA: '', writeB: '', revokedA: '', expiredA: '' };
    beforeAll(async () => {
      world = await buildWorld();
      markersA = await markersOf(world.a);
      markersB = await markersOf(world.b);
      const actor = { email: 'setup@example.com' };
      tokens.readA = (await createApiToken(db, world.a.id, { name: 'read', scope: 'read', expiresIn: 'never' }, actor)).token;
      tokens.writeA = (await createApiToken(db, world.a.id, { name: 'write', scope: 'write', expiresIn: 'never' }, actor)).token;
      tokens.writeB = (await createApiToken(db, world.b.id, { name: 'b', scope: 'write', expiresIn: 'never' }, actor)).token;
      const revoked = await createApiToken(db, world.a.id, { name: 'revoked', scope: 'write', expiresIn: 'never' }, actor);
      await db.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, revoked.view.id));
      tokens.revokedA = revoked.token;
      tokens.expiredA = (await createApiToken(db, world.a.id, { name: 'expired', scope: 'write', expiresIn: '7' }, actor, new Date(Date.now() - 30 * 86_400_000))).token;
    });

    // Rows that delete go last, so the others still find the hook.
    const ordered = [...API_ROWS].sort((x, y) => Number(x.method === 'DELETE') - Number(y.method === 'DELETE'));
    for (const row of ordered) {
      it(`${row.method} ${row.template}`, async () => {
        const url = urlOf(row, world.a.slug, world.a);
        const body = row.body?.(world.a);
        const refusals: [string | null, number][] = [
          [null, 401],
          [tokens.revokedA, 401],
          [tokens.expiredA, 401],
          [tokens.writeB, 404],
          ...(row.scope === 'write' ? ([[tokens.readA, 403]] as [string, number][]) : []),
        ];
        // B's token naming B's own department with A's ids answers like missing ids, too.
        const crossIds = urlOf(row, world.b.slug, world.a);
        for (const [token, status] of refusals) {
          const before = await dataFingerprint();
          const r = await api(row.method, url, { token, body });
          expect(r.status, `${token ? token.slice(0, 8) : 'no token'} → ${row.method} ${url}`).toBe(status);
          expect(await dataFingerprint(), 'a refused call changed a table').toEqual(before);
          expect(leaked(r.text, markersA)).toEqual([]);
        }
        if (row.template.includes('{id}')) {
          const r = await api(row.method, crossIds, { token: tokens.writeB, body });
          expect(r.status).toBe(404);
          expect(leaked(r.text, markersA)).toEqual([]);
        }
        const allowed = await api(row.method, url, { token: row.scope === 'read' ? tokens.readA : tokens.writeA, body });
        expect(allowed.status, allowed.text).toBeLessThan(300);
        // B's data never shows in A's answers.
        expect(leaked(allowed.text, markersB)).toEqual([]);
      });
    }
  });
});

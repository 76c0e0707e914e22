import { randomBytes, randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { hashPassword } from '../lib/auth/passwords';
import { allows, isDepartmentScoped, PAGES, ROUTES, type PageRow } from '../test/authz/matrix';
import type { PersonaName, WorldDepartment } from '../test/personas';
import { e2eSql } from './db';
import { e2eEncryptionKey, seedDepartment } from './seed-world';

// The authorization matrix in a real Chromium, signed in through the real login page: every
// dashboard page of test/authz/matrix.ts (the same rows the vitest matrix uses) × the five
// personas × departments A and B. Allowed → the page; refused → the same 404 as a department
// that does not exist; anonymous → /login. And no page the people of A can open carries B's
// marker data — in the text or in the page's HTML (which includes the RSC payload). The
// matrix's GET route handlers get the same check with the browser's real session cookie.

const suffix = randomBytes(3).toString('hex');
const PASSWORD = 'authz-matrix-password-2026';
const MARKER_B = { leadName: 'MarkerB', url: 'https://b-secret-marker.example.com/hook' };
const MARKER_A = { leadName: 'VisibleA', url: 'https://a-visible.example.com/hook' };
const SIGNED_IN: Exclude<PersonaName, 'anonymous'>[] = ['staffA', 'adminA', 'staffB', 'platformAdmin'];
const email = (p: PersonaName) => `authz-${p.toLowerCase()}-${suffix}@example.com`;

let world: { a: WorldDepartment; b: WorldDepartment };

test.beforeAll(async () => {
  const encryptionKey = e2eEncryptionKey();
  const sql = e2eSql();
  try {
    const a = await seedDepartment(sql, { name: 'authz', key: 'a', suffix, marker: MARKER_A, encryptionKey });
    const b = await seedDepartment(sql, { name: 'authz', key: 'b', suffix, marker: MARKER_B, encryptionKey });
    world = { a, b };
    const hash = await hashPassword(PASSWORD);
    const users = await sql<{ id: string; email: string }[]>`
      insert into users ${sql(SIGNED_IN.map((p) => ({ email: email(p), name: `Authz ${p}`, password_hash: hash, role: p === 'platformAdmin' ? 'admin' : 'user' })))}
      returning id, email`;
    const id = (p: PersonaName) => users.find((u) => u.email === email(p))!.id;
    await sql`
      insert into memberships ${sql([
        { user_id: id('staffA'), department_id: a.id, role: 'staff' },
        { user_id: id('adminA'), department_id: a.id, role: 'admin' },
        { user_id: id('staffB'), department_id: b.id, role: 'staff' },
      ])}`;
  } finally {
    await sql.end();
  }
});

async function signIn(page: Page, persona: PersonaName): Promise<void> {
  if (persona === 'anonymous') return;
  await page.goto('/login');
  await page.getByLabel('Correo electrónico', { exact: true }).fill(email(persona));
  await page.getByLabel('Contraseña', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expect(page).toHaveURL((u) => u.pathname.startsWith('/dashboard'));
}

interface Visit {
  status: number;
  pathname: string;
  text: string;
  html: string;
}

async function visit(page: Page, url: string): Promise<Visit> {
  const res = await page.goto(url);
  // Every answer here — a page, the 404, the login form — has a heading; wait until it is painted.
  await page.locator('h1').first().waitFor();
  return {
    status: res?.status() ?? 0,
    pathname: new URL(page.url()).pathname,
    text: await page.locator('body').innerText(),
    html: await page.content(),
  };
}

/** What a random department and random ids answer: the page refused people must get, word for word. */
async function notFoundAnswer(page: Page, row: PageRow): Promise<Visit> {
  const nobody: WorldDepartment = {
    ...world.a,
    slug: `no-such-${suffix}`,
    id: randomUUID(),
    programId: randomUUID(),
    webhookId: randomUUID(),
    leadId: randomUUID(),
    deliveryId: randomUUID(),
  };
  return visit(page, row.url(nobody.slug, nobody));
}

/** Strings of a department nobody outside it may see. */
const secretsOf = (d: 'a' | 'b') => {
  const m = d === 'a' ? MARKER_A : MARKER_B;
  return [m.leadName, new URL(m.url).hostname, world[d].slug, world[d].webhookId, world[d].leadId, world[d].deliveryId];
};

function expectNoneOf(v: Visit, secrets: string[], where: string) {
  for (const s of secrets) {
    expect(v.text, `${where}: text shows ${s}`).not.toContain(s);
    expect(v.html, `${where}: HTML carries ${s}`).not.toContain(s);
  }
}

for (const persona of ['anonymous', ...SIGNED_IN] as PersonaName[]) {
  test(`dashboard pages as ${persona}`, async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, persona);

    for (const row of PAGES) {
      for (const d of isDepartmentScoped(row) ? (['a', 'b'] as const) : (['a'] as const)) {
        const url = row.url(world[d].slug, world[d]);
        const where = `${persona} ${url}`;
        const v = await visit(page, url);

        if (allows(row.minRole, persona, d)) {
          expect(v.status, where).toBe(200);
          if (row.minRole !== 'public') expect(v.pathname, where).not.toBe('/login');
          if (row.testId) await expect(page.getByTestId(row.testId), where).toBeVisible();
        } else if (persona === 'anonymous') {
          expect(v.pathname, where).toBe('/login');
          if (isDepartmentScoped(row)) expect((await notFoundAnswer(page, row)).pathname, `${where}: a missing department`).toBe('/login');
        } else {
          expect(v.status, where).toBe(404);
          const nothing = await notFoundAnswer(page, row);
          expect(nothing.status).toBe(404);
          expect(v.text, `${where} answers differently from a department that does not exist`).toBe(nothing.text);
        }

        // What each persona may never see: B's data for A's people, A's for B's, both for anonymous.
        // (What the visitor typed into the address may come back, e.g. in the router state.)
        for (const other of ['a', 'b'] as const) {
          if (!allows('staff', persona, other) || (isDepartmentScoped(row) && other !== d)) {
            expectNoneOf(
              v,
              secretsOf(other).filter((s) => !url.includes(s)),
              where,
            );
          }
        }
      }

      // Allowed in A, naming A with B's ids.
      if (row.foreignIds && persona !== 'anonymous' && allows(row.minRole, persona, 'a')) {
        const url = row.url(world.a.slug, world.b);
        const v = await visit(page, url);
        const where = `${persona} ${url} (B's ids)`;
        if (row.foreignIds === 'notFound') {
          expect(v.status, where).toBe(404);
          expect(v.text, where).toBe((await notFoundAnswer(page, row)).text);
        } else {
          expect(v.status, where).toBe(200);
        }
        expectNoneOf(
          v,
          secretsOf('b').filter((s) => !url.includes(s)),
          where,
        );
      }
    }

    // The route handlers too, with the browser's real session cookie (streams excepted: they never end).
    for (const row of ROUTES.filter((r) => !r.stream && r.method === 'GET')) {
      for (const d of isDepartmentScoped(row) ? (['a', 'b'] as const) : (['a'] as const)) {
        const url = row.url(world[d].slug, world[d]);
        const where = `${persona} GET ${url}`;
        const res = await page.request.get(url, { maxRedirects: 0 });
        const denied = row.denied ?? { anonymous: 401, signedIn: 404 };
        expect(res.status(), where).toBe(allows(row.minRole, persona, d) ? 200 : persona === 'anonymous' ? denied.anonymous : denied.signedIn);
        const body = await res.text();
        if (allows(row.minRole, persona, d) && row.shows) expect(body, where).toContain(row.shows(world[d]));
        for (const other of ['a', 'b'] as const) {
          if (!allows('staff', persona, other) || (isDepartmentScoped(row) && other !== d)) {
            for (const s of secretsOf(other).filter((x) => !url.includes(x))) expect(body, `${where} carries ${s}`).not.toContain(s);
          }
        }
      }
    }

    // The check above can see a marker: B's own staff do see it.
    if (persona === 'staffB' || persona === 'platformAdmin') {
      await visit(page, `/dashboard/${world.b.slug}/leads`);
      await expect(page.locator('main')).toContainText(MARKER_B.leadName);
      await visit(page, `/dashboard/${world.b.slug}/webhooks`);
      await expect(page.locator('main')).toContainText(new URL(MARKER_B.url).hostname);
    }
  });
}

/**
 * What the exploratory QA pass found and fixed, kept fixed: every page has its own <title>,
 * one <h1> and one <main>; the dashboard says which language it speaks; nothing makes the
 * whole page scroll sideways on a 390 px phone (wide tables scroll inside their own box);
 * sign-in is no dead end; and no page logs an error in the browser console.
 *
 * Every page of the walk is also served under the nonce-based Content-Security-Policy and runs
 * without a single violation, the live delivery log and form submissions included (e2e/csp-watch.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { watchCsp, type CspWatch } from './csp-watch';
import { DEMO_PASSWORD, submitLead } from './journey-steps';

async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Correo electrónico', { exact: true }).fill(email);
  await page.getByLabel('Contraseña', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Console errors, except the one Chromium logs for a page that is itself meant to be a 404 (a missing icon still counts). */
function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // CSP messages are the CSP watch's to report, with their own explanation.
    if (/Content.Security.Policy/i.test(m.text())) return;
    if (/status of 404/.test(m.text()) && m.location().url === page.url()) return;
    errors.push(`${page.url()}: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return errors;
}

/** After a walk: every document was checked, none had a policy problem, nothing was blocked. */
async function expectCspClean(watch: CspWatch, documentsAtLeast: number): Promise<void> {
  await watch.settled();
  expect(watch.problems).toEqual([]);
  expect(watch.documents, 'documents whose policy was checked').toBeGreaterThanOrEqual(documentsAtLeast);
}

async function expectWellFormed(page: Page, path: string, title: RegExp): Promise<void> {
  await page.goto(path);
  await expect(page, path).toHaveTitle(title);
  await expect(page.locator('h1'), `${path} has one h1`).toHaveCount(1);
  await expect(page.locator('main'), `${path} has one main`).toHaveCount(1);
  // The whole page never scrolls sideways; a wide table scrolls inside its own container.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${path} overflows the viewport by ${overflow}px`).toBeLessThanOrEqual(0);
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a department admin: titled pages, Spanish dashboard that says so, no sideways scrolling', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const csp = await watchCsp(page);
    await signInAs(page, 'staff@bde.test');
    // The dashboard speaks the person's language, Spanish unless they chose English, and says so.
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('main').locator('xpath=ancestor-or-self::*[@lang][1]')).toHaveAttribute('lang', 'es');
    for (const [path, title] of [
      ['/dashboard/bde/webhooks', /^Webhooks · Puente$/],
      // The old in-app guide's address sends the person to the public receiver guide in their language: its tables and code scroll in their own boxes.
      ['/dashboard/bde/webhooks/receiver-guide', /^Cómo recibir los webhooks de Puente: guía para desarrolladores/],
      ['/dashboard/bde/deliveries', /^Entregas · Puente$/],
      ['/dashboard/bde/programs', /^Programas · Puente$/],
      ['/dashboard/bde/leads', /^Solicitudes · Puente$/],
      // The members table holds visually hidden text that used to widen the whole page.
      ['/dashboard/bde/members', /^Miembros · Puente$/],
      ['/dashboard/bde/audit', /^Registro de auditoría · Puente$/],
      ['/dashboard/bde/api-tokens', /^Tokens de API · Puente$/],
      ['/dashboard/account', /^Su cuenta · Puente$/],
    ] as const) {
      await expectWellFormed(page, path, title);
    }

    // The live delivery log: its event stream connects (connect-src), then a lead sent from the
    // public form in another tab arrives in it through the stream and a refetch.
    await page.goto('/dashboard/bde/deliveries');
    await expect(page.getByTestId('live-indicator').first()).toHaveAttribute('data-state', 'live');
    const applicant = await page.context().newPage();
    const errorsThere = collectConsoleErrors(applicant);
    const cspThere = await watchCsp(applicant);
    await submitLead(applicant, {
      programSlug: 'bde-microprestamos',
      name: 'Lucía Política',
      email: 'csp@example.test',
      phone: '787-555-0115',
      businessName: 'Cabecera Segura',
      municipality: 'Ponce',
    });
    await expect(page.getByTestId('delivery-log-announcer')).toContainText(/entregas? nuevas?/, { timeout: 15_000 });
    await expect(page.getByTestId('live-indicator').first()).toHaveAttribute('data-state', 'live');
    // A GET form in the dashboard: the delivery filters load a new document with a new nonce.
    // On a phone they wait behind a disclosure button until asked for (or a filter is applied).
    const filtersToggle = page.getByTestId('delivery-filters-toggle');
    await expect(filtersToggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('delivery-filters').getByLabel('Estado')).toBeHidden();
    await filtersToggle.click();
    await expect(filtersToggle).toHaveAttribute('aria-expanded', 'true');
    await page.getByTestId('delivery-filters').getByLabel('Estado').selectOption('delivered');
    await page.getByRole('button', { name: 'Aplicar filtros' }).click();
    await expect(page).toHaveURL(/[?&]status=delivered/);
    await expect(filtersToggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('live-indicator').first()).toHaveAttribute('data-state', 'live');

    expect(errors).toEqual([]);
    expect(errorsThere).toEqual([]);
    await expectCspClean(csp, 9);
    await expectCspClean(cspThere, 1);
  });

  test('the platform admin: the header fits, every admin page is titled as such', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const csp = await watchCsp(page);
    await signInAs(page, 'admin@puente.test');
    await expectWellFormed(page, '/dashboard', /^Sus departamentos · Puente$/);
    for (const [path, title] of [
      ['/admin', /^Administración · Puente$/],
      ['/admin/departments', /^Departamentos · Administración · Puente$/],
      ['/admin/users', /^Usuarios · Administración · Puente$/],
      ['/admin/allowlist', /^Lista de redes permitidas · Administración · Puente$/],
      ['/admin/audit', /^Registro de auditoría · Administración · Puente$/],
    ] as const) {
      await expectWellFormed(page, path, title);
    }
    await expect(page.getByRole('button', { name: 'Cerrar sesión' })).toBeInViewport({ ratio: 1 });
    expect(errors).toEqual([]);
    await expectCspClean(csp, 7);
  });
});

test('a 404 on the public site is titled as one, and sign-in leads back to the public site', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const csp = await watchCsp(page);
  for (const path of ['/programas/no-such-program', '/confirmacion/PR-00000-00000']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page, path).toHaveTitle(/^Página no encontrada · Puente$/);
  }
  await page.goto('/login');
  await page.getByRole('link', { name: 'Vaya al sitio público' }).click();
  await expect(page).toHaveURL((u) => u.pathname === '/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
  // The two 404s and the login page; the link back to the public site is a client-side navigation.
  await expectCspClean(csp, 3);
});

test('the public site runs under the policy: catalog, filters, a program, the lead form, the language switch', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const csp = await watchCsp(page);
  await page.goto('/');
  // A plain GET form: a new document, under its own nonce.
  await page.getByLabel('Tipo de programa').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Filtrar', exact: true }).click();
  await expect(page).toHaveURL(/[?&]kind=/);
  await page.goto('/programas/bde-microprestamos');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/register');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A server action with a redirect: the lead form, then the confirmation page.
  await submitLead(page, {
    programSlug: 'bde-garantias',
    name: 'Nonce Rivera',
    email: 'nonce@example.test',
    phone: '787-555-0116',
    businessName: 'Política Estricta',
    municipality: 'Mayagüez',
  });
  // Another server action: the language switch sets a cookie and comes back to this page.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(errors).toEqual([]);
  await expectCspClean(csp, 5);
});

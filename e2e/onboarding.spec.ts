import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { Webhook } from 'standardwebhooks';
import { e2eSql } from './db';

// A new department's whole onboarding, in a real browser: it applies on the public register
// page, waits, a platform admin approves it, its requester signs in as department admin,
// publishes a program, adds a webhook pointing at a receiver started here, and a lead an
// applicant submits on the public site reaches that receiver, signed. The staff screens are
// in Spanish, their default.

interface Hit {
  headers: Record<string, string>;
  body: string;
}

async function startReceiver() {
  const hits: Hit[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      hits.push({ headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/puente`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function signIn(browser: Browser, email: string, password: string, callbackUrl = '/dashboard'): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel('Correo electrónico', { exact: true }).fill(email);
  await page.getByLabel('Contraseña', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

test('a department applies, is approved, sets up a webhook and receives a lead from the public site', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const receiver = await startReceiver();
  const sql = e2eSql();
  const tag = Date.now().toString(36);
  const requesterEmail = `jefa-${tag}@vivienda.pr.gov`;
  const password = 'una-clave-muy-larga-2026';
  const departmentName = `Departamento de la Vivienda ${tag}`;
  const programTitle = `Techo Seguro ${tag}`;

  try {
    // 1. The public register page, in Spanish by default; a mistake first, then the fix.
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Registre su departamento' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registre su departamento');
    await page.getByLabel('Nombre del departamento o agencia').fill(departmentName);
    await page.getByLabel('Siglas').fill(`DV ${tag}`);
    await page.getByLabel('Nombre de la persona de contacto').fill('Carmen Ortiz');
    await page.getByLabel('Correo electrónico de contacto').fill(`contacto-${tag}@vivienda.pr.gov`);
    await page.getByLabel('Su nombre completo').fill('Laura Méndez');
    await page.getByLabel('Su correo electrónico').fill(requesterEmail);
    await page.getByLabel('Contraseña', { exact: true }).fill(password);
    await page.getByLabel('Confirme la contraseña').fill(`${password}-otra`);
    await page.getByLabel('¿Por qué desea recibir solicitudes a través de Puente?').fill('Queremos atender en nuestro CRM las solicitudes de ayuda para reparar techos.');
    await page.getByRole('button', { name: 'Enviar solicitud de registro' }).click();

    const summary = page.locator('#lead-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Las contraseñas no coinciden');
    await expect(page.getByLabel('Confirme la contraseña')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Nombre del departamento o agencia')).toHaveValue(departmentName);
    await expect(page.getByLabel('Su correo electrónico')).toHaveValue(requesterEmail);
    await expect(page.getByLabel('Contraseña', { exact: true })).toHaveValue(''); // passwords are never sent back

    await page.getByLabel('Contraseña', { exact: true }).fill(password);
    await page.getByLabel('Confirme la contraseña').fill(password);
    await page.getByRole('button', { name: 'Enviar solicitud de registro' }).click();
    await expect(page.getByTestId('application-sent')).toContainText('Hemos recibido su solicitud de registro');
    await expect(page.getByTestId('application-sent')).toContainText(requesterEmail);

    const [dep] = await sql<{ id: string; slug: string; status: string }[]>`select id, slug, status::text from departments where name = ${departmentName}`;
    expect(dep).toMatchObject({ status: 'pending' });
    const slug = dep!.slug;

    // 2. The requester can sign in, but only sees that the application is waiting.
    const applicant = await signIn(browser, requesterEmail, password);
    await expect(applicant).toHaveURL(/\/dashboard$/);
    await expect(applicant.getByTestId('application-status')).toHaveAttribute('data-status', 'pending');
    await expect(applicant.getByRole('heading', { name: `En espera de aprobación: ${departmentName}` })).toBeVisible();
    const blocked = await applicant.goto(`/dashboard/${slug}/webhooks`);
    expect(blocked?.status()).toBe(404);

    // 3. A platform admin approves the application.
    const admin = await signIn(browser, 'admin@puente.test', 'puente-demo-2026', '/admin/departments');
    await expect(admin).toHaveURL(/\/admin\/departments$/);
    const card = admin.locator(`[data-testid="application-card"][data-slug="${slug}"]`);
    await expect(card).toContainText('Laura Méndez');
    await expect(card.getByTestId('application-reason')).toHaveText('Queremos atender en nuestro CRM las solicitudes de ayuda para reparar techos.');
    await card.getByRole('button', { name: `Aprobar ${departmentName}` }).click();
    await expect(admin.getByTestId('decision-notice')).toContainText(`Se aprobó ${departmentName}.`);
    await expect(admin.locator(`[data-testid="department-row"][data-slug="${slug}"]`)).toHaveAttribute('data-status', 'approved');
    await expect(card).toHaveCount(0);

    // 4. The requester, now department admin, lands in the department, adds a program and a webhook.
    await applicant.goto('/dashboard');
    await expect(applicant).toHaveURL(new RegExp(`/dashboard/${slug}/webhooks$`));
    await expect(applicant.getByRole('heading', { level: 1 })).toHaveText(departmentName);
    await expect(applicant.getByText('Administrador del departamento', { exact: true })).toBeVisible();

    await applicant.goto(`/dashboard/${slug}/programs/new`);
    await applicant.getByLabel('Título (español)').fill(programTitle);
    await applicant.getByLabel('Resumen (español)').fill('Ayuda para reparar techos dañados por huracanes.');
    await applicant.getByLabel('Descripción (español)').fill('Subsidios y asesoría técnica para reparar el techo de su negocio.');
    await applicant.getByLabel('Título (inglés)').fill(`Safe Roof ${tag}`);
    await applicant.getByLabel('Resumen (inglés)').fill('Help repairing roofs damaged by hurricanes.');
    await applicant.getByLabel('Descripción (inglés)').fill('Grants and technical advice to repair the roof of your business.');
    await applicant.getByLabel('Asistencia técnica').check();
    await applicant.getByTestId('program-submit').click();
    await expect(applicant).toHaveURL(/\/programs\/[0-9a-f-]{36}\?created=1$/);

    await applicant.goto(`/dashboard/${slug}/webhooks/new`);
    await applicant.getByLabel('URL de destino').fill(receiver.url);
    await applicant.getByTestId('webhook-submit').click();
    await expect(applicant.getByTestId('webhook-created')).toBeVisible();
    const secret = await applicant.getByTestId('secret-value').inputValue();
    expect(secret).toMatch(/^whsec_/);

    // 5. An applicant finds the new program on the public site and asks about it.
    const [program] = await sql<{ slug: string }[]>`select slug from programs where title_es = ${programTitle}`;
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto('/');
    await expect(visitor.getByRole('article').filter({ hasText: programTitle })).toBeVisible();
    await visitor.goto(`/solicitar?program=${program!.slug}`);
    await expect(visitor.locator(`#lead-program-${program!.slug}`)).toBeChecked();
    await visitor.getByLabel('Nombre completo').fill('Pedro Santiago');
    await visitor.getByLabel('Correo electrónico').fill('pedro@example.com');
    await visitor.getByLabel('Teléfono').fill('787-555-0142');
    await visitor.getByLabel('Nombre del negocio').fill('Colmado Santiago');
    await visitor.getByLabel('Municipio del negocio').selectOption('Caguas');
    await visitor.getByLabel('Etapa del negocio').selectOption({ index: 2 });
    await visitor.getByLabel('Sector').selectOption('retail');
    await visitor.locator('#lead-consent').check();
    await visitor.getByRole('button', { name: 'Enviar solicitud' }).click();
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Hemos recibido su solicitud');
    const reference = (await visitor.getByTestId('lead-reference').innerText()).trim();

    // 6. The department's receiver gets the lead, signed with the webhook's secret.
    await expect
      .poll(() => receiver.hits.filter((h) => h.headers['x-github-event'] === 'lead.created').length, { timeout: 10_000 })
      .toBe(1);
    const hit = receiver.hits.find((h) => h.headers['x-github-event'] === 'lead.created')!;
    const payload = new Webhook(secret).verify(hit.body, hit.headers) as { data: { lead: { reference: string; name: string }; programs: { slug: string }[] } };
    expect(payload.data.lead).toMatchObject({ reference, name: 'Pedro Santiago' });
    expect(payload.data.programs.map((p) => p.slug)).toEqual([program!.slug]);

    const audit = await sql<{ action: string }[]>`select action from audit_log where department_id = ${dep!.id} and action like 'department.%' order by id`;
    expect(audit.map((a) => a.action)).toEqual(['department.applied', 'department.approved']);
  } finally {
    await sql.end();
    await receiver.close();
  }
});

test('a rejected applicant sees the reason, and a suspended department’s programs leave the public site until it is reinstated', async ({ page, browser }) => {
  const sql = e2eSql();
  const tag = Date.now().toString(36);
  const email = `rechazo-${tag}@example.com`;
  const password = 'otra-clave-muy-larga-2026';
  const name = `Oficina Rechazada ${tag}`;
  try {
    await page.goto('/register');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Register your department');
    await page.getByLabel('Name of the department or agency').fill(name);
    await page.getByLabel('Contact person’s name').fill('Ana Contact');
    await page.getByLabel('Contact email address').fill(`contact-${tag}@example.com`);
    await page.getByLabel('Your full name').fill('Rita Applicant');
    await page.getByLabel('Your email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Confirm the password').fill(password);
    await page.getByLabel('Why do you want to receive requests through Puente?').fill('We would like to receive requests for our programs.');
    await page.getByRole('button', { name: 'Send application' }).click();
    await expect(page.getByTestId('application-sent')).toContainText('We have received your application');

    const admin = await signIn(browser, 'admin@puente.test', 'puente-demo-2026', '/admin/departments');
    const [dep] = await sql<{ slug: string }[]>`select slug from departments where name = ${name}`;
    const card = admin.locator(`[data-testid="application-card"][data-slug="${dep!.slug}"]`);
    await card.getByRole('button', { name: `Rechazar… ${name}` }).click();
    await card.getByRole('button', { name: 'Rechazar el registro' }).click();
    await expect(card.getByTestId('decision-error')).toContainText('Indique el motivo del rechazo');
    await card.getByLabel('Motivo del rechazo').fill('This office is not a government department.');
    await card.getByRole('button', { name: 'Rechazar el registro' }).click();
    await expect(admin.getByTestId('decision-notice')).toContainText(`Se rechazó el registro de ${name}.`);

    const applicant = await signIn(browser, email, password);
    await expect(applicant.getByTestId('application-status')).toHaveAttribute('data-status', 'rejected');
    await expect(applicant.getByTestId('decision-reason')).toHaveText('This office is not a government department.');

    // Suspending an approved demo department hides its programs at once; reinstating brings them back.
    const publicPage = await (await browser.newContext()).newPage();
    await publicPage.goto('/');
    await expect(publicPage.getByRole('article').filter({ hasText: 'Corporación de Cine de Puerto Rico' }).first()).toBeVisible();
    const row = admin.locator('[data-testid="department-row"][data-slug="cine"]');
    await row.getByRole('button', { name: /^Suspender…/ }).click();
    await row.getByLabel('Motivo de la suspensión').fill('Routine review of the receiver.');
    await row.getByRole('button', { name: 'Suspender el departamento' }).click();
    await expect(row).toHaveAttribute('data-status', 'suspended');
    await publicPage.reload();
    await expect(publicPage.getByRole('article').filter({ hasText: 'Corporación de Cine de Puerto Rico' })).toHaveCount(0);
    await row.getByRole('button', { name: /^Reactivar/ }).click();
    await expect(row).toHaveAttribute('data-status', 'approved');
    await publicPage.reload();
    await expect(publicPage.getByRole('article').filter({ hasText: 'Corporación de Cine de Puerto Rico' }).first()).toBeVisible();
  } finally {
    await sql.end();
  }
});

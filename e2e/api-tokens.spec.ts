import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { hashPassword } from '../lib/auth/passwords';
import { ENVELOPE_VERSION } from '../lib/delivery/envelope';
import { e2eSql } from './db';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';

// A department admin, in Spanish: creates a write token in the dashboard, copies it from the
// page (shown once), uses it against REST API v1 from the test — creating a webhook that points
// at a loopback receiver, then pinning its envelope version, which the webhook page shows and
// its form keeps on save —, sees "Último uso" filled after a reload, sends that webhook a test
// lead from its page and finds the delivery tagged "Prueba", then revokes the token, after
// which the same call answers 401; "¿Cómo verifico esto?" and the old in-app guide address lead
// to the public guide in the viewer's language. Its own department, so no other journey's data moves.

const suffix = randomBytes(3).toString('hex');
const SLUG = `tokens-${suffix}`;
const EMAIL = `tokens-admin-${suffix}@example.com`;
const PASSWORD = 'tokens-e2e-password-2026';
const TOKEN_NAME = 'Despliegue del CRM';

let receiver: WebhookReceiver;
let departmentId = '';

test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
  const sql = e2eSql();
  try {
    const [dep] = await sql<{ id: string }[]>`
      insert into departments (slug, name, acronym, status) values (${SLUG}, ${`Tokens ${suffix}`}, 'TOK', 'approved') returning id`;
    departmentId = dep!.id;
    await sql`
      insert into programs (department_id, slug, kind, title_es, title_en, summary_es, summary_en, description_es, description_en)
      values (${departmentId}, ${`tokens-prog-${suffix}`}, 'financing', 'Capital semilla', 'Seed capital',
              'Resumen de prueba.', 'Test summary.', 'Descripción de prueba.', 'Test description.')`;
    const [user] = await sql<{ id: string }[]>`
      insert into users (email, name, password_hash) values (${EMAIL}, 'Tokens Admin', ${await hashPassword(PASSWORD)}) returning id`;
    await sql`insert into memberships (user_id, department_id, role) values (${user!.id}, ${departmentId}, 'admin')`;
  } finally {
    await sql.end();
  }
});

test.afterAll(async () => {
  await receiver.close();
  // The webhook made through the API points at this receiver, which is gone now.
  const sql = e2eSql();
  try {
    if (departmentId) await sql`delete from webhooks where department_id = ${departmentId}`;
  } finally {
    await sql.end();
  }
});

test('a token shown once drives the API until it is revoked; a test lead shows as a test in the log', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/login');
  await page.getByLabel('Correo electrónico', { exact: true }).fill(EMAIL);
  await page.getByLabel('Contraseña', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expect(page).toHaveURL((u) => u.pathname.startsWith('/dashboard'));

  // The department's tabs lead admins to the page.
  await page.goto(`/dashboard/${SLUG}/webhooks`);
  await page.getByRole('navigation', { name: 'Departamento' }).getByRole('link', { name: 'Tokens de API' }).click();
  await expect(page).toHaveURL(`/dashboard/${SLUG}/api-tokens`);
  await expect(page.getByTestId('api-tokens-empty')).toHaveText('Aún no hay tokens.');
  await expect(page.getByTestId('api-docs-links').getByRole('link', { name: 'guía del receptor' })).toHaveAttribute('href', '/docs/webhooks');

  // Create a write token that expires in 30 days.
  const form = page.getByTestId('api-token-form');
  await form.getByLabel('Nombre').fill(TOKEN_NAME);
  await form.getByLabel('Escritura').check();
  await form.getByLabel('En 30 días').check();
  await page.getByRole('button', { name: 'Crear token' }).click();
  const created = page.getByTestId('api-token-created');
  await expect(created).toContainText(`Token creado: ${TOKEN_NAME}`);
  await expect(created).toContainText('Copie este token ahora. No se volverá a mostrar');

  // Copied from the page, as a person would.
  await created.getByRole('button', { name: 'Copiar el token' }).click();
  await expect(created.getByTestId('copy-api-token-status')).toContainText('Copiado');
  const token = await page.evaluate(() => navigator.clipboard.readText());
  expect(token).toMatch(/^pnt_[A-Za-z0-9_-]{43}$/);
  await expect(created.getByLabel('Token de API')).toHaveValue(token);

  // Listed by its prefix, never used yet.
  const row = page.getByTestId('api-token-row').filter({ hasText: TOKEN_NAME });
  await expect(row.getByTestId('api-token-scope')).toHaveText('Escritura');
  await expect(row.getByTestId('api-token-prefix')).toHaveText(`${token.slice(0, 10)}…`);
  await expect(row.getByTestId('api-token-last-used')).toHaveText('Nunca');
  await expect(row.getByTestId('api-token-status')).toHaveText('Activo');

  // The token works: a webhook made through the API, pointing at the loopback receiver.
  const auth = { authorization: `Bearer ${token}` };
  const hooks = `/api/v1/departments/${SLUG}/hooks`;
  const made = await request.post(hooks, { headers: auth, data: { description: 'Tokens e2e', config: { url: `${receiver.url}/tokens` } } });
  expect(made.status(), await made.text()).toBe(201);
  const hook = (await made.json()) as { id: string; config: { secret: string } };
  receiver.secret = hook.config.secret;
  const listed = await request.get(hooks, { headers: auth });
  expect(listed.status()).toBe(200);
  expect(((await listed.json()) as { id: string }[]).map((h) => h.id)).toContain(hook.id);

  // Pinned to a version through the API: the webhook page says so, and saving its form keeps it.
  const version = ENVELOPE_VERSION;
  const pinned = await request.patch(`${hooks}/${hook.id}`, { headers: auth, data: { config: { envelope_version: version } } });
  expect(pinned.status(), await pinned.text()).toBe(200);

  // After a reload: its last use is filled in, and the token itself is nowhere on the page.
  const reloaded = await page.reload();
  expect(await reloaded!.text()).not.toContain(token);
  await expect(page.getByTestId('api-token-created')).toHaveCount(0);
  await expect(row.getByTestId('api-token-last-used')).toHaveText(/ahora mismo|hace \d+ (s|min)/);

  // "Enviar solicitud de prueba" on that webhook's page: queued, received as a test, tagged in the log.
  await page.goto(`/dashboard/${SLUG}/webhooks/${hook.id}`);
  await expect(page.getByTestId('envelope-version')).toHaveText(`Versión del sobre: fijada en ${version} (la más reciente)`);
  const form2 = page.getByTestId('webhook-form');
  await expect(form2.getByLabel('Versión del sobre')).toHaveValue(version);
  await form2.getByRole('button', { name: 'Actualizar webhook' }).click();
  await expect(page.getByTestId('webhook-save-status')).toHaveText('Cambios guardados.');
  const afterSave = await request.get(`${hooks}/${hook.id}`, { headers: auth });
  expect(((await afterSave.json()) as { config: { envelope_version: string | null } }).config.envelope_version).toBe(version);
  // "Siempre la más reciente" unpins it.
  await form2.getByLabel('Versión del sobre').selectOption({ label: 'Siempre la más reciente' });
  await form2.getByRole('button', { name: 'Actualizar webhook' }).click();
  await expect(page.getByTestId('envelope-version')).toHaveText(`Versión del sobre: ${version} (la más reciente)`);
  await expect(page.getByTestId('verify-guide-link')).toHaveAttribute('href', '/docs/webhooks');
  await page.getByRole('button', { name: 'Enviar solicitud de prueba' }).click();
  const result = page.getByTestId('test-lead-result');
  await expect(result).toContainText('Solicitud de prueba en cola:');
  await expect.poll(() => receiver.requests.filter((r) => r.headers['x-puente-test'] === 'true').length, { timeout: 20_000 }).toBe(1);
  const received = receiver.requests.find((r) => r.headers['x-puente-test'] === 'true')!;
  expect(receiver.verifies(received)).toBe(true);
  expect(JSON.parse(received.body)).toMatchObject({ type: 'lead.created', test: true });

  await result.getByTestId('test-lead-delivery').click();
  await expect(page.getByTestId('delivery-detail')).toBeVisible();
  await expect(page.getByTestId('delivery-header').getByTestId('delivery-test-tag')).toHaveText('Prueba');
  const deliveryId = (await page.getByTestId('delivery-detail').getAttribute('data-delivery-id'))!;

  await page.goto(`/dashboard/${SLUG}/deliveries?webhook=${hook.id}`);
  const logRow = page.locator(`[data-testid="delivery-row"][data-delivery-id="${deliveryId}"]`);
  await expect(logRow.getByTestId('delivery-test-tag')).toHaveText('Prueba');
  await expect(logRow).toHaveAttribute('data-status', 'delivered');
  // The creation ping is no test.
  await expect(page.getByTestId('delivery-row').filter({ hasText: 'ping' }).getByTestId('delivery-test-tag')).toHaveCount(0);

  // Revoke, after a confirmation; the same call now answers 401.
  await page.goto(`/dashboard/${SLUG}/api-tokens`);
  await row.getByTestId('revoke-api-token').click();
  const dialog = page.getByTestId('revoke-api-token-dialog');
  await expect(dialog).toContainText(`¿Revocar el token «${TOKEN_NAME}»?`);
  await dialog.getByRole('button', { name: 'Revocar token' }).click();
  await expect(row.getByTestId('api-token-status')).toHaveText('Revocado');
  await expect(row.getByTestId('revoke-api-token')).toHaveCount(0);
  const refused = await request.get(hooks, { headers: auth });
  expect(refused.status()).toBe(401);

  // "¿Cómo verifico esto?" opens the public receiver guide in the viewer's language, and so does the old in-app address.
  await page.goto(`/dashboard/${SLUG}/webhooks/${hook.id}`);
  await page.getByRole('link', { name: '¿Cómo verifico esto?' }).click();
  await expect(page).toHaveURL('/docs/webhooks');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.goto(`/dashboard/${SLUG}/webhooks`);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto(`/dashboard/${SLUG}/webhooks/receiver-guide`);
  await expect(page).toHaveURL('/en/docs/webhooks');
  await page.goto(`/dashboard/${SLUG}/webhooks/${hook.id}`);
  await expect(page.getByRole('link', { name: 'How do I verify this?' })).toHaveAttribute('href', '/en/docs/webhooks');
  await expect(page.getByTestId('envelope-version')).toHaveText(`Envelope version: ${version} (the newest)`);
});

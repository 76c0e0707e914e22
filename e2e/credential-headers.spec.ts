import { expect, test } from '@playwright/test';
import { e2eSql } from './db';
import { signIn } from './journey-steps';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';

// A department admin adds a custom header that carries a credential (an Azure Functions key).
// It reaches the receiver, but no page, form or JSON answer ever shows it again: the edit form
// leaves it empty, the delivery log shows it redacted, and only an explicit, audited Reveal
// puts it back in the form.

const DEPT = 'cce';
const ADMIN = 'staff@cce.test';
const KEY = 'fn-key-e2e-7d41c9b0aa';
const DESCRIPTION = 'Azure Function with a key (credential-headers e2e)';

let receiver: WebhookReceiver;
test.beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
test.afterEach(async () => {
  await receiver.close();
  // The webhook takes every CCE program: left behind, it would leave the other journeys' CCE
  // leads retrying against a receiver that is gone.
  const sql = e2eSql();
  try {
    await sql`delete from webhooks where description = ${DESCRIPTION}`;
  } finally {
    await sql.end();
  }
});

test('a credential-like header is sent, never shown again, and revealed only on purpose', async ({ page }) => {
  await signIn(page, ADMIN, `/dashboard/${DEPT}/webhooks`);
  await page.getByTestId('add-webhook').click();
  const form = page.getByTestId('webhook-form');
  await form.getByLabel('URL de destino').fill(`${receiver.url}/functions/puente`);
  await form.getByLabel(/^Descripción/).fill(DESCRIPTION);
  await form.getByRole('button', { name: 'Añadir encabezado' }).click();
  await form.getByLabel('Nombre del encabezado 1').fill('X-Functions-Key');
  await form.getByLabel('Valor del encabezado 1').fill(KEY);
  await page.getByTestId('webhook-submit').click();
  const created = page.getByTestId('webhook-created');
  await expect(created).toBeVisible();
  const webhookId = (await created.getAttribute('data-webhook-id'))!;

  // The creation ping carries the key.
  await expect.poll(() => receiver.requests.filter((r) => r.path === '/functions/puente').length).toBeGreaterThan(0);
  expect(receiver.requests.find((r) => r.path === '/functions/puente')!.headers['x-functions-key']).toBe(KEY);

  // The webhook page: the value is not in the form, nor anywhere in what the server sent.
  const pageResponse = await page.goto(`/dashboard/${DEPT}/webhooks/${webhookId}`);
  expect(await pageResponse!.text()).not.toContain(KEY);
  const value = page.getByLabel('Valor del encabezado 1');
  await expect(value).toHaveValue('');
  await expect(value).toHaveAttribute('placeholder', '••••');

  // The delivery log and its JSON API show the header's name with the value redacted.
  const sql = e2eSql();
  let deliveryId = '';
  try {
    await expect
      .poll(async () => {
        const [row] = await sql<{ id: string }[]>`select id from deliveries where webhook_id = ${webhookId}::uuid and status = 'delivered'`;
        deliveryId = row?.id ?? '';
        return deliveryId;
      })
      .not.toBe('');
  } finally {
    await sql.end();
  }
  const detail = await page.goto(`/dashboard/${DEPT}/deliveries/${deliveryId}`);
  expect(await detail!.text()).not.toContain(KEY);
  const request = page.getByTestId('attempt-panel-request');
  await expect(request).toContainText('X-Functions-Key');
  await expect(request).toContainText('[redacted]');
  const api = await page.request.get(`/api/dashboard/${DEPT}/deliveries/${deliveryId}`);
  expect(api.status()).toBe(200);
  const body = await api.text();
  expect(body).not.toContain(KEY);
  expect(JSON.parse(body).selected.requestHeaders['X-Functions-Key']).toBe('[redacted]');

  // Reveal, on purpose: the value comes back into the form, and the audit log says who looked.
  await page.goto(`/dashboard/${DEPT}/webhooks/${webhookId}`);
  await page.getByRole('button', { name: 'Mostrar el valor de X-Functions-Key' }).click();
  await expect(page.getByLabel('Valor del encabezado 1')).toHaveValue(KEY);
  await expect(page.getByTestId('reveal-header-result').first()).toContainText('registro de auditoría');
  const audit = e2eSql();
  try {
    const rows = await audit<{ details: { header: string } }[]>`
      select details from audit_log where action = 'webhook.header_revealed' and target_id = ${webhookId}`;
    expect(rows.map((r) => r.details.header)).toEqual(['X-Functions-Key']);
  } finally {
    await audit.end();
  }
});

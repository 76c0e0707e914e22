import { expect, test } from '@playwright/test';
import { e2eSql } from './db';

// The delivery engine's promise on the demo: a lead submitted on the public form reaches the
// sample receiver (examples/receiver-node, the one departments can copy), which verifies the
// signature with the guide's verify.mjs and answers 200 only then, within a second.
test('a lead reaches the department’s receiver, verified, within a second', async ({ page }) => {
  await page.goto('/solicitar?program=bde-microprestamos');
  await page.getByLabel('Nombre completo').fill('Luis Rivera');
  await page.getByLabel('Correo electrónico').fill('luis@example.com');
  await page.getByLabel('Teléfono').fill('787-555-0199');
  await page.getByLabel('Nombre del negocio').fill('Taller Rivera');
  await page.getByLabel('Municipio del negocio').selectOption('Ponce');
  await page.getByLabel('Etapa del negocio').selectOption({ index: 1 });
  await page.getByLabel('Sector').selectOption('services');
  await page.locator('#lead-consent').check();
  await page.getByRole('button', { name: 'Enviar solicitud' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hemos recibido su solicitud');
  const submittedAt = Date.now();
  const reference = (await page.getByTestId('lead-reference').innerText()).trim();

  const sql = e2eSql();
  try {
    let row: { status: string; response_status: number | null; response_body: string | null; ms: number } | undefined;
    await expect
      .poll(
        async () => {
          [row] = await sql<NonNullable<typeof row>[]>`
            select d.status::text, a.response_status, a.response_body,
                   extract(epoch from (a.started_at - l.created_at)) * 1000 as ms
              from leads l join events e on e.lead_id = l.id join deliveries d on d.event_id = e.id
              left join delivery_attempts a on a.delivery_id = d.id
             where l.reference = ${reference}`;
          return row?.status;
        },
        { timeout: 5000, intervals: [50] },
      )
      .toBe('delivered');
    expect(row!.response_status).toBe(200);
    expect(JSON.parse(row!.response_body!)).toEqual({ status: 'accepted' }); // the receiver verified the signature (401 otherwise)
    expect(Number(row!.ms)).toBeLessThan(1000);
    expect(Date.now() - submittedAt).toBeLessThan(5000);
  } finally {
    await sql.end();
  }
});

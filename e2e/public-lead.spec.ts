import { expect, test } from '@playwright/test';
import { e2eSql } from './db';

// A newcomer's journey on the public site, in a real Chromium against the production build.
test('an applicant browses in Spanish, switches to English, and submits a lead after fixing a mistake', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  // The pending department's programs are not on the public site.
  await expect(page.getByText('Bono de semillas y abonos')).toHaveCount(0);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Español' })).toBeVisible();

  // Filter the catalog, then open a program.
  await page.getByLabel('Program type').selectOption('financing');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/kind=financing/);
  const card = page.getByRole('article').filter({ hasText: 'SME Boost Loan' });
  await card.getByRole('link', { name: /View program/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SME Boost Loan');
  await page.getByRole('main').getByRole('link', { name: 'Request information' }).click();

  // Arriving from the program page pre-selects it, and consent names its department.
  await expect(page.locator('#lead-program-bde-impulso-pyme')).toBeChecked();
  await page.getByLabel('Full name').fill('Ana Pérez');
  await page.getByLabel('Email address').fill('ana-at-example.com'); // the mistake
  await page.getByLabel('Phone number').fill('(787) 555-0101');
  await page.getByLabel('Business name').fill('Café La Plaza');
  await page.getByLabel('Municipality of the business').selectOption('Mayagüez');
  await page.getByLabel('Business stage').selectOption({ index: 2 });
  await page.getByLabel('Sector').selectOption('food');
  await page.locator('#lead-program-cce-exporta').check();
  await expect(page.locator('label[for="lead-consent"]')).toContainText('BDE, CCE');
  await page.locator('#lead-consent').check();
  await page.getByRole('button', { name: 'Send request' }).click();

  // The error is shown next to the field and in a focused summary; nothing typed is lost.
  const summary = page.locator('#lead-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem with your request');
  await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#lead-email-error')).toBeVisible();
  await expect(page.getByLabel('Full name')).toHaveValue('Ana Pérez');
  await expect(page.getByLabel('Business name')).toHaveValue('Café La Plaza');
  await expect(page.locator('#lead-program-cce-exporta')).toBeChecked();

  await page.getByLabel('Email address').fill('ana@example.com');
  if (!(await page.locator('#lead-consent').isChecked())) await page.locator('#lead-consent').check();
  await page.getByRole('button', { name: 'Send request' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We have received your request');
  const reference = (await page.getByTestId('lead-reference').innerText()).trim();
  expect(reference).toMatch(/^PR-[0-9A-Z]{5}-[0-9A-Z]{5}$/);

  const sql = e2eSql();
  try {
    const rows = await sql`
      select l.name, l.email, l.locale, array_agg(p.slug order by p.slug) as programs,
             (select count(*)::int from events e where e.lead_id = l.id and e.type = 'lead.created') as events
        from leads l join lead_programs lp on lp.lead_id = l.id join programs p on p.id = lp.program_id
       where l.reference = ${reference} group by l.id`;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Ana Pérez', email: 'ana@example.com', locale: 'en', programs: ['bde-impulso-pyme', 'cce-exporta'], events: 1 });
  } finally {
    await sql.end();
  }
});

test('nothing a visitor can type in the address bar causes a server error', async ({ page }) => {
  for (const path of ['/?kind=%00', '/?department=../../etc', '/programas/%E0%A4%A', '/programas/no-such-program', '/confirmacion/PR-00000-00000', '/solicitar?program=x&program=%00']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBeLessThan(500);
  }
});

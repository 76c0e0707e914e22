import { expect, test } from '@playwright/test';
import { e2eSql } from './db';
import { signIn } from './journey-steps';

// Failure alerts in the dashboard (docs/decisions/016): with no SMTP server configured, a
// department's disabled and failing webhooks still show in a banner above every department
// page, each linking to its webhook page; and a person chooses alert e-mails and their language
// on Your account.

const DEPT = 'cine';
const ADMIN = 'staff@cine.test';
const TAG = `alerts-e2e-${Date.now()}`;
let ids: { disabled: string; failing: string };

test.beforeAll(async () => {
  const sql = e2eSql();
  try {
    const [dep] = await sql<{ id: string }[]>`select id from departments where slug = ${DEPT}`;
    // Two webhooks no lead reaches (no programs, never active for sending): one disabled by a 410, one failing.
    const [d] = await sql<{ id: string }[]>`
      insert into webhooks (department_id, description, url, secret_ciphertext, all_programs, disabled_at, disabled_reason)
      values (${dep!.id}, ${`${TAG} disabled CRM`}, 'https://crm.cine.example/hooks/abc?token=t0k', 'unused', false, now() - interval '2 hours', 'The receiver answered 410 Gone.')
      returning id`;
    const [f] = await sql<{ id: string }[]>`
      insert into webhooks (department_id, description, url, secret_ciphertext, all_programs, failing_since)
      values (${dep!.id}, ${`${TAG} failing CRM`}, 'https://sharepoint.cine.example/in', 'unused', false, now() - interval '20 minutes')
      returning id`;
    await sql`insert into webhook_alert_state (webhook_id, department_id, state, changed_at) values (${f!.id}, ${dep!.id}, 'failing', now() - interval '20 minutes')`;
    ids = { disabled: d!.id, failing: f!.id };
  } finally {
    await sql.end();
  }
});

test.afterAll(async () => {
  const sql = e2eSql();
  try {
    await sql`delete from webhooks where description like ${`${TAG}%`}`;
    await sql`update users set alert_emails = null, locale = 'es' where email = ${ADMIN}`;
  } finally {
    await sql.end();
  }
});

test('the banner lists the broken webhooks without SMTP and links to each; the account page sets alert e-mails', async ({ page }) => {
  await signIn(page, ADMIN, `/dashboard/${DEPT}/deliveries`);
  const banner = page.getByTestId('department-alerts');
  await expect(banner).toBeVisible();
  // A region named by its heading (not role=alert: it is standing information, not an interruption).
  await expect(page.getByRole('region', { name: /webhooks necesitan atención/ })).toBeVisible();
  const disabled = banner.locator('[data-testid="department-alert"][data-state="disabled"]');
  const failing = banner.locator('[data-testid="department-alert"][data-state="failing"]');
  await expect(disabled).toContainText(`${TAG} disabled CRM`);
  await expect(disabled).toContainText('(https://crm.cine.example/…) — desactivado desde');
  await expect(failing).toContainText('(https://sharepoint.cine.example/…) — con fallas desde');
  await expect(failing).toContainText(`${TAG} failing CRM`);
  await expect(banner).not.toContainText('t0k');

  // It follows to every department page, and leads to the webhook's own page.
  await page.goto(`/dashboard/${DEPT}/leads`);
  await expect(page.getByTestId('department-alerts')).toBeVisible();
  await page.getByTestId('department-alerts').getByRole('link', { name: `${TAG} disabled CRM` }).click();
  await expect(page).toHaveURL(`/dashboard/${DEPT}/webhooks/${ids.disabled}`);

  // Su cuenta: admins get alerts by default; switch them off and to English, which is also the
  // language of every staff screen, so the answer already comes in English.
  await page.goto('/dashboard/account');
  const form = page.getByTestId('alert-preferences-form');
  await expect(form.getByTestId('alert-emails')).toBeChecked();
  await form.getByTestId('alert-emails').uncheck();
  await form.getByLabel('English').check();
  await form.getByTestId('alert-preferences-submit').click();
  await expect(page.getByTestId('alert-preferences-saved')).toHaveText('Saved. You will not get failure alerts by e-mail.');
  const sql = e2eSql();
  try {
    const [u] = await sql<{ alert_emails: boolean | null; locale: string }[]>`select alert_emails, locale from users where email = ${ADMIN}`;
    expect(u).toEqual({ alert_emails: false, locale: 'en' });
  } finally {
    await sql.end();
  }
  await page.reload();
  await expect(page.getByTestId('alert-preferences-form').getByTestId('alert-emails')).not.toBeChecked();
  await expect(page.getByTestId('alert-preferences-form').getByLabel('English')).toBeChecked();
});

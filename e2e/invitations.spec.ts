import { expect, test } from '@playwright/test';
import { e2eSql } from './db';
import { signIn } from './journey-steps';

// A department admin invites a staff member with a single-use link; the invitee joins with a
// new account in another browser, sees the department as staff; the link then says it was
// used; and once the admin removes them, their very next page load is refused. All in Spanish,
// the staff screens' default.
test('invite by link, join as staff, link used once, removal refuses the next page load', async ({ page, browser, baseURL }) => {
  const dept = 'bde';
  const invitee = `nuevo-${Date.now()}@bde.test`;
  const password = 'una frase larga y secreta';

  // The department admin invites, and copies the link.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, 'staff@bde.test', '/dashboard/bde/webhooks');
  await page.getByRole('navigation', { name: 'Departamento' }).getByRole('link', { name: 'Miembros' }).click();
  await expect(page.getByTestId('members-page')).toBeVisible();
  const form = page.getByTestId('invite-form');
  await form.getByLabel('Correo electrónico').fill(invitee);
  await form.getByLabel(/^Personal/).check();
  await page.getByTestId('invite-submit').click();
  await expect(page.getByTestId('invitation-created')).toBeVisible();
  await page.getByTestId('copy-invitation-link').click();
  await expect(page.getByTestId('copy-invitation-link-status')).toHaveText(/Copiado/);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`^${baseURL}/invite/[A-Za-z0-9_-]{43}$`));
  expect(await page.getByTestId('invitation-link').inputValue()).toBe(link);
  await page.reload();
  await expect(page.getByTestId('invitation-row').filter({ hasText: invitee })).toBeVisible();
  await expect(page.getByText(link)).toHaveCount(0); // shown once, never again

  // The invitee, in a browser of their own, opens it and creates the account.
  const other = await browser.newContext();
  try {
    const them = await other.newPage();
    await them.goto(link);
    await expect(them.getByTestId('invitation-summary')).toContainText(invitee);
    await expect(them.getByTestId('invitation-summary')).toContainText('como personal');
    await them.getByLabel('Su nombre').fill('Nueva Persona');
    await them.getByLabel('Contraseña', { exact: true }).fill(password);
    await them.getByLabel('Repita la contraseña').fill(password);
    await them.getByTestId('accept-invitation-submit').click();

    // Lands in the department as staff: deliveries yes, members no.
    await expect(them).toHaveURL(`/dashboard/${dept}/webhooks`);
    await expect(them.getByTestId('viewer-email')).toHaveText(invitee);
    await expect(them.getByText('Personal', { exact: true })).toBeVisible();
    const nav = them.getByRole('navigation', { name: 'Departamento' });
    await expect(nav.getByRole('link', { name: 'Miembros' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'Entregas' }).click();
    await expect(them.getByTestId('deliveries-page')).toBeVisible();
    const members = await them.goto(`/dashboard/${dept}/members`);
    expect(members?.status()).toBe(404);

    // The link worked once.
    await them.goto(link);
    await expect(them.getByTestId('invitation-unavailable')).toContainText('ya se usó');
    const anonymous = await browser.newContext();
    try {
      const stranger = await anonymous.newPage();
      await stranger.goto(link);
      await expect(stranger.getByTestId('invitation-unavailable')).toContainText('ya se usó');
      await expect(stranger.getByTestId('accept-invitation-form')).toHaveCount(0);
    } finally {
      await anonymous.close();
    }

    const sql = e2eSql();
    try {
      const rows = await sql<{ role: string; accepted: number }[]>`
        select m.role::text as role,
               (select count(*)::int from audit_log where action = 'invitation.accepted' and actor_user_id = u.id) as accepted
          from users u join memberships m on m.user_id = u.id join departments d on d.id = m.department_id
         where u.email = ${invitee} and d.slug = ${dept}`;
      expect(rows).toEqual([{ role: 'staff', accepted: 1 }]);
    } finally {
      await sql.end();
    }

    // The admin removes them; their next page load is refused.
    await page.goto(`/dashboard/${dept}/members`);
    const row = page.getByTestId('member-row').filter({ hasText: invitee });
    await row.getByTestId('remove-member-open').click();
    await row.getByTestId('remove-member-confirm').click();
    await expect(page.getByTestId('member-row').filter({ hasText: invitee })).toHaveCount(0);

    const refused = await them.goto(`/dashboard/${dept}/deliveries`);
    expect(refused?.status()).toBe(404);
    await expect(them.getByTestId('deliveries-page')).toHaveCount(0);
    const api = await them.request.get(`/api/dashboard/${dept}/deliveries`);
    expect(api.status()).toBe(404);
  } finally {
    await other.close();
  }
});

import bcrypt from 'bcryptjs';
import { expect, test, type Page } from '@playwright/test';
import { e2eSql } from './db';
import { signIn } from './journey-steps';

async function login(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Correo electrónico', { exact: true }).fill(email);
  await page.getByLabel('Contraseña', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
}

// A platform admin resets a staff member's password; the temporary one is shown once; the
// staff member signs in with it and must choose a new one before anything else.
test('an admin reset forces a password change at the next sign-in', async ({ page, browser }) => {
  const email = `olvido-${Date.now()}@bde.test`;
  const sql = e2eSql();
  try {
    const [u] = await sql<{ id: string }[]>`
      insert into users (email, name, password_hash) values (${email}, 'Olvido Pérez', ${await bcrypt.hash('a forgotten old password', 4)}) returning id`;
    await sql`insert into memberships (user_id, department_id, role) select ${u!.id}, id, 'staff' from departments where slug = 'bde'`;

    await signIn(page, 'admin@puente.test', '/admin/users');
    const row = page.getByTestId('user-row').filter({ hasText: email });
    page.once('dialog', (d) => void d.accept());
    await row.getByTestId('reset-password').click();
    const temp = await row.getByTestId('temporary-password').inputValue();
    expect(temp).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    await expect(row).toContainText('debe cambiar la contraseña');

    const other = await browser.newContext();
    try {
      const them = await other.newPage();
      await login(them, email, 'a forgotten old password');
      await expect(them.locator('#login-error')).toHaveText('El correo electrónico o la contraseña no son correctos.');
      await login(them, email, temp);
      await expect(them).toHaveURL('/account/password');
      await expect(them.getByTestId('forced-password-page')).toBeVisible();
      // Nothing else until it is changed: the department and its API are closed.
      await them.goto('/dashboard/bde/deliveries');
      await expect(them).toHaveURL('/account/password');
      expect((await them.request.get('/api/dashboard/bde/deliveries')).status()).toBe(404);

      await expect(them.getByRole('heading', { level: 1 })).toHaveText('Elija una contraseña nueva');
      await them.getByLabel('Contraseña temporal').fill(temp);
      await them.getByLabel('Contraseña nueva', { exact: true }).fill('short');
      await them.getByLabel('Repita la contraseña nueva').fill('short');
      await them.getByTestId('change-password-submit').click();
      await expect(them.getByTestId('form-errors')).toContainText('Contraseña nueva: Use al menos 12 caracteres.');
      await expect(them.getByTestId('form-errors')).toBeFocused();

      await them.getByLabel('Contraseña temporal').fill(temp);
      await them.getByLabel('Contraseña nueva', { exact: true }).fill('mi nueva frase secreta');
      await them.getByLabel('Repita la contraseña nueva').fill('mi nueva frase secreta');
      await them.getByTestId('change-password-submit').click();
      await expect(them).toHaveURL('/dashboard/bde/webhooks');
      await them.goto('/dashboard/bde/deliveries');
      await expect(them.getByTestId('deliveries-page')).toBeVisible();
    } finally {
      await other.close();
    }

    const audit = await sql<{ action: string; n: number }[]>`
      select action, count(*)::int as n from audit_log where target_id = ${u!.id} group by action order by action`;
    expect(audit).toEqual([
      { action: 'user.password_changed', n: 1 },
      { action: 'user.password_reset', n: 1 },
    ]);
    const [after] = await sql<{ must_change_password: boolean }[]>`select must_change_password from users where id = ${u!.id}`;
    expect(after!.must_change_password).toBe(false);
  } finally {
    await sql.end();
  }
});

import bcrypt from 'bcryptjs';
import { expect, test, type Page } from '@playwright/test';
import { e2eSql } from './db';

async function login(page: Page, email: string, password: string, landing: string) {
  await page.goto(landing);
  await page.getByLabel('Correo electrónico', { exact: true }).fill(email);
  await page.getByLabel('Contraseña', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expect(page).toHaveURL(landing);
}

// Someone signed in on two computers changes their password on one: the other session (or a
// stolen cookie) ends with the old password; the one they changed it in goes on.
test('changing your password signs out every other session, not this one', async ({ browser }) => {
  const email = `dos-sesiones-${Date.now()}@bde.test`;
  const oldPassword = 'the old shared password';
  const sql = e2eSql();
  const office = await browser.newContext();
  const laptop = await browser.newContext();
  try {
    const [u] = await sql<{ id: string }[]>`
      insert into users (email, name, password_hash) values (${email}, 'Dos Sesiones', ${await bcrypt.hash(oldPassword, 4)}) returning id`;
    await sql`insert into memberships (user_id, department_id, role) select ${u!.id}, id, 'staff' from departments where slug = 'bde'`;

    const here = await office.newPage();
    const there = await laptop.newPage();
    await login(here, email, oldPassword, '/dashboard/bde/deliveries');
    await login(there, email, oldPassword, '/dashboard/bde/deliveries');

    await here.goto('/dashboard/account');
    await here.getByLabel('Contraseña actual').fill(oldPassword);
    await here.getByLabel('Contraseña nueva', { exact: true }).fill('una frase nueva y larga');
    await here.getByLabel('Repita la contraseña nueva').fill('una frase nueva y larga');
    await here.getByTestId('change-password-submit').click();
    await expect(here.getByTestId('password-changed')).toHaveText('Se cambió su contraseña. Se cerró toda otra sesión iniciada con la anterior.');

    // This session goes on…
    await here.goto('/dashboard/bde/deliveries');
    await expect(here.getByTestId('deliveries-page')).toBeVisible();
    // …the other is sent to sign in, and its cookie no longer opens the API either.
    await there.goto('/dashboard/bde/deliveries');
    await expect(there).toHaveURL(/\/login\?callbackUrl=/);
    const api = await there.request.get('/api/dashboard/bde/deliveries');
    expect(api.status()).toBe(401);
  } finally {
    await office.close();
    await laptop.close();
    await sql.end();
  }
});

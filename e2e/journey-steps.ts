/**
 * Steps shared by the dashboard journeys, done the way a person does them: sign in on /login,
 * add a webhook through the real form, submit a lead on the public site. The staff screens
 * speak Spanish until someone chooses English, so the steps use the Spanish words.
 */
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'puente-demo-2026';

/** Signs in through the login page and waits until `landing` (a path) is shown. */
export async function signIn(page: Page, email: string, landing: string): Promise<void> {
  // Open the page itself: signed out, it sends us to sign in and back to it afterwards.
  await page.goto(landing);
  await expect(page).toHaveURL((u) => u.pathname === '/login' && u.searchParams.get('callbackUrl') === landing);
  await page.getByLabel('Correo electrónico', { exact: true }).fill(email);
  await page.getByLabel('Contraseña', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expect(page).toHaveURL((u) => u.pathname === landing);
  await expect(page.getByTestId('viewer-email')).toHaveText(email);
}

export interface CreatedWebhook {
  id: string;
  /** The secret the page showed once. */
  secret: string;
}

/**
 * From the department's Webhooks tab: "Añadir webhook", fill the form (JSON, signature, only the
 * programs named by their titles as the form lists them), submit, and read the one-time secret.
 */
export async function addWebhook(page: Page, dept: string, opts: { url: string; description: string; programTitles: string[] }): Promise<CreatedWebhook> {
  await page.goto(`/dashboard/${dept}/webhooks`);
  await page.getByTestId('add-webhook').click();
  const form = page.getByTestId('webhook-form');
  await expect(form).toBeVisible();
  await form.getByLabel('URL de destino').fill(opts.url);
  await form.getByLabel(/^Descripción/).fill(opts.description);
  await form.getByLabel('Solo los programas que elija').check();
  for (const title of opts.programTitles) await form.getByLabel(title, { exact: true }).check();
  await page.getByTestId('webhook-submit').click();

  const created = page.getByTestId('webhook-created');
  await expect(created).toBeVisible();
  await expect(page.getByTestId('ping-sent')).toBeVisible();
  const id = await created.getAttribute('data-webhook-id');
  const secret = await page.getByTestId('secret-value').inputValue();
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]+$/);
  return { id: id!, secret };
}

export interface ApplicantLead {
  programSlug: string;
  name: string;
  email: string;
  phone: string;
  businessName: string;
  municipality: string;
  message?: string;
}

/** On the public site (Spanish): the form pre-selected with one program, sent; returns the reference shown. */
export async function submitLead(page: Page, lead: ApplicantLead): Promise<string> {
  await page.goto(`/solicitar?program=${lead.programSlug}`);
  await expect(page.locator(`#lead-program-${lead.programSlug}`)).toBeChecked();
  await page.getByLabel('Nombre completo').fill(lead.name);
  await page.getByLabel('Correo electrónico').fill(lead.email);
  await page.getByLabel('Teléfono').fill(lead.phone);
  await page.getByLabel('Nombre del negocio').fill(lead.businessName);
  await page.getByLabel('Municipio del negocio').selectOption(lead.municipality);
  await page.getByLabel('Etapa del negocio').selectOption({ index: 1 });
  await page.getByLabel('Sector').selectOption('services');
  if (lead.message !== undefined) await page.getByLabel(/^Mensaje para los departamentos/).fill(lead.message);
  await page.locator('#lead-consent').check();
  await page.getByRole('button', { name: 'Enviar solicitud' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hemos recibido su solicitud');
  const reference = (await page.getByTestId('lead-reference').innerText()).trim();
  expect(reference).toMatch(/^PR-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  return reference;
}

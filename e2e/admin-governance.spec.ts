import { expect, test } from '@playwright/test';
import { e2eSql } from './db';
import { signIn } from './journey-steps';

// Governance in a real browser, in Spanish (the staff screens' default): the platform admin's
// overview, the network allowlist (refused entries explained, an entry added then removed
// through the confirmation dialog), the audit log that recorded both, filtered and exported as
// CSV (itself audited); and a department admin who sees only their own department's audit log
// and no admin area.

const ADMIN = 'admin@puente.test';
const BDE_ADMIN = 'staff@bde.test';
const RANGE = `10.${Math.floor(Math.random() * 200) + 20}.0.0/16`;

test('the platform admin sees the overview, edits the allowlist, and finds both edits in the audit log and its export', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN, '/admin');

  // Overview: charts with text alternatives, the queue, every department (the pending one too).
  const overview = page.getByTestId('admin-overview-page');
  await expect(overview).toBeVisible();
  await expect(page.getByRole('img', { name: /Tasa de éxito de las entregas, últimas 24 horas/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Tasa de éxito de las entregas, últimos 7 días/ })).toBeVisible();
  await expect(page.getByTestId('queue-depth')).toBeVisible();
  const rows = page.getByTestId('department-health-row');
  await expect(rows.filter({ hasText: 'Departamento de Agricultura' })).toContainText('En espera de aprobación');
  await expect(page.locator('[data-testid="department-health-row"][data-department="bde"]')).toContainText('Aprobado');

  // Allowlist: an empty submit and a forbidden range are explained; a valid one is added.
  await page.getByRole('navigation', { name: 'Administración' }).getByRole('link', { name: 'Lista de redes permitidas' }).click();
  await expect(page.getByTestId('allowlist-page')).toBeVisible();
  await page.getByTestId('allowlist-submit').click();
  const summary = page.getByRole('alert').filter({ hasText: 'No se agregó el rango' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Rango de direcciones: Escriba un rango de direcciones');
  await expect(summary).toContainText('Motivo:');
  await page.getByLabel('Rango de direcciones').fill('0.0.0.0/0');
  await page.getByLabel('Motivo').fill('Everything, please');
  await page.getByTestId('allowlist-submit').click();
  await expect(page.getByTestId('cidr-error')).toContainText('todas las direcciones');
  await expect(page.getByLabel('Rango de direcciones')).toHaveAttribute('aria-invalid', 'true');
  // What was typed stays after a refusal.
  await expect(page.getByLabel('Motivo')).toHaveValue('Everything, please');

  await page.getByLabel('Rango de direcciones').fill(RANGE);
  await page.getByLabel('Motivo').fill('Turismo CRM on premises <b>not bold</b>');
  await page.getByTestId('allowlist-submit').click();
  await expect(page.getByTestId('allowlist-added')).toContainText(`Se agregó ${RANGE}`);
  const row = page.locator(`[data-testid="allowlist-row"][data-cidr="${RANGE}"]`);
  await expect(row).toContainText('Turismo CRM on premises <b>not bold</b>'); // text, never HTML
  await expect(row).toContainText(ADMIN);

  // Remove, through the dialog: Cancelar keeps it, Quitar takes it away.
  await row.getByTestId('allowlist-remove-open').click();
  const dialog = page.getByRole('dialog', { name: `¿Quitar ${RANGE}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toBeVisible();
  await row.getByTestId('allowlist-remove-open').click();
  await dialog.getByTestId('allowlist-remove-confirm').click();
  await expect(row).toHaveCount(0);

  // The audit log has both edits, newest first, by this admin.
  await page.goto('/admin/audit?action=allowlist.*');
  await expect(page.getByTestId('admin-audit-page')).toBeVisible();
  const entries = page.getByTestId('audit-row');
  await expect(entries.first()).toHaveAttribute('data-action', 'allowlist.removed');
  await expect(entries.nth(1)).toHaveAttribute('data-action', 'allowlist.added');
  await expect(entries.first()).toContainText(ADMIN);
  await expect(entries.first()).toContainText(`cidr: ${RANGE}`);

  // The filter form works as a plain GET form.
  await page.getByLabel('Acción').selectOption('auth.sign_in');
  await page.getByLabel(/^Quién/).fill(ADMIN);
  await page.getByTestId('audit-filter-apply').click();
  await expect(page).toHaveURL(/action=auth\.sign_in/);
  await expect(entries.first()).toHaveAttribute('data-action', 'auth.sign_in');

  // Export with the allowlist filter: a CSV of those entries, and the export is audited.
  await page.goto('/admin/audit?action=allowlist.*');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^audit-log-puente-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  expect(csv).toContain('Hora (UTC),Acción,Qué,Correo electrónico de quien actuó');
  expect(csv).toContain(`allowlist.added,Entrada añadida a la lista de redes permitidas,${ADMIN}`);
  expect(csv).toContain(RANGE);
  await page.goto('/admin/audit?action=audit.exported');
  await expect(entries.first()).toContainText('"action":"allowlist.*"');
  await expect(entries.first()).toContainText(/count: [1-9]/);
});

test("a department admin sees only their department's audit log, and no admin area", async ({ page }) => {
  const sql = e2eSql();
  let bdeId: string;
  let cceId: string;
  try {
    const deps = await sql<{ id: string; slug: string }[]>`select id, slug from departments where slug in ('bde', 'cce')`;
    bdeId = deps.find((d) => d.slug === 'bde')!.id;
    cceId = deps.find((d) => d.slug === 'cce')!.id;
    await sql`insert into audit_log (actor_email, department_id, action, target_type, details)
              values ('someone@bde.test', ${bdeId}, 'webhook.ping', 'webhook', ${sql.json({ note: 'BDE e2e marker' })}),
                     ('someone@cce.test', ${cceId}, 'webhook.ping', 'webhook', ${sql.json({ note: 'CCE e2e marker' })})`;
  } finally {
    await sql.end();
  }
  await signIn(page, BDE_ADMIN, '/dashboard/bde/audit');
  await expect(page.getByTestId('department-audit-page')).toBeVisible();
  await expect(page.getByTestId('audit-table')).toContainText('BDE e2e marker');
  await expect(page.locator('main')).not.toContainText('CCE e2e marker');
  // No department filter to widen the scope, and a forged one changes nothing.
  await expect(page.getByTestId('audit-filter-department')).toHaveCount(0);
  await page.goto(`/dashboard/bde/audit?department=${cceId}`);
  await expect(page.locator('main')).not.toContainText('CCE e2e marker');

  const res = await page.request.get('/api/dashboard/bde/audit/export');
  expect(res.status()).toBe(200);
  const body = await res.text();
  expect(body).toContain('BDE e2e marker');
  expect(body).not.toContain('CCE e2e marker');
  expect((await page.request.get('/api/dashboard/cce/audit/export')).status()).toBe(404);
  expect((await page.request.get('/api/admin/audit/export')).status()).toBe(404);

  const admin = await page.goto('/admin');
  expect(admin?.status()).toBe(404);
});

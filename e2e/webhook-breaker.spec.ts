import { expect, test, type Page } from '@playwright/test';
import { e2eSql } from './db';
import { addWebhook, signIn, submitLead, type ApplicantLead } from './journey-steps';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';
import { PLATFORM_TIME_ZONE } from '../lib/time';

// The dashboard side of the delivery engine v2: a webhook whose circuit breaker is open shows
// as paused (since when, next probe) on its page, in the webhooks list and in the delivery log,
// where its waiting deliveries say they wait for the probe; once the probe time has passed it
// is "probing"; a ping after the endpoint is fixed probes it at once and deliveries resume.
// Then replay missing: leads that arrived while a webhook was disabled show as skipped, and
// after re-enabling it one click sends them. In Spanish, as the staff screens are by default.

const DEPT = 'turismo';
const ADMIN = 'staff@turismo.test';
// Only this program: no other journey submits it, so these webhooks see only this file's leads.
const PROGRAM = { slug: 'turismo-posadas', titleEs: 'Certificación de Posadas y hospederías' };

const applicant = (n: number): ApplicantLead => ({
  programSlug: PROGRAM.slug,
  name: `Luis Breaker ${n}`,
  email: `luis${n}@example.com`,
  phone: '787-555-0177',
  businessName: `Parador El Yunque ${n}`,
  municipality: 'Río Grande',
});

/** "14:07" on Puerto Rico's clock (how the dashboard prints a time of today). */
function prClock(iso: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: PLATFORM_TIME_ZONE, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' })
      .formatToParts(new Date(iso))
      .map((x) => [x.type, x.value]),
  );
  return `${p.hour === '24' ? '00' : p.hour}:${p.minute}`;
}

/** The time as the page prints it: "14:07 AST", or with the date in front when it is not today there. */
const shown = (iso: string) => new RegExp(`(\\d{4}-\\d{2}-\\d{2} )?${prClock(iso)} AST`).source;

let receiver: WebhookReceiver;
test.beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
test.afterEach(async () => {
  await receiver.close();
});

async function withSql<T>(fn: (sql: ReturnType<typeof e2eSql>) => Promise<T>): Promise<T> {
  const sql = e2eSql();
  try {
    return await fn(sql);
  } finally {
    await sql.end();
  }
}

/** Waits until every delivery to this webhook is final (the creation ping delivered), so the engine holds nothing of it. */
async function settled(webhookId: string): Promise<void> {
  await expect
    .poll(() => withSql(async (sql) => (await sql<{ n: number }[]>`select count(*)::int as n from delivery_queue where webhook_id = ${webhookId}::uuid`)[0]!.n))
    .toBe(0);
}

/** This webhook's delivery of the lead with this reference, once planned. */
async function deliveryOf(reference: string, webhookId: string): Promise<{ id: string; status: string }> {
  let row: { id: string; status: string } | undefined;
  await expect
    .poll(async () => {
      [row] = await withSql(
        (sql) => sql<{ id: string; status: string }[]>`
          select d.id, d.status::text as status from deliveries d join events e on e.id = d.event_id join leads l on l.id = e.lead_id
           where l.reference = ${reference} and d.webhook_id = ${webhookId}::uuid`,
      );
      return row?.id;
    })
    .toBeTruthy();
  return row!;
}

async function deliveryStatus(id: string): Promise<string | undefined> {
  return withSql(async (sql) => (await sql<{ status: string }[]>`select status::text as status from deliveries where id = ${id}::uuid`)[0]?.status);
}

/** The department admin signed in with a new webhook to `path` of the receiver, its creation ping settled. */
async function adminWithWebhook(page: Page, path: string, description: string) {
  await signIn(page, ADMIN, `/dashboard/${DEPT}/webhooks`);
  const webhook = await addWebhook(page, DEPT, { url: `${receiver.url}${path}`, description, programTitles: [PROGRAM.titleEs] });
  receiver.secret = webhook.secret;
  await settled(webhook.id);
  return webhook;
}

test('a webhook whose breaker is open shows as paused, then probing, and a ping after the fix resumes it', async ({ browser }) => {
  test.setTimeout(150_000);
  const staff = await browser.newContext();
  const visitor = await browser.newContext();
  try {
    const page = await staff.newPage();
    const webhook = await adminWithWebhook(page, '/hooks/breaker', 'E2E breaker receiver');

    // The endpoint stopped answering a few minutes ago: the engine opened the breaker (set here directly).
    const [open] = await withSql(
      (sql) => sql<{ cooling_since: string; next_probe_at: string }[]>`
        update webhooks set consecutive_failures = 5, failing_since = now() - interval '3 minutes',
               cooling_since = now() - interval '3 minutes', next_probe_at = now() + interval '10 minutes'
         where id = ${webhook.id}::uuid
        returning cooling_since::text, next_probe_at::text`,
    );
    const since = new Date(open!.cooling_since).toISOString();
    const probe = new Date(open!.next_probe_at).toISOString();
    const headline = new RegExp(`^En pausa: el destino no responde desde ${shown(since)}; próxima prueba: ${shown(probe)}$`);

    // A lead arrives meanwhile: its delivery waits, nothing is sent.
    const visitorPage = await visitor.newPage();
    const reference = await submitLead(visitorPage, applicant(1));
    const waiting = await deliveryOf(reference, webhook.id);
    expect(waiting.status).toBe('pending');

    // The webhook page: an "En pausa" badge and a banner with since / next probe.
    await page.goto(`/dashboard/${DEPT}/webhooks/${webhook.id}`);
    await expect(page.getByTestId('webhook-state')).toHaveAttribute('data-state', 'paused');
    await expect(page.getByTestId('webhook-state')).toHaveText('En pausa');
    const notice = page.getByTestId('breaker-notice');
    await expect(notice).toHaveAttribute('data-phase', 'paused');
    await expect(page.getByTestId('breaker-headline')).toHaveText(headline);
    await expect(notice).toContainText('5 intentos seguidos fallaron');
    await expect(page.getByTestId('breaker-status')).toHaveAttribute('role', 'status');
    await expect(page.getByRole('heading', { name: headline })).toBeVisible();

    // The webhooks list.
    await page.goto(`/dashboard/${DEPT}/webhooks`);
    const row = page.locator(`[data-testid="webhook-row"][data-webhook-id="${webhook.id}"]`);
    await expect(row.getByTestId('webhook-state')).toHaveAttribute('data-state', 'paused');
    await expect(row.getByTestId('webhook-breaker')).toHaveText(headline);

    // The delivery log, all webhooks and this one: the same notice above the list, and the waiting row says why.
    for (const query of ['', `?webhook=${webhook.id}`]) {
      await page.goto(`/dashboard/${DEPT}/deliveries${query}`);
      const paused = page.locator(`[data-testid="paused-webhook"][data-webhook-id="${webhook.id}"]`);
      await expect(paused).toHaveAttribute('data-phase', 'paused');
      await expect(paused.getByTestId('paused-webhook-headline')).toHaveText(headline);
      await expect(paused).toContainText(`${receiver.url}/hooks/breaker`);
      await expect(page.getByTestId('paused-webhooks')).toHaveAttribute('role', 'status');
      const waitingRow = page.locator(`[data-testid="delivery-row"][data-delivery-id="${waiting.id}"]`);
      await expect(waitingRow).toHaveAttribute('data-status', 'pending');
      await expect(waitingRow.getByTestId('delivery-waits-for-probe')).toHaveText(new RegExp(`^El próximo intento espera la prueba prevista para ${shown(probe)}$`));
    }
    // …and so does the delivery's own page.
    await page.locator(`[data-testid="delivery-row"][data-delivery-id="${waiting.id}"]`).getByTestId('delivery-link').click();
    await expect(page.getByTestId('delivery-waits-for-probe')).toHaveText(new RegExp(`^El próximo intento espera la prueba prevista para ${shown(probe)}$`));

    // Once the probe time has passed the state is "probing". (A webhook with nothing to send stays there.)
    const [probing] = await withSql(
      (sql) => sql<{ id: string }[]>`
        insert into webhooks (department_id, url, description, secret_ciphertext, all_programs, consecutive_failures, failing_since, cooling_since, next_probe_at)
        select id, 'http://127.0.0.1:9/e2e-probing', 'E2E probing', 'not-a-secret', false, 7, now() - interval '20 minutes', now() - interval '20 minutes', now() - interval '1 minute'
          from departments where slug = ${DEPT}
        returning id`,
    );
    await page.goto(`/dashboard/${DEPT}/webhooks/${probing!.id}`);
    await expect(page.getByTestId('webhook-state')).toHaveAttribute('data-state', 'probing');
    await expect(page.getByTestId('breaker-notice')).toHaveAttribute('data-phase', 'probing');
    await expect(page.getByTestId('breaker-headline')).toHaveText(/^En prueba: se comprueba si el destino vuelve a responder \(no responde desde .+ AST\)$/);
    await page.goto(`/dashboard/${DEPT}/deliveries`);
    await expect(page.locator(`[data-testid="paused-webhook"][data-webhook-id="${probing!.id}"]`)).toHaveAttribute('data-phase', 'probing');
    await expect(page.locator(`[data-testid="paused-webhook"][data-webhook-id="${webhook.id}"]`)).toHaveAttribute('data-phase', 'paused');
    await withSql((sql) => sql`delete from webhooks where id = ${probing!.id}::uuid`);

    // Nothing reached the receiver while paused.
    expect(receiver.forLead(reference)).toEqual([]);
    expect(await deliveryStatus(waiting.id)).toBe('pending');

    // The endpoint is fixed; "Enviar ping" probes it at once, and the waiting lead goes out too.
    await page.goto(`/dashboard/${DEPT}/webhooks/${webhook.id}`);
    await page.getByTestId('send-ping').click();
    await expect(page.getByTestId('ping-result')).toContainText('Se envió un ping.');
    await expect.poll(() => deliveryStatus(waiting.id), { timeout: 20_000 }).toBe('delivered');
    expect(receiver.forLead(reference)).toHaveLength(1);
    expect(receiver.verifies(receiver.forLead(reference)[0]!)).toBe(true);
    await expect
      .poll(() => withSql(async (sql) => (await sql<{ p: string | null }[]>`select next_probe_at::text as p from webhooks where id = ${webhook.id}::uuid`)[0]!.p))
      .toBeNull();
    await page.reload();
    await expect(page.getByTestId('webhook-state')).toHaveAttribute('data-state', 'active');
    await expect(page.getByTestId('breaker-notice')).toHaveCount(0);
    await page.goto(`/dashboard/${DEPT}/deliveries?webhook=${webhook.id}`);
    await expect(page.locator(`[data-testid="delivery-row"][data-delivery-id="${waiting.id}"]`)).toHaveAttribute('data-status', 'delivered');
    await expect(page.getByTestId('paused-webhook')).toHaveCount(0);
  } finally {
    await staff.close();
    await visitor.close();
  }
});

test('leads that arrive while a webhook is disabled show as skipped, and after re-enabling one click sends them', async ({ browser }) => {
  test.setTimeout(150_000);
  const staff = await browser.newContext();
  const visitor = await browser.newContext();
  try {
    const page = await staff.newPage();
    const webhook = await adminWithWebhook(page, '/hooks/replay', 'E2E replay receiver');

    // Its settings: at most 3 requests in flight (a number out of range is refused next to the field).
    await page.goto(`/dashboard/${DEPT}/webhooks/${webhook.id}`);
    const limit = page.getByLabel(/^Máximo de peticiones en curso/);
    await expect(limit).toHaveValue('');
    await expect(limit).toHaveAccessibleDescription(/Déjelo vacío para usar el valor predeterminado de la plataforma \(10\)/);
    await limit.fill('500');
    await page.getByTestId('webhook-submit').click();
    await expect(page.getByTestId('maxInFlight-error')).toHaveText(
      'Error: Escriba un número entero del 1 al 100, o déjelo vacío para usar el valor predeterminado de la plataforma (10).',
    );
    await expect(limit).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('form-errors')).toContainText('Máximo de peticiones en curso');
    await limit.fill('3');
    await page.getByTestId('webhook-submit').click();
    await expect(page.getByTestId('webhook-save-status')).toHaveText('Cambios guardados.');
    await expect(limit).toHaveValue('3');
    expect(await withSql(async (sql) => (await sql<{ m: number | null }[]>`select max_in_flight as m from webhooks where id = ${webhook.id}::uuid`)[0]!.m)).toBe(3);

    // Disable it.
    await page.getByTestId('disable-webhook').click();
    await expect(page.getByTestId('enable-result')).toContainText('Webhook desactivado.');
    await expect(page.getByTestId('webhook-state')).toHaveAttribute('data-state', 'inactive');

    // Two leads arrive meanwhile: skipped, not sent.
    const visitorPage = await visitor.newPage();
    const references = [await submitLead(visitorPage, applicant(2)), await submitLead(visitorPage, applicant(3))];
    const skipped = [await deliveryOf(references[0]!, webhook.id), await deliveryOf(references[1]!, webhook.id)];
    expect(skipped.map((d) => d.status)).toEqual(['skipped', 'skipped']);

    // The delivery log shows them as skipped, and the status filter finds them.
    await page.goto(`/dashboard/${DEPT}/deliveries?webhook=${webhook.id}`);
    await page.getByLabel('Estado', { exact: true }).selectOption({ label: 'Omitida (webhook desactivado)' });
    await page.getByRole('button', { name: 'Aplicar filtros' }).click();
    await expect(page).toHaveURL((u) => u.searchParams.get('status') === 'skipped' && u.searchParams.get('webhook') === webhook.id);
    const rows = page.getByTestId('delivery-row');
    await expect(rows).toHaveCount(2);
    for (const d of skipped) {
      const r = page.locator(`[data-testid="delivery-row"][data-delivery-id="${d.id}"]`);
      await expect(r.getByTestId('delivery-status')).toHaveText('Omitida (webhook desactivado)');
      await expect(r.getByTestId('delivery-response')).toContainText('No enviada: el webhook estaba inactivo');
    }

    // The webhook page says so before enabling, and enabling offers to send them.
    await page.goto(`/dashboard/${DEPT}/webhooks/${webhook.id}`);
    await expect(page.getByTestId('enable-missing')).toHaveText(/^2 solicitudes llegaron mientras este webhook estaba desactivado \(desde \d{4}-\d{2}-\d{2} \d{2}:\d{2} AST\)\./);
    await expect(page.getByTestId('replay-missing-offer')).toHaveCount(0);
    await page.getByTestId('enable-webhook').click();
    await expect(page.getByTestId('enable-result')).toHaveText(
      'Webhook activado. 2 solicitudes que llegaron mientras estaba desactivado no se enviaron: use “Enviarlas ahora” para enviarlas.',
    );
    const offer = page.getByTestId('replay-missing-offer');
    await expect(offer).toBeVisible();
    await expect(page.getByTestId('replay-missing-count')).toHaveText(/^2 solicitudes llegaron mientras este webhook estaba desactivado \(desde \d{4}-\d{2}-\d{2} \d{2}:\d{2} AST\)\./);
    expect(receiver.forLead(references[0]!)).toEqual([]);

    await page.getByRole('button', { name: 'Enviarlas ahora' }).click();
    await expect(page.getByTestId('replay-missing-result')).toHaveText('2 entregas en cola.');
    await expect(page.getByTestId('replay-missing-result')).toHaveAttribute('role', 'status');
    await expect(offer).toHaveCount(0);

    // Both reach the receiver, signed, and show as delivered in the log.
    for (const [i, reference] of references.entries()) {
      await expect.poll(() => deliveryStatus(skipped[i]!.id), { timeout: 20_000 }).toBe('delivered');
      const got = receiver.forLead(reference);
      expect(got).toHaveLength(1);
      expect(receiver.verifies(got[0]!)).toBe(true);
    }
    await page.goto(`/dashboard/${DEPT}/deliveries?webhook=${webhook.id}`);
    for (const d of skipped) await expect(page.locator(`[data-testid="delivery-row"][data-delivery-id="${d.id}"]`)).toHaveAttribute('data-status', 'delivered');

    // Nothing is left to replay.
    await page.goto(`/dashboard/${DEPT}/webhooks/${webhook.id}`);
    await expect(page.getByTestId('replay-missing-offer')).toHaveCount(0);
  } finally {
    await staff.close();
    await visitor.close();
  }
});

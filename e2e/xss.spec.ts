import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { drizzle } from 'drizzle-orm/postgres-js';
import * as schema from '../db/schema';
import { createLead } from '../lib/leads/create-lead';
import { e2eSql } from './db';
import { addWebhook, signIn, submitLead, type ApplicantLead } from './journey-steps';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';

// "A lead whose fields hold script and HTML payloads is shown inert in every view and in the
// CSV": leads list, lead page, delivery log, delivery Request and Response tabs, the public
// form and confirmation page, and the CSV export (formula injection neutralised).

const DEPT = 'cce';
const ADMIN = 'staff@cce.test';
const PROGRAM = { slug: 'cce-asesoria', titleEs: 'Asesoría empresarial gratuita' };

const HTML_LEAD: ApplicantLead = {
  programSlug: PROGRAM.slug,
  name: '<script>window.__xss=1</script>',
  email: 'xss@example.com',
  phone: '787-555-0100',
  businessName: '<img src=x onerror="window.__xss=2">',
  municipality: 'Ponce',
  message: [
    '"><svg onload=window.__xss=3>',
    "<img src=x onerror=alert('xss')>",
    '</textarea></pre></code><script>window.__xss=4</script>',
    '<a href="javascript:window.__xss=5">click me</a> & <b>bold</b> &amp; &lt;done&gt;',
  ].join('\n'),
};

const FORMULA_LEADS: ApplicantLead[] = [
  {
    programSlug: PROGRAM.slug,
    name: '=HYPERLINK("http://evil.example","x")',
    email: 'formula1@example.com',
    phone: '+1 787 555 0101',
    businessName: '+1+1',
    municipality: 'Ponce',
    message: '-2',
  },
  {
    programSlug: PROGRAM.slug,
    name: '@SUM(1)',
    email: 'formula2@example.com',
    phone: '(787) 555-0102',
    businessName: '-2+3',
    municipality: 'Ponce',
    message: '=1+1\nsecond line, with "quotes"; and a comma',
  },
];

/** Cells starting with a tab or CR cannot come through the form (it trims), so this one is stored by the domain function. */
const STORED_LEAD = {
  name: '\t=cmd|\' /C calc\'!A0',
  email: 'formula3@example.com',
  phone: '787-555-0103',
  businessName: '\r=2+3',
  municipality: 'Ponce' as const,
  message: '\t@SUM(1)',
};

/** What the export promises (lib/leads/export-csv.ts): a ' before = + - @ at the start, or after a separator or line break inside a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;
// A leading formula character gets a quote, and so does one after a separator or line break
// inside the cell (a ';' locale, or a reader that ignores quotes mid-field, starts a cell there).
const neutralised = (s: string) => {
  const inner = s.replace(/([,;\t\r\n])(?=[=+\-@])/g, "$1'");
  return FORMULA_START.test(s) ? `'${inner}` : inner;
};

/** Everything on the page that would mean a payload came alive; [] when the page is inert. */
async function livePayloads(page: Page): Promise<string[]> {
  await page.waitForLoadState('load'); // images (and their onerror) have had their chance
  return page.evaluate(() => {
    const found: string[] = [];
    const w = window as unknown as { __xss?: unknown };
    if (w.__xss !== undefined) found.push(`window.__xss = ${String(w.__xss)}`);
    // A payload in an input's value is fine (that is text); in a handler or a URL attribute it would run.
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if ((/^on/i.test(a.name) || /^(href|src|srcdoc|action|formaction|xlink:href)$/i.test(a.name)) && /__xss|alert\(/.test(a.value)) found.push(`<${el.localName} ${a.name}="${a.value}">`);
      }
    }
    for (const s of document.scripts) {
      const text = s.textContent ?? '';
      // Next's flight data carries the page's text as escaped JS strings; any other script with a payload is live.
      if (/__xss|alert\(/.test(text) && !/^\(?self\.__next_f/.test(text)) found.push(`<script>${text.slice(0, 80)}`);
    }
    if (document.querySelector('img[src="x"], svg[onload], [onerror], [onload]')) found.push('a payload element is in the DOM');
    return found;
  });
}

function watchDialogs(context: BrowserContext): string[] {
  const dialogs: string[] = [];
  context.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return dialogs;
}

async function expectInert(page: Page, dialogs: string[], where: string) {
  expect(await livePayloads(page), where).toEqual([]);
  expect(dialogs, where).toEqual([]);
}

/**
 * Line breaks compared as LF: a submitted textarea turns LF into CRLF, and HTML parsing turns CR
 * into LF. That is the only change the text may see on its way.
 */
const lines = (s: string | null | undefined) => (s ?? '').replace(/\r\n?/g, '\n');

/** The exact text of an element (React text nodes: what a person reads, tabs and line breaks kept). */
async function textOf(page: Page, testId: string, nth = 0): Promise<string | null> {
  const el = page.getByTestId(testId).nth(nth);
  await expect(el).toBeVisible();
  return el.textContent();
}

/** RFC 4180, strictly: CRLF between records, line breaks and quotes only inside quoted cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && cell === '' && !wasQuoted) {
      quoted = wasQuoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      wasQuoted = false;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      wasQuoted = false;
      i++;
    } else if (c === '\r' || c === '\n' || c === '"' || wasQuoted) {
      throw new Error(`malformed CSV at offset ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 20), i + 20))}`);
    } else cell += c;
  }
  if (quoted) throw new Error('malformed CSV: unterminated quoted cell');
  if (cell !== '' || row.length > 0) throw new Error('malformed CSV: the last record does not end with CRLF');
  return rows;
}

test('the inertness check itself sees a payload that runs', async ({ page }) => {
  const dialogs = watchDialogs(page.context());
  await page.setContent('<p>hello</p><img src=x onerror="window.__xss=2">');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBe(2);
  expect(await livePayloads(page)).toEqual(expect.arrayContaining(['window.__xss = 2']));
  await page.setContent('<script>alert(1)</script>');
  expect(dialogs).toEqual(['alert: 1']);
  expect(() => parseCsv('a,"b"c\r\n')).toThrow(/malformed/);
  expect(() => parseCsv('a,b\nc,d\r\n')).toThrow(/malformed/);
  expect(parseCsv('\uFEFFa,"b ""q"", c\r\nd"\r\n')).toEqual([['\uFEFFa', 'b "q", c\r\nd']]);
});

test('script and HTML in a lead stay text in every view, and the CSV is formula-safe', async ({ browser }) => {
  test.setTimeout(120_000);
  let receiver: WebhookReceiver | undefined;
  const staffContext = await browser.newContext({ acceptDownloads: true });
  const applicantContext = await browser.newContext();
  const staffDialogs = watchDialogs(staffContext);
  const applicantDialogs = watchDialogs(applicantContext);
  try {
    // A receiver that answers with HTML echoing what it got, plus payloads of its own, in a header too.
    receiver = await startWebhookReceiver();
    const echoed = new Map<string, string>();
    receiver.reply = (r) => {
      const body = `<html><body><h1>Thanks</h1><pre>${r.body}</pre><script>window.__xss=9</script><img src=x onerror="window.__xss=10"></body></html>`;
      if (r.json?.data?.lead?.reference) echoed.set(r.json.data.lead.reference, body);
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'x-note': '<img src=x onerror="window.__xss=11">' }, body };
    };
    const page = await staffContext.newPage();
    await signIn(page, ADMIN, `/dashboard/${DEPT}/webhooks`);
    const webhook = await addWebhook(page, DEPT, { url: `${receiver.url}/echo`, description: 'E2E echo receiver', programTitles: [PROGRAM.titleEs] });
    await expectInert(page, staffDialogs, 'webhook created');

    // The applicant's side: the form keeps the payloads as values after a mistake, then the confirmation page.
    const applicant = await applicantContext.newPage();
    await applicant.goto(`/solicitar?program=${PROGRAM.slug}`);
    await applicant.getByLabel('Nombre completo').fill(HTML_LEAD.name);
    await applicant.getByLabel('Nombre del negocio').fill(HTML_LEAD.businessName);
    await applicant.getByLabel(/^Mensaje para los departamentos/).fill(HTML_LEAD.message!);
    await applicant.getByRole('button', { name: 'Enviar solicitud' }).click();
    await expect(applicant.locator('#lead-error-summary')).toBeVisible();
    await expect(applicant.getByLabel('Nombre completo')).toHaveValue(HTML_LEAD.name);
    await expect(applicant.getByLabel(/^Mensaje para los departamentos/)).toHaveValue(HTML_LEAD.message!);
    await expectInert(applicant, applicantDialogs, 'public form with errors');

    const htmlRef = await submitLead(applicant, HTML_LEAD);
    await expectInert(applicant, applicantDialogs, 'public confirmation page');
    await applicant.goto(`/confirmacion/${htmlRef}`);
    await expect(applicant.getByTestId('lead-reference')).toHaveText(htmlRef);
    await expectInert(applicant, applicantDialogs, 'public confirmation page, reloaded');
    const formulaRefs: string[] = [];
    for (const lead of FORMULA_LEADS) formulaRefs.push(await submitLead(applicant, lead));

    const sql = e2eSql();
    let storedRef: string;
    try {
      const [program] = await sql<{ id: string }[]>`select id from programs where slug = ${PROGRAM.slug}`;
      const stored = await createLead(drizzle(sql, { schema }), {
        ...STORED_LEAD,
        businessStage: 'new',
        sector: 'services',
        programIds: [program!.id],
        consent: true,
        locale: 'en',
      });
      if (!stored.ok) throw new Error(`createLead refused: ${JSON.stringify(stored)}`);
      storedRef = stored.reference;
    } finally {
      await sql.end();
    }
    const all = [
      { ref: htmlRef, lead: HTML_LEAD },
      ...FORMULA_LEADS.map((lead, i) => ({ ref: formulaRefs[i]!, lead })),
      { ref: storedRef, lead: { ...STORED_LEAD, programSlug: PROGRAM.slug } as ApplicantLead },
    ];

    // Leads list: every value is there, as text.
    await page.goto(`/dashboard/${DEPT}/leads`);
    for (const { ref, lead } of all) {
      const row = page.locator(`[data-testid="lead-row"][data-reference="${ref}"]`);
      await expect(row).toBeVisible();
      expect(lines(await row.getByTestId('lead-name').textContent()), ref).toBe(lines(lead.name));
      expect(lines(await row.getByTestId('lead-business').textContent()), ref).toBe(lines(lead.businessName));
    }
    await expect(page.getByText(HTML_LEAD.name, { exact: true })).toBeVisible();
    await expectInert(page, staffDialogs, 'leads list');

    // Each lead's page, opened from the list; the HTML lead's last, as its deliveries are opened from there.
    for (const { ref, lead } of [...all.slice(1), all[0]!]) {
      await page.goto(`/dashboard/${DEPT}/leads`);
      await page.locator(`[data-testid="lead-row"][data-reference="${ref}"]`).getByRole('link', { name: ref }).click();
      await expect(page.getByTestId('lead-page')).toBeVisible();
      expect(await textOf(page, 'lead-reference')).toBe(ref);
      expect(lines(await textOf(page, 'lead-name')), ref).toBe(lines(lead.name));
      expect(lines(await textOf(page, 'lead-business')), ref).toBe(lines(lead.businessName));
      expect(lines(await textOf(page, 'lead-message')), ref).toBe(lines(lead.message));
      await expectInert(page, staffDialogs, `lead page ${ref}`);
    }

    // The HTML lead's deliveries: to the echo receiver (JSON) and to the seeded CCE webhook (form body).
    const deliveryRows = page.getByTestId('lead-delivery-row');
    await expect(deliveryRows.first()).toBeVisible();
    const deliveryIds = await deliveryRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-delivery-id')!));
    expect(deliveryIds.length, 'the echo webhook and the seeded CCE one (form body)').toBeGreaterThanOrEqual(2);
    let echoDeliveryId: string | undefined;
    for (const id of deliveryIds) {
      await page.goto(`/dashboard/${DEPT}/deliveries/${id}`);
      const detail = page.getByTestId('delivery-detail');
      await expect(detail).toHaveAttribute('data-status', 'delivered', { timeout: 15_000 });
      const toEcho = (await page.getByTestId('delivery-header').getByText(`${receiver.url}/echo`).count()) > 0;
      if (toEcho) echoDeliveryId = id;

      // Request tab: the body, pretty-printed (a form body decoded), reads back to exactly what was typed.
      await expect(page.getByTestId('attempt-panel-request')).toBeVisible();
      const sent = JSON.parse((await textOf(page, 'request-body'))!) as { data: { lead: { name: string; businessName: string; message: string } } };
      expect(sent.data.lead).toMatchObject({ name: HTML_LEAD.name, businessName: HTML_LEAD.businessName });
      expect(lines(sent.data.lead.message)).toBe(HTML_LEAD.message);
      await expectInert(page, staffDialogs, `delivery ${id}, request tab`);

      // Response tab: the receiver's HTML answer, shown as text.
      await page.getByTestId('attempt-tab-response').click();
      await expect(page.getByTestId('attempt-panel-response')).toBeVisible();
      await expect(page.getByTestId('response-status')).toHaveText('200');
      if (toEcho) {
        expect(await textOf(page, 'response-body')).toBe(echoed.get(htmlRef));
        await expect(page.getByTestId('response-headers')).toContainText('<img src=x onerror="window.__xss=11">');
      }
      await expectInert(page, staffDialogs, `delivery ${id}, response tab`);
    }
    expect(echoDeliveryId, 'one delivery went to the echo receiver').toBeDefined();
    expect(receiver.forLead(htmlRef)).toHaveLength(1);
    expect(receiver.verifies(receiver.forLead(htmlRef)[0]!, webhook.secret)).toBe(true);

    // The delivery log, all webhooks and this webhook's (with its charts).
    for (const path of [`/dashboard/${DEPT}/deliveries`, `/dashboard/${DEPT}/deliveries?webhook=${webhook.id}`]) {
      await page.goto(path);
      await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
      await expect(page.locator(`[data-testid="delivery-row"][data-delivery-id="${echoDeliveryId}"]`)).toHaveAttribute('data-status', 'delivered');
      await expectInert(page, staffDialogs, path);
    }

    // The CSV export.
    await page.goto(`/dashboard/${DEPT}/leads`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('leads-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^leads-cce-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...records] = parseCsv(csv.slice(1));
    expect(header).toEqual(expect.arrayContaining(['Referencia', 'Nombre', 'Correo electrónico', 'Teléfono', 'Nombre del negocio', 'Mensaje']));
    const col = (name: string) => header!.indexOf(name);
    for (const r of records) {
      expect(r).toHaveLength(header!.length);
      for (const cell of r) expect(cell, `a cell of ${r[0]}`).not.toMatch(FORMULA_START); // nothing a spreadsheet would run
    }
    for (const { ref, lead } of all) {
      const r = records.find((x) => x[col('Referencia')] === ref);
      expect(r, `${ref} is in the export`).toBeDefined();
      for (const [column, original] of [
        ['Nombre', lead.name],
        ['Correo electrónico', lead.email],
        ['Teléfono', lead.phone],
        ['Nombre del negocio', lead.businessName],
        ['Mensaje', lead.message ?? ''],
      ] as const) {
        expect(lines(r![col(column)]), `${ref} ${column}`).toBe(lines(neutralised(original)));
      }
    }
    // And it was formula payloads that got the quote, not everything.
    const phoneOf = (ref: string) => records.find((x) => x[col('Referencia')] === ref)![col('Teléfono')];
    expect(phoneOf(formulaRefs[0]!)).toBe("'+1 787 555 0101");
    expect(phoneOf(htmlRef)).toBe('787-555-0100');
    const storedRow = records.find((x) => x[col('Referencia')] === storedRef)!;
    expect([storedRow[col('Nombre')], storedRow[col('Nombre del negocio')], storedRow[col('Mensaje')]]).toEqual([
      neutralised(STORED_LEAD.name),
      "'\r'=2+3",
      "'\t'@SUM(1)",
    ]);
  } finally {
    await receiver?.close();
    await staffContext.close();
    await applicantContext.close();
  }
});

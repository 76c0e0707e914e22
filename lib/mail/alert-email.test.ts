/**
 * The failure alert e-mails in both languages, sent through nodemailer to a real SMTP server on
 * loopback and read back parsed: subject, language, glossary, links, escaping, and no payload
 * URL path or query in any of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '../env';
import { renderDepartmentDigestEmail, renderPlatformDigestEmail, renderWebhookAlertEmail, type WebhookAlertEmail } from './alert-email';
import { resetMailer, sendMail } from './mailer';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server';

const BASE = 'https://puente.example.gov.pr';
const HOSTILE = '<script>alert(1)</script> & "Co"';
const URL_WITH_TOKEN = 'https://crm.example.gov.pr:8443/hooks/catch/123?token=s3cret-token';
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  process.env.SMTP_URL = smtp.url;
  process.env.SMTP_FROM = 'Puente PR <no-reply@puente.example.gov.pr>';
  resetEnvCache();
  resetMailer();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  resetEnvCache();
  resetMailer();
  await smtp.close();
});

const base = (over: Partial<WebhookAlertEmail>): WebhookAlertEmail => ({
  to: 'ana@example.com',
  locale: 'es',
  notice: 'failing',
  departmentName: HOSTILE,
  webhook: { description: 'CRM de préstamos', url: URL_WITH_TOKEN },
  since: new Date('2026-03-08T16:00:00Z'),
  lastError: 'HTTP 500',
  link: `${BASE}/dashboard/bde/webhooks/0b7c0f4e-0000-4000-8000-000000000001`,
  accountLink: `${BASE}/dashboard/account`,
  ...over,
});

async function roundTrip(message: ReturnType<typeof renderWebhookAlertEmail>) {
  const before = smtp.received.length;
  expect(await sendMail(message)).toEqual({ ok: true });
  expect(smtp.received).toHaveLength(before + 1);
  const m = smtp.received[before]!;
  return { rcptTo: m.rcptTo, subject: m.parsed.subject ?? '', text: m.parsed.text ?? '', html: typeof m.parsed.html === 'string' ? m.parsed.html : '' };
}

function expectNoSecretsOrMarkup(m: { subject: string; text: string; html: string }) {
  for (const part of [m.subject, m.text, m.html]) {
    expect(part).not.toContain('s3cret-token');
    expect(part).not.toContain('/hooks/catch');
  }
  expect(m.html).not.toContain('<script');
  expect(m.subject).not.toMatch(/[\r\n]/);
}

describe('a webhook alert, sent over SMTP', () => {
  it('failing, in Spanish: the glossary terms, the origin only, the last error, the link to the webhook', async () => {
    const m = await roundTrip(renderWebhookAlertEmail(base({})));
    expect(m.rcptTo).toEqual(['ana@example.com']);
    expect(m.subject).toBe(`[Puente] Webhook con fallos: CRM de préstamos (${HOSTILE})`);
    expect(m.text).toContain('Las entregas de');
    expect(m.text).toContain('URL de destino: https://crm.example.gov.pr:8443/…');
    expect(m.text).toContain('Último error: HTTP 500');
    expect(m.text).toContain('desde el 8 de marzo de 2026, 12:00 AST (hora de Puerto Rico)');
    expect(m.text).toContain(`Ver lo que pasó: ${BASE}/dashboard/bde/webhooks/0b7c0f4e-0000-4000-8000-000000000001`);
    expect(m.text).not.toMatch(/delivery|deliveries|payload URL/i);
    expect(m.html).toContain('lang="es"');
    expect(m.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(m.html).toContain(`href="${BASE}/dashboard/bde/webhooks/0b7c0f4e-0000-4000-8000-000000000001"`);
    expectNoSecretsOrMarkup(m);
  });

  it('failing, in English', async () => {
    const m = await roundTrip(renderWebhookAlertEmail(base({ locale: 'en' })));
    expect(m.subject).toBe(`[Puente] Webhook failing: CRM de préstamos (${HOSTILE})`);
    expect(m.text).toContain('have been failing since March 8, 2026, 12:00 AST (Puerto Rico time)');
    expect(m.text).toContain('Payload URL: https://crm.example.gov.pr:8443/…');
    expect(m.text).toContain('See what happened: https://');
    expect(m.text).not.toMatch(/entrega|URL de destino/);
    expect(m.html).toContain('lang="en"');
    expectNoSecretsOrMarkup(m);
  });

  it('disabled, both languages: the engine reasons are translated', async () => {
    const es = await roundTrip(renderWebhookAlertEmail(base({ notice: 'disabled', reason: 'The receiver answered 410 Gone.' })));
    expect(es.subject).toMatch(/^\[Puente\] Webhook desactivado: /);
    expect(es.text).toContain('Motivo: El receptor respondió 410 Gone');
    const es5 = renderWebhookAlertEmail(base({ notice: 'disabled', reason: 'Every delivery failed for 5 days.' }));
    expect(es5.text).toContain('Motivo: Todas las entregas fallaron durante 5 días.');
    const en = await roundTrip(renderWebhookAlertEmail(base({ notice: 'disabled', locale: 'en', reason: 'Every delivery failed for 5 days.' })));
    expect(en.subject).toMatch(/^\[Puente\] Webhook disabled: /);
    expect(en.text).toContain('Reason: Every delivery failed for 5 days.');
    expectNoSecretsOrMarkup(es);
    expectNoSecretsOrMarkup(en);
  });

  it('recovered, both languages, with what it had been', async () => {
    const es = await roundTrip(renderWebhookAlertEmail(base({ notice: 'recovered', previous: 'disabled' })));
    expect(es.subject).toMatch(/^\[Puente\] Webhook recuperado: /);
    expect(es.text).toContain('vuelve a recibir entregas. Estaba desactivado desde el');
    const en = await roundTrip(renderWebhookAlertEmail(base({ notice: 'recovered', previous: 'failing', locale: 'en' })));
    expect(en.subject).toMatch(/^\[Puente\] Webhook recovered: /);
    expect(en.text).toContain('receives deliveries again. It had been failing since');
  });

  it('a description with line breaks cannot add a header; no description falls back to the origin', async () => {
    const m = await roundTrip(renderWebhookAlertEmail(base({ webhook: { description: 'CRM\r\nBcc: victim@example.com', url: URL_WITH_TOKEN } })));
    expect(m.subject).toContain('CRM Bcc: victim@example.com');
    expect(smtp.received.at(-1)!.rcptTo).toEqual(['ana@example.com']);
    const n = renderWebhookAlertEmail(base({ webhook: { description: '', url: URL_WITH_TOKEN } }));
    expect(n.subject).toContain('https://crm.example.gov.pr:8443/…');
  });
});

describe('the daily digests, sent over SMTP', () => {
  it("a department's: every broken webhook with its state, since when and its link, in each language", async () => {
    const webhooks = [
      { description: 'CRM', url: URL_WITH_TOKEN, state: 'disabled' as const, since: new Date('2026-03-07T12:00:00Z'), link: `${BASE}/dashboard/bde/webhooks/a` },
      { description: '', url: 'http://10.0.0.5/', state: 'failing' as const, since: new Date('2026-03-08T12:00:00Z'), link: `${BASE}/dashboard/bde/webhooks/b` },
    ];
    const es = await roundTrip(renderDepartmentDigestEmail({ to: 'ana@example.com', locale: 'es', departmentName: 'BDE', webhooks, accountLink: `${BASE}/dashboard/account` }));
    expect(es.subject).toBe('[Puente] Resumen diario: 2 webhooks siguen con problemas (BDE)');
    expect(es.text).toContain('• CRM (https://crm.example.gov.pr:8443/…): desactivado desde el');
    expect(es.text).toContain('• http://10.0.0.5: fallando desde el');
    expect(es.text).toContain(`${BASE}/dashboard/bde/webhooks/b`);
    const en = await roundTrip(renderDepartmentDigestEmail({ to: 'ana@example.com', locale: 'en', departmentName: 'BDE', webhooks: webhooks.slice(0, 1), accountLink: `${BASE}/dashboard/account` }));
    expect(en.subject).toBe('[Puente] Daily digest: 1 webhook is still broken (BDE)');
    expect(en.html).toContain(`href="${BASE}/dashboard/bde/webhooks/a"`);
    expectNoSecretsOrMarkup(es);
    expectNoSecretsOrMarkup(en);
  });

  it("the platform admins': every failing department with counts and a link", async () => {
    const departments = [{ name: HOSTILE, failing: 1, disabled: 2, since: new Date('2026-03-07T12:00:00Z'), link: `${BASE}/admin/departments/x` }];
    const es = await roundTrip(renderPlatformDigestEmail({ to: 'admin@example.com', locale: 'es', departments, link: `${BASE}/admin`, accountLink: `${BASE}/dashboard/account` }));
    expect(es.subject).toBe('[Puente] Resumen diario: 1 departamento con webhooks con problemas');
    expect(es.text).toContain('1 fallando, 2 desactivado(s)');
    expect(es.html).not.toContain('<script');
    const en = await roundTrip(renderPlatformDigestEmail({ to: 'admin@example.com', locale: 'en', departments, link: `${BASE}/admin`, accountLink: `${BASE}/dashboard/account` }));
    expect(en.subject).toBe('[Puente] Daily digest: 1 department with broken webhooks');
    expect(en.text).toContain('1 failing, 2 disabled, since March 7, 2026');
    expect(en.text).toContain(`Open the platform overview: ${BASE}/admin`);
  });
});

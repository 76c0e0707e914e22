import { beforeAll, describe, expect, it } from 'vitest';
import { ENVELOPE_VERSION } from '@/lib/delivery/envelope';
import { resetEnvCache } from '@/lib/env';
import { staffMessages } from '@/lib/i18n/staff';
import { webhookInputSchema, webhookFieldErrors } from '@/lib/webhooks/webhook-schema';
import { describeWebhookErrors, missingAfterEnable, webhookRawFromFormData } from './webhook-form-data';

const es = staffMessages('es');
const en = staffMessages('en');

beforeAll(() => {
  delete process.env.PUENTE_WEBHOOK_MAX_IN_FLIGHT;
  resetEnvCache();
});

/** The webhook form as a browser posts it, plus `fields`. */
function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  const all = { contentType: 'json', verification: 'signature', eventsMode: 'lead', programsMode: 'all', sslVerify: 'on', active: 'on', ...fields };
  for (const [k, v] of Object.entries(all)) f.append(k, v);
  return f;
}

describe('the maximum requests in flight field', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['7', 7],
    [' 12 ', 12],
    ['100', 100],
  ])('reads %j as %j', (typed, read) => {
    const { raw, errors } = webhookRawFromFormData(form({ url: 'https://ok.example.com', maxInFlight: typed }), es);
    expect(errors).toEqual({});
    expect(raw.maxInFlight).toBe(read);
    expect(webhookInputSchema.safeParse(raw).success).toBe(true);
  });

  it('is the platform default when the form does not post it at all', () => {
    expect(webhookRawFromFormData(form({ url: 'https://ok.example.com' }), es).raw.maxInFlight).toBeNull();
  });

  it.each(['0', '101', '2.5', 'ten', '-1', '1e2'])('refuses %j with a sentence that names the range and the default', (typed) => {
    const { raw } = webhookRawFromFormData(form({ url: 'https://ok.example.com', maxInFlight: typed }), es);
    const parsed = webhookInputSchema.safeParse(raw);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(describeWebhookErrors(webhookFieldErrors(parsed.error), es)).toEqual({
      maxInFlight: 'Escriba un número entero del 1 al 100, o déjelo vacío para usar el valor predeterminado de la plataforma (10).',
    });
    expect(describeWebhookErrors(webhookFieldErrors(parsed.error), en)).toEqual({
      maxInFlight: 'Enter a whole number from 1 to 100, or leave it empty for the platform default (10).',
    });
  });
});

describe('the envelope version select', () => {
  it('reads "always the newest" as null and a version as itself; a form without the select leaves it unchanged', () => {
    const read = (fields: Record<string, string>) => webhookRawFromFormData(form({ url: 'https://ok.example.com', ...fields }), es).raw;
    expect(read({ envelopeVersion: '' }).envelopeVersion).toBeNull();
    expect(read({ envelopeVersion: ENVELOPE_VERSION }).envelopeVersion).toBe(ENVELOPE_VERSION);
    expect('envelopeVersion' in read({})).toBe(false);
    expect(webhookInputSchema.safeParse(read({ envelopeVersion: ENVELOPE_VERSION })).success).toBe(true);
    expect(webhookInputSchema.safeParse(read({ envelopeVersion: '1999-01-01' })).success).toBe(false);
  });
});

describe('after enabling a webhook', () => {
  it('offers the leads that arrived while it was disabled', () => {
    expect(missingAfterEnable(0, es)).toBe('');
    expect(missingAfterEnable(1, es)).toBe(' 1 solicitud que llegó mientras estaba desactivado no se envió: use “Enviarlas ahora” para enviarla.');
    expect(missingAfterEnable(3, es)).toBe(' 3 solicitudes que llegaron mientras estaba desactivado no se enviaron: use “Enviarlas ahora” para enviarlas.');
    expect(missingAfterEnable(1, en)).toBe(' 1 lead that arrived while it was disabled was not sent: use “Send them now” to send it.');
    expect(missingAfterEnable(3, en)).toBe(' 3 leads that arrived while it was disabled were not sent: use “Send them now” to send them.');
  });
});

describe('the form’s own problems', () => {
  it('are worded in the viewer’s language', () => {
    const { errors } = webhookRawFromFormData(form({ url: 'https://ok.example.com', 'header.0.name': '', 'header.0.value': 'x', 'header.1.name': 'Host', 'header.1.value': 'y' }), es);
    expect(errors).toEqual({
      'header.0.name': 'Escriba el nombre del encabezado o borre su valor.',
      'header.1.name': 'Puente define este encabezado por su cuenta: elija otro nombre.',
      customHeaders: 'Revise los encabezados personalizados más abajo.',
    });
  });

  it('words the URL refusals of the SSRF check', () => {
    expect(describeWebhookErrors({ url: 'address not allowed: 10.0.0.1 is a private network address', events: 'chooseEvent' }, es)).toEqual({
      url: 'Dirección no permitida: 10.0.0.1 es una dirección de red privada.',
      events: 'Elija al menos un evento.',
    });
  });
});

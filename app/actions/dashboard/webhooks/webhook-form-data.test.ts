import { beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/env';
import { webhookInputSchema, webhookFieldErrors } from '@/lib/webhooks/webhook-schema';
import { describeWebhookErrors, missingAfterEnable, webhookRawFromFormData } from './webhook-form-data';

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
    const { raw, errors } = webhookRawFromFormData(form({ url: 'https://ok.example.com', maxInFlight: typed }));
    expect(errors).toEqual({});
    expect(raw.maxInFlight).toBe(read);
    expect(webhookInputSchema.safeParse(raw).success).toBe(true);
  });

  it('is the platform default when the form does not post it at all', () => {
    expect(webhookRawFromFormData(form({ url: 'https://ok.example.com' })).raw.maxInFlight).toBeNull();
  });

  it.each(['0', '101', '2.5', 'ten', '-1', '1e2'])('refuses %j with a sentence that names the range and the default', (typed) => {
    const { raw } = webhookRawFromFormData(form({ url: 'https://ok.example.com', maxInFlight: typed }));
    const parsed = webhookInputSchema.safeParse(raw);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(describeWebhookErrors(webhookFieldErrors(parsed.error))).toEqual({
      maxInFlight: 'Enter a whole number from 1 to 100, or leave it empty for the platform default (10).',
    });
  });
});

describe('after enabling a webhook', () => {
  it('offers the leads that arrived while it was disabled', () => {
    expect(missingAfterEnable(0)).toBe('');
    expect(missingAfterEnable(1)).toBe(' 1 lead that arrived while it was disabled was not sent: use “Send them now” to send it.');
    expect(missingAfterEnable(3)).toBe(' 3 leads that arrived while it was disabled were not sent: use “Send them now” to send them.');
  });
});

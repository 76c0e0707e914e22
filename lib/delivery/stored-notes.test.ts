import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { staffMessages } from '../i18n/staff';
import { deliveryNote, disabledReason } from './stored-notes';

const es = staffMessages('es');
const en = staffMessages('en');
const source = (path: string) => readFileSync(path, 'utf8');

describe('the sentences the engine stores, in the viewer’s language', () => {
  it('translates the notes of deliveries that were not sent', () => {
    expect(deliveryNote('Not sent: the webhook was inactive when this event happened.', es)).toBe(
      'No enviada: el webhook estaba inactivo cuando ocurrió este evento.',
    );
    expect(deliveryNote('Not sent: the webhook was disabled when this event happened.', es)).toBe(
      'No enviada: el webhook estaba desactivado cuando ocurrió este evento.',
    );
    expect(deliveryNote('Its data was removed under the retention policy.', es)).toBe('Sus datos se eliminaron según la política de retención.');
    expect(deliveryNote('Not delivered within the 30-day retention period; its data was removed.', es)).toBe(
      'No se entregó dentro del período de retención de 30 días; sus datos se eliminaron.',
    );
    expect(deliveryNote('Not delivered within the 30-day retention period; its data was removed.', en)).toBe(
      'Not delivered within the 30-day retention period; its data was removed.',
    );
  });

  it('leaves technical text as it is', () => {
    expect(deliveryNote('connect ECONNREFUSED 127.0.0.1:9', es)).toBe('connect ECONNREFUSED 127.0.0.1:9');
    expect(disabledReason('failing', es)).toBe('failing');
  });

  it('translates why a webhook was disabled', () => {
    expect(disabledReason('The receiver answered 410 Gone.', es)).toBe('El receptor respondió 410 Gone.');
    expect(disabledReason('Every delivery failed for 3 days.', es)).toBe('Todas las entregas fallaron durante 3 días.');
    expect(disabledReason('Every delivery failed for 3 days.', en)).toBe('Every delivery failed for 3 days.');
  });

  it('knows the sentences the engine writes today', () => {
    const plan = source('lib/delivery/plan-deliveries.ts');
    expect(plan).toContain("'Not sent: the webhook was disabled when this event happened.'");
    expect(plan).toContain("'Not sent: the webhook was inactive when this event happened.'");
    const attempt = source('lib/delivery/attempt-delivery.ts');
    expect(attempt).toContain("'Its data was removed under the retention policy.'");
    expect(attempt).toContain("'The receiver answered 410 Gone.'");
    expect(attempt).toContain('`Every delivery failed for ${e.WEBHOOK_DISABLE_AFTER_DAYS} days.`');
    expect(source('lib/retention/purge.ts')).toContain('`Not delivered within the ${days}-day retention period; its data was removed.`');
  });
});

import { describe, expect, it } from 'vitest';
import { leadSchema } from './lead-schema';

const valid = {
  name: 'Ana Pérez',
  email: 'ana@example.com',
  phone: '787-555-0123',
  businessName: 'Café La Plaza',
  municipality: 'Ponce',
  businessStage: 'new',
  sector: 'food',
  message: 'Hola',
  programIds: ['00000000-0000-4000-8000-000000000001'],
  consent: true,
  locale: 'es',
};

describe('leadSchema and control characters', () => {
  it('accepts a normal lead, with line breaks and tabs in the message', () => {
    expect(leadSchema.safeParse({ ...valid, message: 'línea uno\r\nlínea\tdos' }).success).toBe(true);
  });

  it.each(['name', 'email', 'phone', 'businessName', 'message'] as const)('refuses a NUL or another control character in %s with a field error', (field) => {
    for (const bad of ['\u0000', '\u0007', '\u001b[31m', '\u007f']) {
      const value = field === 'email' ? `ana${bad}@example.com` : field === 'phone' ? `787${bad}5550123` : `Ana${bad} Pérez`;
      const r = leadSchema.safeParse({ ...valid, [field]: value });
      expect(r.success).toBe(false);
      if (r.success) continue;
      const issue = r.error.issues.find((i) => i.path[0] === field);
      expect(issue?.message).toBe('invalidCharacters');
    }
  });
});

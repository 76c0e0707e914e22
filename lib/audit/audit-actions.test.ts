import { describe, expect, it } from 'vitest';
import { staffMessages } from '../i18n/staff';
import { AUDIT_ACTION_GROUPS, auditActionLabel } from './audit-actions';

describe('the audited acts', () => {
  it('every act with a name is offered in exactly one group of the filter', () => {
    const grouped = AUDIT_ACTION_GROUPS.flatMap((g) => g.actions);
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual(Object.keys(staffMessages('es').audit.actions).sort());
  });

  it('are named in Spanish, or in English when asked, and an unknown act by its raw name', () => {
    expect(auditActionLabel('webhook.secret_rotated', 'es')).toBe('Secreto rotado');
    expect(auditActionLabel('webhook.secret_rotated', 'en')).toBe('Secret rotated');
    expect(auditActionLabel('something.new', 'es')).toBe('something.new');
  });
});

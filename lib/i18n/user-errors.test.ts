/** Every code the people forms can answer with has its words in both languages; anything else passes as it is. */
import { describe, expect, it } from 'vitest';
import { newAccountSchema, USER_ERROR_CODES, fieldErrorsOf } from '../users/user-schemas';
import { staffMessages } from './staff';
import { userErrorText, userFieldErrors } from './user-errors';

describe('userErrorText', () => {
  it.each(USER_ERROR_CODES)('words %s in Spanish and in English', (code) => {
    const es = userErrorText(staffMessages('es'), code);
    const en = userErrorText(staffMessages('en'), code);
    expect(es).not.toBe(code);
    expect(en).not.toBe(code);
    expect(es).not.toBe(en);
  });

  it('turns a form’s codes into sentences, Spanish first, and leaves an unknown text alone', () => {
    const r = newAccountSchema.safeParse({ name: ' ', password: 'short', confirm: 'other' });
    const codes = fieldErrorsOf(r.error!);
    expect(codes).toEqual({ name: 'nameRequired', password: 'passwordTooShort', confirm: 'passwordsDiffer' });
    expect(userFieldErrors(staffMessages('es'), codes)).toEqual({
      name: 'Escriba su nombre.',
      password: 'Use al menos 12 caracteres.',
      confirm: 'Las dos contraseñas no son iguales.',
    });
    expect(userFieldErrors(staffMessages('en'), codes)).toMatchObject({ password: 'Use at least 12 characters.' });
    expect(userErrorText(staffMessages('es'), 'Ya escrito.')).toBe('Ya escrito.');
  });
});

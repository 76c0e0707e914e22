import { describe, expect, it } from 'vitest';
import { programFieldErrors, programInputSchema } from '../programs/program-schema';
import { urlErrorText } from '../webhooks/url-error-text';
import { programErrorText, programErrorTexts } from './program-errors';
import { staffMessages } from './staff';

const es = staffMessages('es');
const en = staffMessages('en');

describe('programErrorText', () => {
  it('speaks Spanish by default and English when asked, with the field’s limits', () => {
    expect(programErrorText(es, 'es', 'titleEs', 'tooShort')).toBe('Use al menos 3 caracteres.');
    expect(programErrorText(es, 'es', 'descriptionEn', 'tooLong')).toBe('Use como máximo 5,000 caracteres.');
    expect(programErrorText(en, 'en', 'descriptionEn', 'tooLong')).toBe('Use at most 5,000 characters.');
    expect(programErrorText(es, 'es', 'summaryEn', 'required')).toBe('Escriba el resumen en inglés.');
    expect(programErrorText(en, 'en', 'summaryEn', 'required')).toBe('Enter the English summary.');
    expect(programErrorText(es, 'es', 'kind', 'chooseKind')).toBe('Elija el tipo de programa.');
    expect(programErrorText(es, 'es', 'titleEs', 'invalidCharacters')).toMatch(/^Quite los caracteres de control/);
  });

  it('names the webhook part’s own refusals, and words a refused URL with the server’s wording', () => {
    expect(programErrorText(es, 'es', 'webhookUrl', 'urlOrClearSecret')).toBe('Escriba la URL de destino o borre el secreto.');
    expect(programErrorText(es, 'es', 'webhookUrl', 'tooLong')).toBe('La URL es demasiado larga: use como máximo 2,048 caracteres.');
    expect(programErrorText(es, 'es', 'webhookSecret', 'invalidSecret')).toMatch(/^Escriba un secreto de la forma whsec_/);
    expect(programErrorText(es, 'es', 'webhookUrl', 'not a valid URL', (reason) => `«${reason}»`)).toBe('«not a valid URL»');
    expect(programErrorText(es, 'es', 'webhookUrl', 'not a valid URL')).toBe('Revise este campo.');
    const privateUrl = programErrorText(es, 'es', 'webhookUrl', 'address not allowed: 10.0.0.5 is a private network address', (r) => urlErrorText(r, es));
    expect(privateUrl).toBe(urlErrorText('address not allowed: 10.0.0.5 is a private network address', es));
    expect(privateUrl).toContain('10.0.0.5');
    expect(privateUrl).not.toContain('private network');
  });

  it('never shows a raw key: an unknown one reads as a generic request', () => {
    expect(programErrorText(es, 'es', 'titleEs', 'somethingNew')).toBe('Revise este campo.');
    expect(programErrorText(es, 'es', 'webhookSecret', 'somethingNew')).toBe('Revise este campo.');
  });

  it('translates every key the schema gives', () => {
    const parsed = programInputSchema.safeParse({ titleEs: 'ab', titleEn: '', summaryEs: 'x'.repeat(401), summaryEn: 'ok ok ok ok', descriptionEs: 'a', descriptionEn: '\u0000 bad text', kind: 'x' });
    expect(parsed.success).toBe(false);
    const texts = programErrorTexts(es, 'es', programFieldErrors(parsed.error!) as Record<string, string>);
    expect(texts).toEqual({
      titleEs: 'Use al menos 3 caracteres.',
      titleEn: 'Escriba el título en inglés.',
      summaryEs: 'Use como máximo 400 caracteres.',
      descriptionEs: 'Use al menos 10 caracteres.',
      descriptionEn: expect.stringMatching(/^Quite los caracteres de control/),
      kind: 'Elija el tipo de programa.',
    });
  });
});

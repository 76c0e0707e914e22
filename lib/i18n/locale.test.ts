import { describe, expect, it } from 'vitest';
import { fixedLocaleOf, pathInLocale } from './locale';

describe('addresses that fix their language (the docs)', () => {
  it('knows /docs as Spanish and /en/docs as English, and nothing else', () => {
    expect(fixedLocaleOf('/docs/webhooks')).toBe('es');
    expect(fixedLocaleOf('/en/docs/api')).toBe('en');
    expect(fixedLocaleOf('/docs')).toBe('es');
    expect(fixedLocaleOf('/documents')).toBeNull();
    expect(fixedLocaleOf('/en/documents')).toBeNull();
    expect(fixedLocaleOf('/solicitar')).toBeNull();
  });

  it("sends the language switch to the other language's address on the docs, and back to the same page elsewhere", () => {
    expect(pathInLocale('/docs/webhooks#firmas', 'en')).toBe('/en/docs/webhooks#firmas');
    expect(pathInLocale('/en/docs/api?x=1', 'es')).toBe('/docs/api?x=1');
    expect(pathInLocale('/docs/api', 'es')).toBe('/docs/api');
    expect(pathInLocale('/programas/x?y=1', 'en')).toBe('/programas/x?y=1');
  });
});

import { describe, expect, it } from 'vitest';
import { loginUrl, safeCallbackPath } from './callback-url';

describe('safeCallbackPath', () => {
  it.each([
    ['/dashboard/bde/deliveries?status=failed', '/dashboard/bde/deliveries?status=failed'],
    ['/admin', '/admin'],
    ['/dashboard/bde/leads#top', '/dashboard/bde/leads#top'],
  ])('keeps a path on this site: %s', (input, out) => {
    expect(safeCallbackPath(input)).toBe(out);
  });

  it.each([
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/\tevil',
    '',
    'dashboard',
    42,
    undefined,
    '/' + 'a'.repeat(3000),
    // Spellings that only become protocol-relative once the path is normalised.
    '/.//evil.example/x',
    '/..//evil.example/x',
    '/./..//evil.example',
    '/a/../..//evil.example',
    '/%2e//evil.example',
    '/%2E%2E//evil.example',
  ])(
    'falls back to the dashboard for %s',
    (input) => {
      expect(safeCallbackPath(input)).toBe('/dashboard');
    },
  );

  it('takes the first of repeated query values', () => {
    expect(safeCallbackPath(['/admin/audit', '//evil'])).toBe('/admin/audit');
  });
});

describe('loginUrl', () => {
  it('comes back to the requested path, encoded', () => {
    expect(loginUrl('/dashboard/bde/deliveries?status=failed')).toBe('/login?callbackUrl=%2Fdashboard%2Fbde%2Fdeliveries%3Fstatus%3Dfailed');
    expect(loginUrl(null, '/admin')).toBe('/login?callbackUrl=%2Fadmin');
    expect(loginUrl('//evil.example')).toBe('/login?callbackUrl=%2Fdashboard');
  });
});

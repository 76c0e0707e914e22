/**
 * The files in public/ as the production build serves them, through the proxy: robots.txt and
 * security.txt as text/plain, the favicon rewrite still answering with the app icon, and the
 * security headers on an http deployment (a policy, the static headers, no HSTS).
 */
import { expect, test } from '@playwright/test';

test('robots.txt keeps crawlers on the public site', async ({ request }) => {
  const res = await request.get('/robots.txt');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^text\/plain\b/i);
  const body = await res.text();
  expect(body).toMatch(/^User-agent: \*$/m);
  expect(body).toMatch(/^Allow: \/$/m);
  for (const path of ['/dashboard', '/admin', '/api', '/login', '/invite', '/account']) expect(body).toMatch(new RegExp(`^Disallow: ${path}$`, 'm'));
});

test('security.txt (RFC 9116) names a contact and has not expired', async ({ request }) => {
  const res = await request.get('/.well-known/security.txt');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^text\/plain\b/i);
  const fields = new Map<string, string>();
  for (const line of (await res.text()).split('\n')) {
    const m = /^([A-Za-z-]+): (.+)$/.exec(line.trim());
    if (m) fields.set(m[1]!.toLowerCase(), m[2]!);
  }
  expect(fields.get('contact')).toMatch(/^mailto:seguridad@/);
  expect(fields.get('preferred-languages')).toBe('es, en');
  expect(fields.get('canonical')).toMatch(/^https:\/\/.+\/\.well-known\/security\.txt$/);
  // RFC 9116 §2.5.5: Expires is required, and should be less than a year away.
  const expires = Date.parse(fields.get('expires') ?? '');
  expect(expires).toBeGreaterThan(Date.now());
  expect(expires - Date.now()).toBeLessThan(366 * 24 * 3600 * 1000);
});

test('the favicon rewrite still answers with the app icon', async ({ request }) => {
  const res = await request.get('/favicon.ico');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^image\/svg\+xml\b/);
});

test('an http deployment: a nonce policy and the static headers on every response, no HSTS', async ({ request }) => {
  for (const path of ['/', '/robots.txt', '/.well-known/security.txt', '/login']) {
    const res = await request.get(path);
    const headers = res.headers();
    expect(headers['content-security-policy'], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['strict-transport-security'], path).toBeUndefined();
  }
  // A nonce sent by the client is never the one the page uses.
  const res = await request.get('/', { headers: { 'content-security-policy': "script-src 'nonce-attacker'", 'x-nonce': 'attacker' } });
  expect(res.headers()['content-security-policy']).not.toContain('attacker');
  expect(await res.text()).not.toContain('nonce="attacker"');
});

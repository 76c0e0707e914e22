import { describe, expect, it } from 'vitest';
import { HSTS_VALUE, securityHeaderOptions, securityHeaders } from './security-headers';

/** The policy as directive name → its sources. */
function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name, sources);
  }
  return out;
}

const prodHttp = { dev: false, https: false };

describe('securityHeaders', () => {
  it('makes a fresh, unguessable nonce for every request and puts it in script-src and style-src', () => {
    const nonces = new Set(Array.from({ length: 100 }, () => securityHeaders(prodHttp).nonce));
    expect(nonces.size).toBe(100);
    const { nonce, contentSecurityPolicy } = securityHeaders(prodHttp);
    // 16 random bytes, and in the `nonce-` grammar Next parses (base64, so no quote can break out).
    expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    const d = directives(contentSecurityPolicy);
    expect(d.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(d.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
  });

  it('in production: no unsafe-inline or unsafe-eval anywhere, and the fixed directives', () => {
    const { contentSecurityPolicy } = securityHeaders(prodHttp);
    expect(contentSecurityPolicy).not.toContain('unsafe-');
    const d = directives(contentSecurityPolicy);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'self'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(d.get('connect-src')).toEqual(["'self'"]);
  });

  it('in dev: unsafe-eval for React dev tooling, inline styles for the overlay, the HMR websocket', () => {
    const { nonce, contentSecurityPolicy } = securityHeaders({ dev: true, https: false });
    const d = directives(contentSecurityPolicy);
    expect(d.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    // Still no inline scripts in dev.
    expect(d.get('script-src')).not.toContain("'unsafe-inline'");
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('connect-src')).toEqual(["'self'", 'ws:']);
  });

  it('behind https: HSTS and upgrade-insecure-requests; over http neither', () => {
    const https = securityHeaders({ dev: false, https: true });
    expect(https.strictTransportSecurity).toBe('max-age=63072000; includeSubDomains');
    expect(HSTS_VALUE).toBe(https.strictTransportSecurity);
    expect(directives(https.contentSecurityPolicy).has('upgrade-insecure-requests')).toBe(true);

    const http = securityHeaders(prodHttp);
    expect(http.strictTransportSecurity).toBeUndefined();
    expect(directives(http.contentSecurityPolicy).has('upgrade-insecure-requests')).toBe(false);
  });
});

describe('securityHeaderOptions', () => {
  it('reads https from NEXTAUTH_URL and dev from NODE_ENV', () => {
    expect(securityHeaderOptions({ NODE_ENV: 'production', NEXTAUTH_URL: 'https://puente.pr.gov' })).toEqual({ dev: false, https: true });
    expect(securityHeaderOptions({ NODE_ENV: 'production', NEXTAUTH_URL: 'HTTPS://PUENTE.PR.GOV/' })).toEqual({ dev: false, https: true });
    expect(securityHeaderOptions({ NODE_ENV: 'production', NEXTAUTH_URL: 'http://localhost:3000' })).toEqual({ dev: false, https: false });
    expect(securityHeaderOptions({ NODE_ENV: 'production', NEXTAUTH_URL: undefined })).toEqual({ dev: false, https: false });
    expect(securityHeaderOptions({ NODE_ENV: 'development', NEXTAUTH_URL: 'http://localhost:3000' })).toEqual({ dev: true, https: false });
    expect(securityHeaderOptions({ NODE_ENV: 'test', NEXTAUTH_URL: 'http://localhost:3000' })).toEqual({ dev: false, https: false });
  });
});

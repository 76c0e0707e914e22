/**
 * The proxy wires lib/http/security-headers.ts into every response: the same policy on the
 * request (Next takes its scripts' nonce from there) and on the response, a fresh nonce each
 * time, and HSTS only when the public URL (NEXTAUTH_URL) is https.
 */
import { NextRequest } from 'next/server';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { resetEnvCache } from './lib/env';
import { proxy } from './proxy';

const saved = { NEXTAUTH_URL: process.env.NEXTAUTH_URL };

function withPublicUrl(url: string | undefined): void {
  if (url === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = url;
  resetEnvCache();
}

/** What the proxy hands on to Next as the request's header `name` (`x-middleware-request-*`). */
function forwarded(res: Response, name: string): string | null {
  return res.headers.get(`x-middleware-request-${name}`);
}

beforeEach(() => withPublicUrl('http://localhost:3000'));
afterAll(() => withPublicUrl(saved.NEXTAUTH_URL));

describe('proxy security headers', () => {
  it('sets a nonce-based policy on the response and hands the same one to Next on the request', () => {
    const res = proxy(new NextRequest('http://localhost:3000/solicitar'));
    const policy = res.headers.get('content-security-policy');
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}' 'strict-dynamic'/);
    expect(forwarded(res, 'content-security-policy')).toBe(policy);
    expect(policy).toContain(`'nonce-${forwarded(res, 'x-nonce')}'`);
  });

  it('makes a new nonce for every request', () => {
    const a = proxy(new NextRequest('http://localhost:3000/')).headers.get('content-security-policy');
    const b = proxy(new NextRequest('http://localhost:3000/')).headers.get('content-security-policy');
    expect(a).not.toBe(b);
  });

  it('never lets the client choose the nonce with its own request headers', () => {
    const req = new NextRequest('http://localhost:3000/', {
      headers: { 'content-security-policy': "script-src 'nonce-attacker'", 'x-nonce': 'attacker' },
    });
    const res = proxy(req);
    expect(forwarded(res, 'content-security-policy')).not.toContain('attacker');
    expect(forwarded(res, 'x-nonce')).not.toBe('attacker');
  });

  it('adds HSTS only behind an https public URL', () => {
    expect(proxy(new NextRequest('http://localhost:3000/')).headers.get('strict-transport-security')).toBeNull();
    withPublicUrl(undefined);
    expect(proxy(new NextRequest('http://localhost:3000/')).headers.get('strict-transport-security')).toBeNull();
    withPublicUrl('https://puente.pr.gov');
    const res = proxy(new NextRequest('https://puente.pr.gov/'));
    expect(res.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it('keeps its other jobs: 400 for a broken address (with the headers), the requested path for the dashboard', () => {
    withPublicUrl('https://puente.pr.gov');
    const bad = proxy(new NextRequest('https://puente.pr.gov/programas/%E0%A4%A'));
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(bad.headers.get('strict-transport-security')).not.toBeNull();
    const dash = proxy(new NextRequest('https://puente.pr.gov/dashboard/bde/leads?q=ana'));
    expect(forwarded(dash, 'x-puente-path')).toBe('/dashboard/bde/leads?q=ana');
  });
});

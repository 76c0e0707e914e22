import { describe, expect, it, vi } from 'vitest';
import { CLIENT_ADDRESS_HEADER, clientIpFrom, markServedByPuenteServer, servedByPuenteServer, UNKNOWN_CLIENT } from './client-ip';

describe('clientIpFrom', () => {
  const spoofed = new Headers({ 'x-forwarded-for': '198.51.100.66', 'x-real-ip': '198.51.100.67', [CLIENT_ADDRESS_HEADER]: '198.51.100.68' });

  it('believes no header while the process is not served through the Puente server (a bare `next start`)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(servedByPuenteServer()).toBe(false);
    expect(clientIpFrom(spoofed)).toBe(UNKNOWN_CLIENT);
    expect(clientIpFrom(new Headers())).toBe(UNKNOWN_CLIENT);
    // Said once, not on every request.
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('then reads only the address the server wrote, never X-Forwarded-For or X-Real-IP', () => {
    markServedByPuenteServer();
    expect(clientIpFrom(spoofed)).toBe('198.51.100.68');
    expect(clientIpFrom(new Headers({ 'x-forwarded-for': '198.51.100.66', 'x-real-ip': '198.51.100.67' }))).toBe(UNKNOWN_CLIENT);
  });
});

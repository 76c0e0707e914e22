/**
 * The client's address for rate limiting. Next.js fills X-Forwarded-For with the socket
 * address only when the header is absent, so we take the right-most entry: the one added
 * by the nearest proxy (see docs/decisions/004-rate-limit-by-forwarded-for.md).
 */
export function clientIpFrom(headers: { get(name: string): string | null }): string {
  const xff = headers.get('x-forwarded-for');
  const last = xff?.split(',').map((s) => s.trim()).filter(Boolean).pop();
  return last || headers.get('x-real-ip') || 'unknown';
}

/**
 * The SSRF options in force: the development switch, CIDRs from the environment and the
 * admin allowlist table. Cached briefly so a delivery does not read the table every time.
 */
import { db } from '../../db/client';
import { ssrfAllowlist } from '../../db/schema';
import { env } from '../env';
import type { SsrfOptions } from './ssrf';

const TTL_MS = 15_000;
let cache: { at: number; value: SsrfOptions } | undefined;

export async function currentSsrfOptions(): Promise<SsrfOptions> {
  if (cache && Date.now() - cache.at < TTL_MS) return cache.value;
  const e = env();
  const fromEnv = e.PUENTE_SSRF_ALLOW_CIDRS.split(',').map((s) => s.trim()).filter(Boolean);
  const rows = await db.select({ cidr: ssrfAllowlist.cidr }).from(ssrfAllowlist);
  const value: SsrfOptions = { allowPrivate: e.PUENTE_ALLOW_PRIVATE_WEBHOOKS, allowCidrs: [...fromEnv, ...rows.map((r) => r.cidr)] };
  cache = { at: Date.now(), value };
  return value;
}

/** Call after the allowlist changes so the next delivery sees it at once. */
export function invalidateSsrfOptions(): void {
  cache = undefined;
}

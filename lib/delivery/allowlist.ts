/**
 * The admin allowlist of the SSRF guard: CIDRs of on-premises receivers that outgoing webhooks
 * may reach although they are private. Each entry has a reason; adding and removing are
 * audited in the same transaction. The guard reads the table through lib/delivery/ssrf-policy
 * (cached 15 s per process; this process's cache is dropped at once after a change).
 *
 * An entry is refused when it could expose what the guard exists to protect: the whole
 * address space, loopback or "this host", a cloud metadata address (those stay blocked even
 * when allowed, but an entry that names them is a mistake worth stopping), or a range so broad
 * it can only be an error.
 */
import { asc, eq, sql } from 'drizzle-orm';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import type { Db, Queryable } from '../../db/client';
import { ssrfAllowlist, users } from '../../db/schema';
import { recordAudit, type Actor } from '../audit/record-audit';
import { env } from '../env';
import { METADATA_ADDRESSES } from './ssrf';
import { invalidateSsrfOptions } from './ssrf-policy';
import { isUuid } from '../params';
import { CONTROL_CHARACTERS_KEY, hasNoControlCharacters } from '../plain-text';

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type Range = [Address, number];

export const REASON_MIN = 5;
export const REASON_MAX = 500;

/** The schema's messages: codes without parameters. */
type SchemaCode = 'cidrRequired' | 'cidrTooLong' | 'reasonRequired' | 'reasonTooShort' | 'reasonTooLong' | typeof CONTROL_CHARACTERS_KEY;
const E = (code: SchemaCode): SchemaCode => code;

/** What a refused range would expose. */
export type ForbiddenWhat = { kind: 'loopback' | 'thisHost' | 'unspecified' } | { kind: 'metadata'; address: string };

/** What is wrong with an entry, for the admin in their language (lib/i18n/admin-errors.ts). */
export type AllowlistError =
  | { code: SchemaCode | 'cidrInvalid' | 'ipv4Mapped' | 'everything' }
  /** `10.1.2.7/24`: the network is `canonical`. */
  | { code: 'hostBits'; input: string; canonical: string }
  | { code: 'tooBroad'; bits: number; min: number }
  | { code: 'forbidden'; what: ForbiddenWhat }
  | { code: 'duplicate'; cidr: string };

/** The form's schema (the page's form and the action use the same one). Messages are AllowlistError codes. */
export const allowlistEntrySchema = z.object({
  cidr: z.string(E('cidrRequired')).refine(hasNoControlCharacters, E(CONTROL_CHARACTERS_KEY)).trim().min(1, E('cidrRequired')).max(64, E('cidrTooLong')),
  reason: z
    .string(E('reasonRequired'))
    .refine(hasNoControlCharacters, E(CONTROL_CHARACTERS_KEY))
    .trim()
    .min(1, E('reasonRequired'))
    .min(REASON_MIN, E('reasonTooShort'))
    .max(REASON_MAX, E('reasonTooLong')),
});
export type AllowlistEntryInput = z.infer<typeof allowlistEntrySchema>;

/** Narrowest prefix that still makes sense for one organisation's network, by family. */
const MIN_PREFIX = { ipv4: 8, ipv6: 16 } as const;

const FORBIDDEN_RANGES: Array<{ range: Range; what: ForbiddenWhat }> = [
  { range: ipaddr.parseCIDR('127.0.0.0/8'), what: { kind: 'loopback' } },
  { range: ipaddr.parseCIDR('0.0.0.0/8'), what: { kind: 'thisHost' } },
  { range: ipaddr.parseCIDR('::1/128'), what: { kind: 'loopback' } },
  { range: ipaddr.parseCIDR('::/128'), what: { kind: 'unspecified' } },
  ...[...METADATA_ADDRESSES].map((a) => {
    const addr = ipaddr.parse(a);
    return { range: [addr, addr.kind() === 'ipv4' ? 32 : 128] as Range, what: { kind: 'metadata', address: a } as const };
  }),
];

function overlaps([a, aBits]: Range, [b, bBits]: Range): boolean {
  if (a.kind() !== b.kind()) return false;
  // Two CIDRs overlap exactly when the broader one contains the other's network address.
  return aBits <= bBits ? b.match(a, aBits) : a.match(b, bBits);
}

export type CidrCheck = { ok: true; cidr: string; range: Range } | { ok: false; error: AllowlistError };

/** Parses and judges one range; `cidr` is its canonical spelling (`10.20.0.0/16`, `fd12:3456::/48`). */
export function checkAllowlistCidr(raw: string): CidrCheck {
  const s = raw.trim();
  const invalid: CidrCheck = { ok: false, error: { code: 'cidrInvalid' } };
  const m = /^([^/]+)(?:\/(\d{1,3}))?$/.exec(s);
  if (!m) return invalid;
  const addrPart = m[1]!;
  // Only the usual spellings: ipaddr.js also reads "10" or "0x0a.1" as IPv4, which no one means here.
  if (!addrPart.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(addrPart)) return invalid;
  if (addrPart.includes(':') && !ipaddr.IPv6.isValid(addrPart)) return invalid;
  let range: Range;
  try {
    const a = ipaddr.parse(addrPart);
    range = m[2] === undefined ? [a, a.kind() === 'ipv4' ? 32 : 128] : ipaddr.parseCIDR(s);
  } catch {
    return invalid;
  }
  const [addr, bits] = range;
  if (addr instanceof ipaddr.IPv6 && addr.zoneId) return invalid;
  if (addr instanceof ipaddr.IPv6 && addr.isIPv4MappedAddress()) {
    return { ok: false, error: { code: 'ipv4Mapped' } };
  }
  if (bits === 0) return { ok: false, error: { code: 'everything' } };
  const kind = addr.kind();
  const text = (a: Address) => (a instanceof ipaddr.IPv6 ? a.toRFC5952String() : a.toString());
  const network = kind === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(`${text(addr)}/${bits}`) : ipaddr.IPv6.networkAddressFromCIDR(`${text(addr)}/${bits}`);
  const canonical = `${text(network)}/${bits}`;
  if (text(network) !== text(addr)) {
    return { ok: false, error: { code: 'hostBits', input: s, canonical } };
  }
  if (bits < MIN_PREFIX[kind]) {
    return { ok: false, error: { code: 'tooBroad', bits, min: MIN_PREFIX[kind] } };
  }
  for (const f of FORBIDDEN_RANGES) {
    if (overlaps(range, f.range)) return { ok: false, error: { code: 'forbidden', what: f.what } };
  }
  return { ok: true, cidr: canonical, range: [network, bits] };
}

export interface AllowlistEntry {
  id: string;
  cidr: string;
  reason: string;
  createdAt: Date;
  createdByEmail: string | null;
}

export async function listAllowlist(q: Queryable): Promise<AllowlistEntry[]> {
  return q
    .select({ id: ssrfAllowlist.id, cidr: ssrfAllowlist.cidr, reason: ssrfAllowlist.reason, createdAt: ssrfAllowlist.createdAt, createdByEmail: users.email })
    .from(ssrfAllowlist)
    .leftJoin(users, eq(users.id, ssrfAllowlist.createdBy))
    .orderBy(asc(ssrfAllowlist.createdAt), asc(ssrfAllowlist.id));
}

/** The ranges from PUENTE_SSRF_ALLOW_CIDRS (read-only in the UI). */
export function allowlistFromEnv(): string[] {
  return env()
    .PUENTE_SSRF_ALLOW_CIDRS.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export type AllowlistFieldErrors = Partial<Record<keyof AllowlistEntryInput, AllowlistError>>;
export type AddAllowlistResult = { ok: true; entry: AllowlistEntry } | { ok: false; error: 'invalid'; fieldErrors: AllowlistFieldErrors };

export async function addAllowlistEntry(db: Db, raw: unknown, actor: Actor): Promise<AddAllowlistResult> {
  const parsed = allowlistEntrySchema.safeParse(raw);
  const fieldErrors: AllowlistFieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (key === 'cidr' || key === 'reason') fieldErrors[key] ??= { code: issue.message as SchemaCode };
    }
  }
  const rawCidr = typeof (raw as { cidr?: unknown } | null)?.cidr === 'string' ? (raw as { cidr: string }).cidr : '';
  const checked = !fieldErrors.cidr && rawCidr.trim() ? checkAllowlistCidr(rawCidr) : null;
  if (checked && !checked.ok) fieldErrors.cidr = checked.error;
  if (!parsed.success || !checked?.ok || Object.keys(fieldErrors).length > 0) return { ok: false, error: 'invalid', fieldErrors };

  const r = await db.transaction(async (tx) => {
    // One entry per range: serialise concurrent adds, then look for the same range.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('ssrf_allowlist'))`);
    const [dup] = await tx.select({ id: ssrfAllowlist.id }).from(ssrfAllowlist).where(eq(ssrfAllowlist.cidr, checked.cidr));
    if (dup) return null;
    const [row] = await tx
      .insert(ssrfAllowlist)
      .values({ cidr: checked.cidr, reason: parsed.data.reason, createdBy: actor.userId ?? null })
      .returning();
    await recordAudit(tx, actor, {
      action: 'allowlist.added',
      targetType: 'ssrf_allowlist',
      targetId: row!.id,
      details: { cidr: checked.cidr, reason: parsed.data.reason },
    });
    return row!;
  });
  if (!r) return { ok: false, error: 'invalid', fieldErrors: { cidr: { code: 'duplicate', cidr: checked.cidr } } };
  invalidateSsrfOptions();
  return { ok: true, entry: { id: r.id, cidr: r.cidr, reason: r.reason, createdAt: r.createdAt, createdByEmail: actor.email ?? null } };
}


export async function removeAllowlistEntry(db: Db, id: unknown, actor: Actor): Promise<{ ok: true; cidr: string } | { ok: false; error: 'notFound' }> {
  if (!isUuid(id)) return { ok: false, error: 'notFound' };
  const removed = await db.transaction(async (tx) => {
    const [row] = await tx.delete(ssrfAllowlist).where(eq(ssrfAllowlist.id, id.toLowerCase())).returning();
    if (!row) return null;
    await recordAudit(tx, actor, {
      action: 'allowlist.removed',
      targetType: 'ssrf_allowlist',
      targetId: row.id,
      details: { cidr: row.cidr, reason: row.reason },
    });
    return row;
  });
  if (!removed) return { ok: false, error: 'notFound' };
  invalidateSsrfOptions();
  return { ok: true, cidr: removed.cidr };
}

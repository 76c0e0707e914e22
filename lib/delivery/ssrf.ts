// SSRF guard for outgoing webhooks: refuses loopback, private, link-local, metadata and other
// non-public addresses, both in the URL and on every address DNS hands back at connect time.
import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

export interface SsrfOptions {
  /** CIDRs (or single addresses) let through despite their range: on-premises receivers. */
  allowCidrs?: readonly string[];
  /**
   * Development only, for a demo consumer on loopback: also allow loopback, private,
   * link-local, unique-local and CGNAT addresses. Unspecified and metadata addresses stay refused.
   */
  allowPrivate?: boolean;
}

export interface AddressVerdict {
  allowed: boolean;
  reason?: string;
}

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/**
 * Refused whatever the options say: connecting to 0.0.0.0 or :: reaches the local host, and
 * the metadata endpoints hand out cloud credentials, which neither a dev flag nor a broad
 * allowlist entry such as 169.254.0.0/16 should ever expose.
 */
export const METADATA_ADDRESSES: ReadonlySet<string> = new Set([
  '169.254.169.254', // AWS, GCP, Azure, OpenStack, DigitalOcean…
  '169.254.170.2', // AWS ECS task metadata
  '169.254.170.23', // AWS EKS Pod Identity agent
  '169.254.169.253', // AWS VPC DNS resolver (Route 53 Resolver)
  '168.63.129.16', // Azure WireServer (host agent, a public address)
  '100.100.100.200', // Alibaba Cloud
  'fd00:ec2::254', // AWS IMDS over IPv6
  'fd00:ec2::23', // AWS EKS Pod Identity agent over IPv6
]);

const DEV_ALLOWED_RANGES = new Set(['loopback', 'private', 'linkLocal', 'uniqueLocal', 'carrierGradeNat']);

/** How a refused address range is named in the reasons below (lib/webhooks/url-error-text.ts words them for people). */
export const RANGE_DESCRIPTIONS: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address',
  loopback: 'a loopback address',
  carrierGradeNat: 'a carrier-grade NAT (100.64.0.0/10) address',
  private: 'a private network address',
  reserved: 'a reserved, documentation or benchmarking address',
  benchmarking: 'a benchmarking address',
  uniqueLocal: 'a unique-local (fc00::/7) address',
  deprecatedSiteLocal: 'a site-local address',
  teredo: 'a Teredo tunnel address',
  rfc6052: 'a local-use NAT64 address',
  discard: 'a discard-only address',
  ipv4Compatible: 'a deprecated IPv4-compatible IPv6 address',
  notGlobal: 'outside the global unicast space (2000::/3)',
};

function describeRange(range: string): string {
  return RANGE_DESCRIPTIONS[range] ?? `a special-purpose address (${range})`;
}

function parseAddress(ip: string): Address | null {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  try {
    return ipaddr.parse(bare);
  } catch {
    return null;
  }
}

interface CompiledOptions {
  allow: Array<[Address, number]>;
  allowPrivate: boolean;
}

/** Parses a CIDR or bare address; null when invalid. Use it to validate allowlist input. */
export function parseCidr(cidr: string): [Address, number] | null {
  const s = cidr.trim();
  try {
    if (s.includes('/')) return ipaddr.parseCIDR(s);
    const addr = ipaddr.parse(s);
    return [addr, addr.kind() === 'ipv4' ? 32 : 128];
  } catch {
    return null;
  }
}

export function isValidCidr(cidr: string): boolean {
  return parseCidr(cidr) !== null;
}

function compile(opts: SsrfOptions | undefined): CompiledOptions {
  // An invalid entry is skipped rather than thrown so one typo cannot halt every delivery;
  // validate entries with isValidCidr where they are entered.
  const allow = (opts?.allowCidrs ?? []).map(parseCidr).filter((c): c is [Address, number] => c !== null);
  return { allow, allowPrivate: opts?.allowPrivate === true };
}

function inAllowlist(addr: Address, allow: CompiledOptions['allow']): boolean {
  return allow.some(([net, bits]) => net.kind() === addr.kind() && addr.match(net, bits));
}

function v4FromParts(hi: number, lo: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
}

const NAT64_WELL_KNOWN = ipaddr.IPv6.parseCIDR('64:ff9b::/96');
const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR('::/96');
const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR('2000::/3');

function judge(addr: Address, opts: CompiledOptions): AddressVerdict {
  const text = addr.toString();

  if (addr instanceof ipaddr.IPv6) {
    const v6 = addr;
    const p = v6.parts;
    // IPv6 forms that carry an IPv4 address: the socket ends up talking to that IPv4 host
    // (mapped), or a gateway forwards to it (NAT64, 6to4), so the embedded address decides.
    let embedded: ipaddr.IPv4 | null = null;
    const range = v6.range();
    if (range === 'ipv4Mapped') embedded = v6.toIPv4Address();
    else if (range === 'rfc6145') embedded = v4FromParts(p[6] ?? 0, p[7] ?? 0);
    else if (v6.match(NAT64_WELL_KNOWN)) embedded = v4FromParts(p[6] ?? 0, p[7] ?? 0);
    else if (range === '6to4') embedded = v4FromParts(p[1] ?? 0, p[2] ?? 0);
    if (embedded) {
      const inner = judge(embedded, opts);
      return inner.allowed ? inner : { allowed: false, reason: `${text} embeds ${embedded.toString()}: ${inner.reason}` };
    }
  }

  if (addr.range() === 'unspecified') return { allowed: false, reason: `${text} is ${describeRange('unspecified')}` };
  if (METADATA_ADDRESSES.has(text)) return { allowed: false, reason: `${text} is a cloud metadata address` };
  if (inAllowlist(addr, opts.allow)) return { allowed: true };

  let range: string = addr.range();
  if (addr instanceof ipaddr.IPv6 && range === 'unicast') {
    // ipaddr calls anything without a special range "unicast", including ::/96 and other
    // unallocated space; only 2000::/3 is routable global unicast.
    if (addr.match(IPV4_COMPATIBLE)) range = 'ipv4Compatible';
    else if (!addr.match(GLOBAL_UNICAST)) range = 'notGlobal';
  }
  if (range === 'unicast') return { allowed: true };
  if (opts.allowPrivate && DEV_ALLOWED_RANGES.has(range)) return { allowed: true };
  return { allowed: false, reason: `${text} is ${describeRange(range)}` };
}

/**
 * Whether a webhook may connect to this address. Accepts any spelling ipaddr.js parses
 * (dotted, bracketed IPv6, IPv4-mapped IPv6, zone ids); anything else is refused.
 */
export function classifyAddress(ip: string, opts?: SsrfOptions): AddressVerdict {
  const addr = parseAddress(ip);
  if (!addr) return { allowed: false, reason: `${ip} is not an IP address` };
  return judge(addr, compile(opts));
}

export type ParsedWebhookUrl = { ok: true; url: URL } | { ok: false; error: string };

/**
 * Checks a webhook URL when it is saved and again before sending. Host names cannot be judged
 * here (DNS may change); createGuardedLookup judges the addresses actually connected to.
 */
export function parseWebhookUrl(url: string, opts: { requireHttps?: boolean } & SsrfOptions = {}): ParsedWebhookUrl {
  let parsed: URL;
  try {
    // WHATWG parsing also turns 2130706433, 0x7f.1 and 017700000001 into 127.0.0.1, so every
    // IPv4 spelling reaches the check below in dotted form.
    parsed = new URL(url.trim());
  } catch {
    return { ok: false, error: 'not a valid URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, error: 'only http and https URLs are allowed' };
  }
  if (opts.requireHttps && parsed.protocol !== 'https:') {
    return { ok: false, error: 'the URL must use https' };
  }
  if (parsed.username || parsed.password) {
    return { ok: false, error: 'the URL must not contain a user name or password' };
  }
  const host = parsed.hostname;
  if (!host) return { ok: false, error: 'the URL has no host' };

  const bare = host.startsWith('[') ? host.slice(1, -1) : host;
  if (net.isIP(bare)) {
    const verdict = classifyAddress(bare, opts);
    return verdict.allowed ? { ok: true, url: parsed } : { ok: false, error: `address not allowed: ${verdict.reason}` };
  }
  // Names under .localhost always mean this machine (RFC 6761); refusing them here gives a
  // clear message at save time instead of a blocked delivery later.
  const name = host.replace(/\.$/, '').toLowerCase();
  if ((name === 'localhost' || name.endsWith('.localhost')) && !classifyAddress('127.0.0.1', opts).allowed) {
    return { ok: false, error: `address not allowed: ${host} is the local host` };
  }
  return { ok: true, url: parsed };
}

/** Node's `lookup` option type for http.request / net.connect. */
export type LookupFunction = (
  hostname: string,
  options: dns.LookupOptions,
  callback: (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void,
) => void;

/** Resolves every address of a name; dns.lookup with all: true unless a test injects one. */
export type ResolveAll = (
  hostname: string,
  options: dns.LookupOptions,
  callback: (err: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void,
) => void;

const systemResolveAll: ResolveAll = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, callback);
};

export interface BlockedError extends NodeJS.ErrnoException {
  code: 'EBLOCKED';
  hostname: string;
  address: string;
}

function blockedError(hostname: string, address: string, reason: string | undefined): BlockedError {
  const message = `refusing to connect to ${hostname} (${address}): ${reason ?? 'not allowed'}`;
  return Object.assign(new Error(message), { code: 'EBLOCKED' as const, hostname, address });
}

const policyKeys = new WeakMap<LookupFunction, string>();

/**
 * A `lookup` for http.request / net.connect that fails with code EBLOCKED if ANY address of
 * the name is refused. Because Node connects only to addresses this returns, the check is on
 * the address actually used, which defeats DNS rebinding (a name that resolved to a public
 * address at save time and to 127.0.0.1 now). Note that Node skips `lookup` for IP-literal
 * hosts; lib/delivery/transport.ts calls it itself for those.
 */
export function createGuardedLookup(opts: SsrfOptions & { resolveAll?: ResolveAll } = {}): LookupFunction {
  const compiled = compile(opts);
  const resolveAll = opts.resolveAll ?? systemResolveAll;

  const guarded: LookupFunction = (hostname, options, callback) => {
    // dns.lookup also accepts a bare family number; net always passes an object.
    const o: dns.LookupOptions = typeof options === 'object' && options !== null ? options : {};
    const wantAll = o.all === true;
    const fail = (err: NodeJS.ErrnoException) => callback(err, wantAll ? [] : '');

    const check = (err: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => {
      if (err) return fail(err);
      if (addresses.length === 0) {
        const notFound = new Error(`no addresses found for ${hostname}`) as NodeJS.ErrnoException;
        notFound.code = 'ENOTFOUND';
        return fail(notFound);
      }
      for (const { address } of addresses) {
        const addr = parseAddress(address);
        const verdict: AddressVerdict = addr ? judge(addr, compiled) : { allowed: false, reason: 'not an IP address' };
        if (!verdict.allowed) return fail(blockedError(hostname, address, verdict.reason));
      }
      if (wantAll) return callback(null, addresses);
      const first = addresses[0]!;
      return callback(null, first.address, first.family);
    };

    const literalFamily = net.isIP(hostname);
    if (literalFamily) {
      // Judged without DNS; still asynchronous, as callers of a lookup expect.
      process.nextTick(check, null, [{ address: hostname, family: literalFamily }]);
      return;
    }
    resolveAll(hostname, { ...o, all: true }, check);
  };
  if (!opts.resolveAll) {
    const allow = compiled.allow.map(([a, bits]) => `${a.toNormalizedString()}/${bits}`).sort();
    policyKeys.set(guarded, JSON.stringify({ allow, allowPrivate: compiled.allowPrivate }));
  }
  return guarded;
}

/**
 * Equal for guarded lookups enforcing the same policy. The transport keys its keep-alive pools
 * by it, so a connection opened under a looser policy is never reused under a stricter one.
 */
export function lookupPolicyKey(lookup: LookupFunction): string | undefined {
  return policyKeys.get(lookup);
}

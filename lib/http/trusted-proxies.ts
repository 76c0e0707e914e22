/**
 * Who the client is, from the socket, believing X-Forwarded-For only as far as trusted proxies
 * vouch for it (the algorithm of Express's `trust proxy` / proxy-addr): start at the socket's
 * peer and walk X-Forwarded-For from the right; while the address in hand is a trusted proxy,
 * the entry to its left is what that proxy saw as *its* peer. The first address that is not a
 * trusted proxy is the client. Anything further left was written by the client and proves
 * nothing. See docs/decisions/014-client-address-from-the-socket.md.
 */
import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type Range = readonly [Address, number];

export type TrustedProxies =
  /** Nobody: the socket's peer is the client (the default). */
  | { kind: 'none' }
  /** The nearest `hops` peers are proxies, whatever their addresses (a cloud load balancer). */
  | { kind: 'hops'; hops: number }
  /** Peers inside these ranges are proxies. */
  | { kind: 'ranges'; ranges: readonly Range[] };

export const TRUST_NOBODY: TrustedProxies = { kind: 'none' };

/** Names for the usual ranges, so `loopback` can stand for both 127.0.0.0/8 and ::1. */
const KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** More proxies in a row than any real deployment has: a bigger number is a typo. */
const MAX_HOPS = 10;

function parseRange(entry: string): Range | null {
  const [addrText = '', bitsText, extra] = entry.split('/');
  const literal = extra === undefined ? parseLiteral(addrText) : null;
  if (!literal) return null;
  const max = literal.kind() === 'ipv4' ? 32 : 128;
  let bits = bitsText === undefined ? max : /^\d{1,3}$/.test(bitsText) ? Number(bitsText) : NaN;
  if (!(bits >= 0 && bits <= max)) return null;
  let addr: Address = literal;
  // ::ffff:10.0.0.0/104 means 10.0.0.0/8: peers are compared after the same unmapping.
  if (literal.kind() === 'ipv6' && (literal as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
    addr = (literal as ipaddr.IPv6).toIPv4Address();
    bits -= 96;
  }
  return [addr, bits];
}

/**
 * Parses PUENTE_TRUSTED_PROXIES: empty (trust nobody), a hop count alone (`1`), or a comma
 * list of CIDRs, bare addresses and the keywords loopback, linklocal, private. Throws an Error
 * that names the bad entry.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = (value ?? '').trim();
  if (text === '') return TRUST_NOBODY;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_HOPS) throw new Error(`a hop count above ${MAX_HOPS} is surely a mistake (got ${hops})`);
    return hops === 0 ? TRUST_NOBODY : { kind: 'hops', hops };
  }
  const ranges: Range[] = [];
  for (const raw of text.split(',')) {
    const entry = raw.trim();
    const keyword = KEYWORDS[entry.toLowerCase()];
    if (keyword) {
      for (const cidr of keyword) ranges.push(parseRange(cidr) as Range);
      continue;
    }
    const range = entry === '' ? null : parseRange(entry);
    if (!range) {
      const hint = /^\d+$/.test(entry) ? ' (a hop count must be given alone, e.g. PUENTE_TRUSTED_PROXIES=1)' : '';
      throw new Error(
        `"${entry}" is not a CIDR (e.g. 10.0.0.0/8), an IP address or one of ${Object.keys(KEYWORDS).join(', ')}${hint}`,
      );
    }
    ranges.push(range);
  }
  return { kind: 'ranges', ranges };
}

/**
 * Only the spellings a proxy writes: dotted-quad IPv4 and IPv6. ipaddr.parse would also take
 * `127.1`, `0x7f.1` or `2130706433`, which no proxy sends and a client could use to pose as
 * an address that does not compare equal to its usual spelling.
 */
function parseLiteral(s: string): Address | null {
  if (ipaddr.IPv4.isValidFourPartDecimal(s)) return ipaddr.IPv4.parse(s);
  if (s.includes(':') && ipaddr.IPv6.isValid(s)) return ipaddr.IPv6.parse(s);
  return null;
}

/** A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d: the same client either way. */
function unmapped(a: Address): Address {
  return a.kind() === 'ipv6' && (a as ipaddr.IPv6).isIPv4MappedAddress() ? (a as ipaddr.IPv6).toIPv4Address() : a;
}

/**
 * One address as a socket or a proxy reports it: `1.2.3.4`, `::1`, `::ffff:1.2.3.4`, and the
 * forms with a port that some load balancers write into X-Forwarded-For (`1.2.3.4:5678`,
 * `[2001:db8::1]:443`). Null for anything else (`unknown`, `_hidden`, garbage).
 */
export function parseAddress(raw: string): Address | null {
  let s = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(s);
  if (bracketed) s = bracketed[1] ?? '';
  else if (/^[\d.]+:\d{1,5}$/.test(s)) s = s.slice(0, s.lastIndexOf(':'));
  const a = parseLiteral(s);
  return a ? unmapped(a) : null;
}

/** The canonical spelling, so one client is one rate-limit key however it was written. */
export function formatAddress(a: Address): string {
  return a.kind() === 'ipv6' ? (a as ipaddr.IPv6).toRFC5952String() : a.toString();
}

/** Whether `addr`, at position `index` counting the socket's peer as 0, is a trusted proxy. */
function isTrusted(addr: Address, index: number, trust: TrustedProxies): boolean {
  switch (trust.kind) {
    case 'none':
      return false;
    case 'hops':
      return index < trust.hops;
    case 'ranges':
      return trust.ranges.some(([range, bits]) => range.kind() === addr.kind() && addr.match(range, bits));
  }
}

/**
 * The client's address, canonical; null only when the socket has none (already closed).
 * `forwardedFor` is the X-Forwarded-For header as Node gives it (several headers joined by
 * commas).
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trust: TrustedProxies,
): string | null {
  const peer = socketAddress ? parseAddress(socketAddress) : null;
  if (!peer) return null;
  let client = peer;
  if (trust.kind === 'none' || !forwardedFor) return formatAddress(client);
  const hops = forwardedFor.split(',').reverse();
  for (let i = 0; i < hops.length; i++) {
    if (!isTrusted(client, i, trust)) break;
    // A trusted proxy always writes an address. Anything else here was not written by one
    // (an empty entry, `unknown`, garbage): stop at the last address a proxy vouched for.
    const next = parseAddress(hops[i] ?? '');
    if (!next) break;
    client = next;
  }
  return formatAddress(client);
}

/** One line for the start-up log: whom X-Forwarded-For is believed from. */
export function describeTrustedProxies(trust: TrustedProxies): string {
  switch (trust.kind) {
    case 'none':
      return 'from the socket; X-Forwarded-For is ignored (PUENTE_TRUSTED_PROXIES unset)';
    case 'hops':
      return `from X-Forwarded-For behind ${trust.hops} trusted proxy hop${trust.hops === 1 ? '' : 's'}`;
    case 'ranges':
      return `from the socket, or X-Forwarded-For when the peer is in ${trust.ranges.map(([a, bits]) => `${formatAddress(a)}/${bits}`).join(', ')}`;
  }
}

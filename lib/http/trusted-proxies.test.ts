import { afterEach, describe, expect, it } from 'vitest';
import { env, resetEnvCache } from '../env';
import { describeTrustedProxies, parseAddress, parseTrustedProxies, resolveClientAddress, TRUST_NOBODY, type TrustedProxies } from './trusted-proxies';

const trust = (v: string): TrustedProxies => parseTrustedProxies(v);

describe('parseTrustedProxies', () => {
  it('trusts nobody when unset, empty or 0', () => {
    expect(parseTrustedProxies(undefined)).toEqual(TRUST_NOBODY);
    expect(parseTrustedProxies('')).toEqual(TRUST_NOBODY);
    expect(parseTrustedProxies('   ')).toEqual(TRUST_NOBODY);
    expect(parseTrustedProxies('0')).toEqual(TRUST_NOBODY);
  });

  it('reads a hop count alone', () => {
    expect(parseTrustedProxies('1')).toEqual({ kind: 'hops', hops: 1 });
    expect(parseTrustedProxies(' 2 ')).toEqual({ kind: 'hops', hops: 2 });
  });

  it('reads CIDRs, bare addresses and keywords, v4 and v6', () => {
    const t = trust('10.0.0.0/8, 192.0.2.7 ,2001:db8::/32,::1,loopback');
    expect(t.kind).toBe('ranges');
    expect(describeTrustedProxies(t)).toBe(
      'from the socket, or X-Forwarded-For when the peer is in 10.0.0.0/8, 192.0.2.7/32, 2001:db8::/32, ::1/128, 127.0.0.0/8, ::1/128',
    );
  });

  it('reads an IPv4-mapped IPv6 range as the IPv4 range it means', () => {
    expect(describeTrustedProxies(trust('::ffff:10.0.0.0/104'))).toContain('10.0.0.0/8');
  });

  it.each([
    ['10.0.0.0/33', '"10.0.0.0/33" is not a CIDR'],
    ['2001:db8::/129', '"2001:db8::/129" is not a CIDR'],
    ['10.0.0.0/8/8', '"10.0.0.0/8/8" is not a CIDR'],
    ['10.0.0.0/', '"10.0.0.0/" is not a CIDR'],
    ['10.0.0.0/-1', '"10.0.0.0/-1" is not a CIDR'],
    ['nginx', '"nginx" is not a CIDR'],
    ['256.1.1.1', '"256.1.1.1" is not a CIDR'],
    // Shorthand spellings a proxy never writes are refused, not guessed at.
    ['127.1', '"127.1" is not a CIDR'],
    ['0x7f.0.0.1', '"0x7f.0.0.1" is not a CIDR'],
    ['10.0.0.0/8,', '"" is not a CIDR'],
    ['1, 10.0.0.0/8', 'a hop count must be given alone'],
    ['11', 'a hop count above 10'],
    ['-1', '"-1" is not a CIDR'],
  ])('refuses %j with a message naming the entry', (value, message) => {
    expect(() => parseTrustedProxies(value)).toThrow(message);
  });
});

describe('parseAddress', () => {
  it('reads what sockets and proxies write, in one canonical spelling', () => {
    expect(parseAddress('203.0.113.9')?.toString()).toBe('203.0.113.9');
    expect(parseAddress('::ffff:203.0.113.9')?.toString()).toBe('203.0.113.9');
    expect(parseAddress(' 203.0.113.9:4431 ')?.toString()).toBe('203.0.113.9');
    expect(parseAddress('[2001:db8::1]:443')?.kind()).toBe('ipv6');
    for (const bad of ['unknown', '_hidden', '', '203.0.113', '2130706433', 'example.org']) expect(parseAddress(bad), bad).toBeNull();
  });
});

describe('resolveClientAddress', () => {
  const spoof = '198.51.100.66';

  it('with nobody trusted, is the socket peer whatever X-Forwarded-For says', () => {
    expect(resolveClientAddress('203.0.113.9', undefined, TRUST_NOBODY)).toBe('203.0.113.9');
    expect(resolveClientAddress('203.0.113.9', spoof, TRUST_NOBODY)).toBe('203.0.113.9');
    expect(resolveClientAddress('::ffff:127.0.0.1', `${spoof}, 10.0.0.1`, TRUST_NOBODY)).toBe('127.0.0.1');
  });

  it('writes IPv6 one way (RFC 5952), so one client is one rate-limit key', () => {
    expect(resolveClientAddress('2001:0DB8:0000:0000:0000:0000:0000:0001', undefined, TRUST_NOBODY)).toBe('2001:db8::1');
  });

  it('believes the entry a trusted proxy appended, and nothing the client wrote before it', () => {
    const t = trust('127.0.0.1/32');
    // nginx with $proxy_add_x_forwarded_for: the client's own header, then the peer nginx saw.
    expect(resolveClientAddress('127.0.0.1', `${spoof}, 203.0.113.9`, t)).toBe('203.0.113.9');
    expect(resolveClientAddress('::ffff:127.0.0.1', '203.0.113.9', t)).toBe('203.0.113.9');
    // A peer outside the trusted range is the client, whatever it claims.
    expect(resolveClientAddress('203.0.113.50', spoof, t)).toBe('203.0.113.50');
  });

  it('walks a chain of trusted proxies from the right and stops at the first untrusted address', () => {
    const t = trust('10.0.0.0/8');
    expect(resolveClientAddress('10.0.0.2', `${spoof}, 203.0.113.9, 10.0.0.1`, t)).toBe('203.0.113.9');
    // Every entry trusted: the left-most is as far as anyone vouches.
    expect(resolveClientAddress('10.0.0.2', '10.1.1.1, 10.0.0.1', t)).toBe('10.1.1.1');
  });

  it('matches IPv6 peers and ranges, and IPv4-mapped peers against IPv4 ranges', () => {
    expect(resolveClientAddress('2001:db8::5', '2001:db8:ffff::9', trust('2001:db8::/48'))).toBe('2001:db8:ffff::9');
    expect(resolveClientAddress('2001:db9::5', '203.0.113.9', trust('2001:db8::/32'))).toBe('2001:db9::5');
    expect(resolveClientAddress('::ffff:10.1.2.3', '203.0.113.9', trust('10.0.0.0/8'))).toBe('203.0.113.9');
    expect(resolveClientAddress('::ffff:10.1.2.3', '203.0.113.9', trust('::ffff:10.0.0.0/104'))).toBe('203.0.113.9');
    expect(resolveClientAddress('::1', '203.0.113.9', trust('loopback'))).toBe('203.0.113.9');
  });

  it('with a hop count, trusts exactly that many peers whatever their addresses', () => {
    expect(resolveClientAddress('192.0.2.1', `${spoof}, 203.0.113.9`, trust('1'))).toBe('203.0.113.9');
    expect(resolveClientAddress('192.0.2.1', `${spoof}, 203.0.113.9, 192.0.2.2`, trust('2'))).toBe('203.0.113.9');
    // Fewer entries than hops: the left-most there is.
    expect(resolveClientAddress('192.0.2.1', '203.0.113.9', trust('2'))).toBe('203.0.113.9');
    // No header at all: the peer.
    expect(resolveClientAddress('192.0.2.1', undefined, trust('1'))).toBe('192.0.2.1');
  });

  it('stops at the last address a proxy vouched for when an entry is not an address', () => {
    const t = trust('127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', 'unknown', t)).toBe('127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', `${spoof}, `, t)).toBe('127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', `${spoof}, 203.0.113.9:51234`, t)).toBe('203.0.113.9');
  });

  it('has no address for a closed socket', () => {
    expect(resolveClientAddress(undefined, spoof, trust('1'))).toBeNull();
  });
});

describe('PUENTE_TRUSTED_PROXIES in the checked environment', () => {
  afterEach(() => {
    delete process.env.PUENTE_TRUSTED_PROXIES;
    resetEnvCache();
  });

  it('is parsed by the same function', () => {
    process.env.PUENTE_TRUSTED_PROXIES = '127.0.0.1/32';
    resetEnvCache();
    expect(env().PUENTE_TRUSTED_PROXIES).toEqual(parseTrustedProxies('127.0.0.1/32'));
    delete process.env.PUENTE_TRUSTED_PROXIES;
    resetEnvCache();
    expect(env().PUENTE_TRUSTED_PROXIES).toEqual(TRUST_NOBODY);
  });

  it('refuses a bad value at start-up, naming the variable and the entry', () => {
    process.env.PUENTE_TRUSTED_PROXIES = '10.0.0.0/8, nginx';
    resetEnvCache();
    expect(() => env()).toThrow(/PUENTE_TRUSTED_PROXIES: "nginx" is not a CIDR/);
  });
});

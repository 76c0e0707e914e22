import type { LookupAddress, LookupOptions } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { classifyAddress, createGuardedLookup, isValidCidr, parseWebhookUrl, type ResolveAll, type SsrfOptions } from './ssrf';

/** Runs a lookup in either callback form and reports what came back. */
function runLookup(lookup: ReturnType<typeof createGuardedLookup>, hostname: string, options: LookupOptions) {
  return new Promise<{ err: NodeJS.ErrnoException | null; address: string | LookupAddress[]; family?: number }>((resolve) => {
    lookup(hostname, options, (err, address, family) => resolve({ err, address, family }));
  });
}

const fakeDns =
  (table: Record<string, LookupAddress[]>): ResolveAll =>
  (hostname, _options, callback) => {
    const found = table[hostname];
    if (found) setImmediate(() => callback(null, found));
    else setImmediate(() => callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []));
  };

describe('parseWebhookUrl blocks every spelling of a non-public address', () => {
  const blocked: Array<[string, RegExp]> = [
    ['http://127.0.0.1/hook', /loopback/],
    ['http://127.1/hook', /loopback/],
    ['http://2130706433/hook', /loopback/],
    ['http://0x7f000001/hook', /loopback/],
    ['http://0x7f.1/hook', /loopback/],
    ['http://017700000001/hook', /loopback/],
    ['http://0177.0.0.1/hook', /loopback/],
    ['http://127.0.0.1./hook', /loopback/],
    ['https://[::1]/hook', /loopback/],
    ['http://[::ffff:127.0.0.1]/hook', /embeds 127\.0\.0\.1.*loopback/],
    ['http://[::ffff:7f00:1]/hook', /embeds 127\.0\.0\.1/],
    ['http://[0:0:0:0:0:ffff:7f00:1]/hook', /embeds 127\.0\.0\.1/],
    ['http://[::ffff:0:7f00:1]/hook', /embeds 127\.0\.0\.1/],
    ['http://[::127.0.0.1]/hook', /IPv4-compatible/],
    ['http://0.0.0.0/hook', /unspecified/],
    ['http://0/hook', /unspecified/],
    ['http://[::]/hook', /unspecified/],
    ['http://10.0.0.1/hook', /private/],
    ['http://172.16.5.4/hook', /private/],
    ['http://172.31.255.255/hook', /private/],
    ['http://192.168.1.1/hook', /private/],
    ['http://169.254.169.254/latest/meta-data/', /metadata/],
    ['http://169.254.1.1/hook', /link-local/],
    ['http://[fe80::1]/hook', /link-local/],
    ['http://[fd00::1]/hook', /unique-local/],
    ['http://[fd00:ec2::254]/hook', /metadata/],
    ['http://100.64.0.1/hook', /carrier-grade/],
    ['http://224.0.0.1/hook', /multicast/],
    ['http://[ff02::1]/hook', /multicast/],
    ['http://255.255.255.255/hook', /broadcast/],
    ['http://198.18.0.1/hook', /reserved/],
    ['http://192.0.0.1/hook', /reserved/],
    ['http://192.0.2.10/hook', /reserved/],
    ['http://203.0.113.7/hook', /reserved/],
    ['http://240.0.0.1/hook', /reserved/],
    ['http://[2001:db8::1]/hook', /reserved/],
    ['http://[64:ff9b::7f00:1]/hook', /embeds 127\.0\.0\.1/],
    ['http://[64:ff9b::a00:1]/hook', /embeds 10\.0\.0\.1/],
    ['http://[2002:a00:1::1]/hook', /embeds 10\.0\.0\.1/],
    ['http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook', /Teredo/],
    ['http://[fec0::1]/hook', /site-local/],
    ['http://localhost:3000/hook', /local host/],
    ['http://LOCALHOST./hook', /local host/],
    ['http://api.localhost/hook', /local host/],
  ];

  it.each(blocked)('%s', (url, reason) => {
    const result = parseWebhookUrl(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });

  it('covers at least 24 spellings', () => {
    expect(blocked.length).toBeGreaterThanOrEqual(24);
  });
});

describe('parseWebhookUrl', () => {
  it.each([
    'https://93.184.216.34/hook',
    'https://8.8.8.8/hook',
    'https://[2606:4700::1111]/hook',
    'https://[::ffff:8.8.8.8]/hook',
    'https://[64:ff9b::808:808]/hook',
    'https://crm.example.gov.pr/webhooks/puente?x=1',
  ])('allows %s', (url) => {
    const result = parseWebhookUrl(url);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.url).toBeInstanceOf(URL);
  });

  it('normalizes the IP spellings through WHATWG URL', () => {
    for (const u of ['http://2130706433/', 'http://0x7f.1/', 'http://017700000001/', 'http://0177.0.0.1/']) {
      expect(new URL(u).hostname).toBe('127.0.0.1');
    }
    expect(new URL('http://[::ffff:127.0.0.1]/').hostname).toBe('[::ffff:7f00:1]');
  });

  it('rejects bad schemes, credentials, plain http when https is required and junk', () => {
    expect(parseWebhookUrl('ftp://example.com/')).toEqual({ ok: false, error: 'only http and https URLs are allowed' });
    expect(parseWebhookUrl('file:///etc/passwd')).toMatchObject({ ok: false });
    expect(parseWebhookUrl('javascript:alert(1)')).toMatchObject({ ok: false });
    expect(parseWebhookUrl('https://user:pass@example.com/')).toMatchObject({ ok: false, error: expect.stringMatching(/user name or password/) });
    expect(parseWebhookUrl('https://user@example.com/')).toMatchObject({ ok: false });
    expect(parseWebhookUrl('http://example.com/', { requireHttps: true })).toMatchObject({ ok: false, error: expect.stringMatching(/https/) });
    expect(parseWebhookUrl('https://example.com/', { requireHttps: true })).toMatchObject({ ok: true });
    expect(parseWebhookUrl('not a url')).toEqual({ ok: false, error: 'not a valid URL' });
    expect(parseWebhookUrl('')).toMatchObject({ ok: false });
  });

  it('honours allowCidrs and allowPrivate', () => {
    expect(parseWebhookUrl('http://10.1.2.7/hook', { allowCidrs: ['10.1.2.0/24'] })).toMatchObject({ ok: true });
    expect(parseWebhookUrl('http://10.1.3.1/hook', { allowCidrs: ['10.1.2.0/24'] })).toMatchObject({ ok: false });
    expect(parseWebhookUrl('http://127.0.0.1:4000/hook', { allowPrivate: true })).toMatchObject({ ok: true });
    expect(parseWebhookUrl('http://localhost:4000/hook', { allowPrivate: true })).toMatchObject({ ok: true });
    expect(parseWebhookUrl('http://0.0.0.0:4000/hook', { allowPrivate: true })).toMatchObject({ ok: false });
  });
});

describe('classifyAddress', () => {
  it.each(['93.184.216.34', '8.8.8.8', '1.1.1.1', '2606:4700::1111', '[2606:4700::1111]', '2a00:1450:4001:80b::200e'])(
    'allows public %s',
    (ip) => {
      expect(classifyAddress(ip)).toEqual({ allowed: true });
    },
  );

  it.each(['127.0.0.1', '::1', '10.0.0.1', '169.254.169.254', 'fe80::1%eth0', '::ffff:192.168.0.1', '0.0.0.0', '::'])(
    'blocks %s with a reason',
    (ip) => {
      const v = classifyAddress(ip);
      expect(v.allowed).toBe(false);
      expect(v.reason).toBeTruthy();
    },
  );

  it('refuses things that are not addresses', () => {
    expect(classifyAddress('example.com')).toEqual({ allowed: false, reason: 'example.com is not an IP address' });
    expect(classifyAddress('')).toMatchObject({ allowed: false });
  });

  it('allowCidrs lets 10.1.2.0/24 through but not 10.1.3.1', () => {
    const opts: SsrfOptions = { allowCidrs: ['10.1.2.0/24'] };
    expect(classifyAddress('10.1.2.1', opts).allowed).toBe(true);
    expect(classifyAddress('10.1.2.254', opts).allowed).toBe(true);
    expect(classifyAddress('::ffff:10.1.2.9', opts).allowed).toBe(true);
    expect(classifyAddress('10.1.3.1', opts).allowed).toBe(false);
    expect(classifyAddress('127.0.0.1', opts).allowed).toBe(false);
  });

  it('allowCidrs accepts bare addresses and IPv6, skips invalid entries', () => {
    expect(classifyAddress('192.168.50.5', { allowCidrs: ['192.168.50.5'] }).allowed).toBe(true);
    expect(classifyAddress('fd12::5', { allowCidrs: ['fd12::/16'] }).allowed).toBe(true);
    expect(classifyAddress('10.0.0.1', { allowCidrs: ['nonsense', '10.0.0.0/33'] }).allowed).toBe(false);
    expect(isValidCidr('10.1.2.0/24')).toBe(true);
    expect(isValidCidr('10.1.2.0/33')).toBe(false);
    expect(isValidCidr('fd00::/8')).toBe(true);
  });

  it('never allows unspecified or metadata addresses, whatever the options', () => {
    const wide: SsrfOptions = { allowPrivate: true, allowCidrs: ['0.0.0.0/0', '::/0'] };
    expect(classifyAddress('0.0.0.0', wide).allowed).toBe(false);
    expect(classifyAddress('::', wide).allowed).toBe(false);
    expect(classifyAddress('169.254.169.254', wide).allowed).toBe(false);
    expect(classifyAddress('::ffff:169.254.169.254', wide).allowed).toBe(false);
    expect(classifyAddress('fd00:ec2::254', wide).allowed).toBe(false);
    // EKS Pod Identity (IPv4 and IPv6), the VPC resolver, Azure's WireServer (a public address).
    for (const ip of ['169.254.170.23', 'fd00:ec2::23', 'fd00:0ec2:0000:0000:0000:0000:0000:0023', '169.254.169.253', '168.63.129.16', '::ffff:168.63.129.16']) {
      expect(classifyAddress(ip, wide)).toMatchObject({ allowed: false, reason: expect.stringMatching(/metadata/) });
      expect(classifyAddress(ip, {}).allowed).toBe(false);
    }
  });

  it('allowPrivate allows loopback/private/link-local but not 0.0.0.0, multicast or broadcast', () => {
    const dev: SsrfOptions = { allowPrivate: true };
    for (const ip of ['127.0.0.1', '::1', '10.0.0.1', '192.168.1.1', '169.254.1.1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1']) {
      expect(classifyAddress(ip, dev)).toEqual({ allowed: true });
    }
    for (const ip of ['0.0.0.0', '::', '224.0.0.1', '255.255.255.255']) {
      expect(classifyAddress(ip, dev).allowed).toBe(false);
    }
  });
});

describe('createGuardedLookup', () => {
  it('blocks localhost through the real resolver', async () => {
    const { err } = await runLookup(createGuardedLookup(), 'localhost', { all: true });
    expect(err?.code).toBe('EBLOCKED');
    expect(err?.message).toMatch(/localhost \((127\.0\.0\.1|::1)\)/);
  });

  it('allows localhost with allowPrivate, in both callback forms', async () => {
    const lookup = createGuardedLookup({ allowPrivate: true });
    const all = await runLookup(lookup, 'localhost', { all: true });
    expect(all.err).toBeNull();
    expect(Array.isArray(all.address)).toBe(true);
    const one = await runLookup(lookup, 'localhost', { family: 4 });
    expect(one.err).toBeNull();
    expect(one.address).toBe('127.0.0.1');
    expect(one.family).toBe(4);
  });

  it('fails if ANY resolved address is blocked (DNS rebinding with mixed answers)', async () => {
    const lookup = createGuardedLookup({
      resolveAll: fakeDns({
        'rebind.example': [
          { address: '93.184.216.34', family: 4 },
          { address: '127.0.0.1', family: 4 },
        ],
        'metadata.example': [{ address: '169.254.169.254', family: 4 }],
      }),
    });
    const r1 = await runLookup(lookup, 'rebind.example', { all: true });
    expect(r1.err?.code).toBe('EBLOCKED');
    expect(r1.address).toEqual([]);
    const r2 = await runLookup(lookup, 'rebind.example', {});
    expect(r2.err?.code).toBe('EBLOCKED');
    const r3 = await runLookup(lookup, 'metadata.example', {});
    expect(r3.err).toMatchObject({ code: 'EBLOCKED', hostname: 'metadata.example', address: '169.254.169.254' });
  });

  it('returns public answers unchanged in both forms, and passes DNS errors through', async () => {
    const answers = [
      { address: '2606:4700::1111', family: 6 },
      { address: '93.184.216.34', family: 4 },
    ];
    const lookup = createGuardedLookup({ resolveAll: fakeDns({ 'ok.example': answers }) });
    expect(await runLookup(lookup, 'ok.example', { all: true })).toEqual({ err: null, address: answers, family: undefined });
    expect(await runLookup(lookup, 'ok.example', {})).toEqual({ err: null, address: '2606:4700::1111', family: 6 });
    const missing = await runLookup(lookup, 'missing.example', {});
    expect(missing.err?.code).toBe('ENOTFOUND');
  });

  it('judges IP literals without DNS', async () => {
    const lookup = createGuardedLookup({
      resolveAll: () => {
        throw new Error('should not resolve');
      },
    });
    expect((await runLookup(lookup, '10.0.0.1', {})).err?.code).toBe('EBLOCKED');
    expect(await runLookup(lookup, '8.8.8.8', {})).toEqual({ err: null, address: '8.8.8.8', family: 4 });
  });

  it('honours allowCidrs on resolved addresses', async () => {
    const lookup = createGuardedLookup({
      allowCidrs: ['10.1.2.0/24'],
      resolveAll: fakeDns({ 'crm.internal': [{ address: '10.1.2.3', family: 4 }], 'other.internal': [{ address: '10.1.3.1', family: 4 }] }),
    });
    expect((await runLookup(lookup, 'crm.internal', {})).err).toBeNull();
    expect((await runLookup(lookup, 'other.internal', {})).err?.code).toBe('EBLOCKED');
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGuardedLookup, type LookupFunction, type ResolveAll } from './ssrf';
import { classifyTransportError, closeIdleConnections, postWebhook } from './transport';

interface Seen {
  method?: string;
  url?: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let server: http.Server;
let base: string;
let port: number;
const seen: Seen[] = [];
let connections = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      switch (req.url) {
        case '/ok':
          res.writeHead(200, { 'content-type': 'text/plain', 'x-receiver': 'demo' });
          res.end('thanks');
          return;
        case '/fail':
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('boom');
          return;
        case '/slow':
          return; // never answers
        case '/stall-body':
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.write('partial');
          return; // never ends
        case '/big':
          res.writeHead(200, { 'content-type': 'application/octet-stream' });
          res.end(Buffer.alloc(200 * 1024, 'a'));
          return;
        case '/exact':
          res.writeHead(200);
          res.end(Buffer.alloc(65_536, 'b'));
          return;
        case '/redirect':
          res.writeHead(302, { location: '/ok' });
          res.end();
          return;
        default:
          res.writeHead(404);
          res.end();
      }
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  closeIdleConnections();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const headers = { 'content-type': 'application/json', 'webhook-id': 'msg_1' };
const body = JSON.stringify({ type: 'lead.created', data: { name: 'Ana Peña' } });

describe('postWebhook against a real server', () => {
  it('returns status, headers, body and the remote address on 200', async () => {
    const r = await postWebhook({ url: `${base}/ok`, headers, body });
    expect(r).toMatchObject({ ok: true, status: 200, body: 'thanks', bodyTruncated: false, remoteAddress: '127.0.0.1' });
    if (!r.ok) return;
    expect(r.headers['x-receiver']).toBe('demo');
    expect(r.durationMs).toBeGreaterThanOrEqual(0);
    const req = seen.at(-1)!;
    expect(req.method).toBe('POST');
    expect(req.body).toBe(body);
    expect(req.headers['webhook-id']).toBe('msg_1');
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers['content-length']).toBe(String(Buffer.byteLength(body)));
  });

  it('returns a 500 as a status, not an error', async () => {
    const r = await postWebhook({ url: `${base}/fail`, headers, body });
    expect(r).toMatchObject({ ok: true, status: 500, body: 'boom', remoteAddress: '127.0.0.1' });
  });

  it('does not follow redirects', async () => {
    const before = seen.length;
    const r = await postWebhook({ url: `${base}/redirect`, headers, body });
    expect(r).toMatchObject({ ok: true, status: 302 });
    if (r.ok) expect(r.headers.location).toBe('/ok');
    expect(seen.length).toBe(before + 1);
    expect(seen.at(-1)?.url).toBe('/redirect');
  });

  it('times out a server that never answers', async () => {
    const r = await postWebhook({ url: `${base}/slow`, headers, body, timeoutMs: 200 });
    expect(r).toMatchObject({ ok: false, errorClass: 'timeout', remoteAddress: '127.0.0.1' });
    if (!r.ok) {
      expect(r.message).toMatch(/timed out after 200 ms/);
      expect(r.durationMs).toBeGreaterThanOrEqual(150);
      expect(r.durationMs).toBeLessThan(2_000);
    }
  });

  it('keeps the status when the body stalls after it, marking the body truncated', async () => {
    const r = await postWebhook({ url: `${base}/stall-body`, headers, body, timeoutMs: 200 });
    expect(r).toMatchObject({ ok: true, status: 200, body: 'partial', bodyTruncated: true });
  });

  it('keeps at most maxResponseBytes (64 KiB) and drops the rest', async () => {
    const r = await postWebhook({ url: `${base}/big`, headers, body });
    expect(r).toMatchObject({ ok: true, status: 200, bodyTruncated: true });
    if (r.ok) {
      expect(Buffer.byteLength(r.body)).toBe(65_536);
      expect(r.body).toBe('a'.repeat(65_536));
    }
    const small = await postWebhook({ url: `${base}/big`, headers, body, maxResponseBytes: 10 });
    expect(small).toMatchObject({ ok: true, body: 'aaaaaaaaaa', bodyTruncated: true });
  });

  it('a body of exactly maxResponseBytes is not truncated', async () => {
    const r = await postWebhook({ url: `${base}/exact`, headers, body });
    expect(r).toMatchObject({ ok: true, status: 200, bodyTruncated: false });
    if (r.ok) expect(r.body).toHaveLength(65_536);
  });

  it('reuses keep-alive connections and still reports the remote address', async () => {
    await postWebhook({ url: `${base}/ok`, headers, body });
    const before = connections;
    const r = await postWebhook({ url: `${base}/ok`, headers, body });
    expect(connections).toBe(before);
    expect(r).toMatchObject({ ok: true, remoteAddress: '127.0.0.1' });
  });

  it('reports connection refused on a closed port', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const r = await postWebhook({ url: `http://127.0.0.1:${closedPort}/hook`, headers, body });
    expect(r).toMatchObject({ ok: false, errorClass: 'connection' });
    if (!r.ok) expect(r.message).toMatch(/ECONNREFUSED/);
  });

  it('reports TLS failures as tls (https to a plain http server)', async () => {
    const r = await postWebhook({ url: `https://127.0.0.1:${port}/ok`, headers, body, timeoutMs: 2_000 });
    expect(r).toMatchObject({ ok: false, errorClass: 'tls' });
  });
});

describe('postWebhook with the SSRF guard', () => {
  it('blocks a name that resolves to loopback', async () => {
    const before = seen.length;
    const r = await postWebhook({ url: `http://localhost:${port}/ok`, headers, body, lookup: createGuardedLookup() });
    expect(r).toMatchObject({ ok: false, errorClass: 'blocked' });
    if (!r.ok) expect(r.message).toMatch(/EBLOCKED.*localhost/);
    expect(seen.length).toBe(before);
  });

  it('blocks an IP-literal host too, although Node skips lookup for those', async () => {
    const before = seen.length;
    const r = await postWebhook({ url: `${base}/ok`, headers, body, lookup: createGuardedLookup() });
    expect(r).toMatchObject({ ok: false, errorClass: 'blocked' });
    expect(seen.length).toBe(before);
  });

  it('maps any lookup error with code EBLOCKED to blocked', async () => {
    const lookup: LookupFunction = (_host, _opts, cb) =>
      setImmediate(() => cb(Object.assign(new Error('nope'), { code: 'EBLOCKED' }), []));
    const r = await postWebhook({ url: `http://rebind.example:${port}/ok`, headers, body, lookup });
    expect(r).toMatchObject({ ok: false, errorClass: 'blocked', message: 'EBLOCKED: nope' });
  });

  it('connects when the guard allows it (allowPrivate), through the lookup', async () => {
    const r = await postWebhook({
      url: `http://localhost:${port}/ok`,
      headers,
      body,
      lookup: createGuardedLookup({ allowPrivate: true }),
    });
    expect(r).toMatchObject({ ok: true, status: 200, remoteAddress: '127.0.0.1' });
  });

  it('does not reuse a pooled connection opened under a looser policy', async () => {
    const loose = await postWebhook({ url: `http://localhost:${port}/ok`, headers, body, lookup: createGuardedLookup({ allowPrivate: true }) });
    expect(loose).toMatchObject({ ok: true, status: 200 });
    const before = seen.length;
    const strict = await postWebhook({ url: `http://localhost:${port}/ok`, headers, body, lookup: createGuardedLookup() });
    expect(strict).toMatchObject({ ok: false, errorClass: 'blocked' });
    expect(seen.length).toBe(before);
    // The same policy in a new lookup instance does share the pool.
    const connectionsBefore = connections;
    const again = await postWebhook({ url: `http://localhost:${port}/ok`, headers, body, lookup: createGuardedLookup({ allowPrivate: true }) });
    expect(again).toMatchObject({ ok: true, status: 200 });
    expect(connections).toBe(connectionsBefore);
  });

  it('maps DNS failures to dns', async () => {
    const resolveAll: ResolveAll = (hostname, _o, cb) =>
      setImmediate(() => cb(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []));
    const r = await postWebhook({ url: 'https://nowhere.example/hook', headers, body, lookup: createGuardedLookup({ resolveAll }) });
    expect(r).toMatchObject({ ok: false, errorClass: 'dns' });
  });

  it('applies the connect timeout while the connection is being set up', async () => {
    const hang: LookupFunction = () => {}; // never resolves: the socket stays "connecting"
    const r = await postWebhook({ url: `http://hang.example:${port}/ok`, headers, body, lookup: hang, connectTimeoutMs: 100, timeoutMs: 5_000 });
    expect(r).toMatchObject({ ok: false, errorClass: 'timeout' });
    if (!r.ok) {
      expect(r.message).toMatch(/connect timed out after 100 ms/);
      expect(r.durationMs).toBeLessThan(2_000);
    }
  });
});

describe('postWebhook input errors and classification', () => {
  it('refuses invalid URLs and other protocols without throwing', async () => {
    expect(await postWebhook({ url: 'not a url', headers, body })).toMatchObject({ ok: false, errorClass: 'blocked' });
    expect(await postWebhook({ url: 'ftp://example.com/', headers, body })).toMatchObject({ ok: false, errorClass: 'blocked' });
  });

  it('reports an invalid header value instead of throwing', async () => {
    const r = await postWebhook({ url: `${base}/ok`, headers: { 'x-bad': 'a\r\nb' }, body });
    expect(r).toMatchObject({ ok: false, errorClass: 'blocked' });
  });

  it('reports a request Node refuses to write (a Trailer header on a body with a length) instead of throwing', async () => {
    const r = await postWebhook({ url: `${base}/ok`, headers: { Trailer: 'X-Checksum' }, body });
    expect(r).toMatchObject({ ok: false, errorClass: 'blocked' });
    if (!r.ok) expect(r.message).toMatch(/could not be sent/);
  });

  it.each([
    ['EBLOCKED', 'blocked'],
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['ECONNREFUSED', 'connection'],
    ['ECONNRESET', 'connection'],
    ['EHOSTUNREACH', 'connection'],
    ['EPIPE', 'connection'],
    ['ETIMEDOUT', 'timeout'],
    ['CERT_HAS_EXPIRED', 'tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls'],
  ] as const)('%s → %s', (code, expected) => {
    expect(classifyTransportError(Object.assign(new Error('x'), { code }))).toBe(expected);
  });

  it('classifies a Happy Eyeballs AggregateError by its first error', () => {
    const agg = new AggregateError([Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })], 'all failed');
    expect(classifyTransportError(agg)).toBe('connection');
    const tls = new AggregateError([Object.assign(new Error('x'), { code: 'ETIMEDOUT' })]);
    expect(classifyTransportError(tls)).toBe('timeout');
  });
});

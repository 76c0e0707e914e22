/**
 * The server in front of Next, on real sockets on loopback: what the app is told about the
 * client's address whatever the client sends, with and without 127.0.0.1 as a trusted proxy,
 * and the 413 for bodies over the server-action limit. The handler stands in for Next: it
 * answers with the headers it was given and what lib/client-ip.ts makes of them.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { clientIpFrom, CLIENT_ADDRESS_HEADER } from '../client-ip';
import { SERVER_ACTION_BODY_LIMIT_BYTES } from './body-limit';
import { closePuenteServer, createPuenteServer, type RequestHandler } from './puente-server';
import { parseTrustedProxies } from './trusted-proxies';

interface Seen {
  clientIp: string;
  headers: IncomingHttpHeaders;
  bodyBytes: number;
}

/** Answers what the app would see; reads the body, as Next would. */
const echo: RequestHandler = async (req: IncomingMessage, res: ServerResponse) => {
  let bodyBytes = 0;
  for await (const chunk of req) bodyBytes += (chunk as Buffer).length;
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  const seen: Seen = { clientIp: clientIpFrom(headers), headers: req.headers, bodyBytes };
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(seen));
};

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => closePuenteServer(s, 100)));
});

async function start(trusted: string, handle: RequestHandler = echo, host = '127.0.0.1'): Promise<{ server: http.Server; port: number }> {
  const server = createPuenteServer({ trust: parseTrustedProxies(trusted), handle, log: () => {} });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** Whether the server asked for the body (100 Continue) before answering. */
  continued: boolean;
}

/** A raw request, headers exactly as given (repeated names allowed), body optional. */
function request(
  port: number,
  opts: { method?: string; path?: string; headers?: [string, string][]; body?: Buffer | string; chunked?: boolean; expectContinue?: boolean; host?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of opts.headers ?? []) {
      const prev = headers[k];
      headers[k] = prev === undefined ? v : [...(Array.isArray(prev) ? prev : [prev]), v];
    }
    const body = opts.body === undefined ? undefined : Buffer.from(opts.body);
    if (body) headers[opts.chunked ? 'transfer-encoding' : 'content-length'] = opts.chunked ? 'chunked' : String(body.length);
    if (opts.expectContinue) headers.expect = '100-continue';
    let continued = false;
    const req = http.request({ host: opts.host ?? '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path ?? '/', headers, agent: false });
    req.on('error', reject);
    req.on('continue', () => {
      continued = true;
      req.end(body);
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString(), continued }));
      res.on('error', reject);
    });
    if (opts.expectContinue) req.flushHeaders();
    else req.end(body);
  });
}

const SPOOFS: [string, string][] = [
  ['x-forwarded-for', '198.51.100.66'],
  ['X-Forwarded-For', '198.51.100.67, 198.51.100.68'],
  ['x-real-ip', '198.51.100.69'],
  ['forwarded', 'for=198.51.100.70;proto=https'],
  [CLIENT_ADDRESS_HEADER, '198.51.100.71'],
];
const seen = (a: Answer) => JSON.parse(a.body) as Seen;

describe('the client address', () => {
  it('from an untrusted peer is the socket address, whatever forwarding headers it sends', async () => {
    const { port } = await start('');
    const a = seen(await request(port, { headers: SPOOFS }));
    expect(a.clientIp).toBe('127.0.0.1');
    expect(a.headers[CLIENT_ADDRESS_HEADER]).toBe('127.0.0.1');
    // Nothing downstream can read what the client wrote.
    for (const name of ['x-forwarded-for', 'x-real-ip', 'forwarded']) expect(a.headers[name], name).toBeUndefined();
    expect(JSON.stringify(a.headers)).not.toContain('198.51.100.');
  });

  it('from a peer outside the trusted ranges is the socket address too', async () => {
    const { port } = await start('10.0.0.0/8, 192.0.2.1');
    expect(seen(await request(port, { headers: SPOOFS })).clientIp).toBe('127.0.0.1');
  });

  it('from a trusted proxy (127.0.0.1/32) is the entry that proxy appended, not what its client wrote', async () => {
    const { port } = await start('127.0.0.1/32');
    // What nginx sends with $proxy_add_x_forwarded_for: the client's own header, then the peer it saw.
    const a = seen(await request(port, { headers: [['x-forwarded-for', '198.51.100.66, 203.0.113.9'], ['x-real-ip', '198.51.100.69'], [CLIENT_ADDRESS_HEADER, '198.51.100.71']] }));
    expect(a.clientIp).toBe('203.0.113.9');
    expect(a.headers['x-forwarded-for']).toBeUndefined();
    expect(a.headers['x-real-ip']).toBeUndefined();
    // Two X-Forwarded-For lines are one list (RFC 9110): the last entry of the last line counts.
    expect(seen(await request(port, { headers: [['x-forwarded-for', '198.51.100.66'], ['x-forwarded-for', '203.0.113.10']] })).clientIp).toBe('203.0.113.10');
    // A trusted proxy that sends no header: the proxy is the client.
    expect(seen(await request(port, {})).clientIp).toBe('127.0.0.1');
  });

  it('with a hop count, trusts exactly that many proxies', async () => {
    const { port } = await start('1');
    expect(seen(await request(port, { headers: [['x-forwarded-for', '198.51.100.66, 203.0.113.9']] })).clientIp).toBe('203.0.113.9');
  });

  it('over IPv6 loopback: ::1 is not 127.0.0.1/32, and is written canonically', async (ctx) => {
    let port: number;
    try {
      ({ port } = await start('127.0.0.1/32', echo, '::1'));
    } catch {
      ctx.skip(); // no IPv6 on this machine
      return;
    }
    expect(seen(await request(port, { host: '::1', headers: SPOOFS })).clientIp).toBe('::1');
  });

  it('is rewritten on upgrade requests too, for the listener Next adds when it first serves', async () => {
    const upgraded: IncomingHttpHeaders[] = [];
    // Like Next's custom server: on its first request it adds an 'upgrade' listener to the server.
    const holder: { server?: http.Server } = {};
    const nextLike: RequestHandler = (req, res) => {
      if (holder.server?.listenerCount('upgrade') === 0) {
        holder.server.on('upgrade', (r: IncomingMessage, socket) => {
          upgraded.push(r.headers);
          socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
        });
      }
      return echo(req, res);
    };
    const { server, port } = await start('', nextLike);
    holder.server = server;
    await request(port, {});
    await request(port, { headers: [...SPOOFS, ['connection', 'upgrade'], ['upgrade', 'websocket']] }).catch(() => undefined);
    expect(upgraded).toHaveLength(1);
    expect(upgraded[0]?.[CLIENT_ADDRESS_HEADER]).toBe('127.0.0.1');
    expect(upgraded[0]?.['x-forwarded-for']).toBeUndefined();
  });
});

describe('request bodies', () => {
  const limit = SERVER_ACTION_BODY_LIMIT_BYTES;

  it('shares its limit with next.config.js', async () => {
    const nextConfig = new URL('../../next.config.js', import.meta.url).href;
    const { default: config } = (await import(/* @vite-ignore */ nextConfig)) as { default: { experimental: { serverActions: { bodySizeLimit: unknown } } } };
    expect(config.experimental.serverActions.bodySizeLimit).toBe(limit);
  });

  it('up to the limit reach the app', async () => {
    const { port } = await start('');
    const a = await request(port, { method: 'POST', path: '/solicitar', body: Buffer.alloc(limit, 'a') });
    expect(a.status).toBe(200);
    expect(seen(a).bodyBytes).toBe(limit);
  });

  it('over the limit get 413 in plain text (what a server action shows as its error), and never reach the app', async () => {
    let reached = 0;
    const { port } = await start('', (req, res) => {
      reached++;
      return echo(req, res);
    });
    const a = await request(port, { method: 'POST', path: '/solicitar', headers: [['next-action', 'abc123']], body: Buffer.alloc(limit + 1, 'a') });
    expect(a.status).toBe(413);
    expect(a.headers['content-type']).toBe('text/plain');
    expect(a.body).toBe('The request body is larger than the 64 KiB this server accepts.');
    // A much bigger body: still a clean answer, not a reset connection.
    const big = await request(port, { method: 'POST', path: '/solicitar', body: Buffer.alloc(4 * 1024 * 1024, 'a') });
    expect(big.status).toBe(413);
    expect(reached).toBe(0);
  });

  it('over the limit get problem+json under /api/ or when JSON is asked for', async () => {
    const { port } = await start('');
    for (const [path, headers] of [
      ['/api/auth/callback/credentials', []],
      ['/solicitar', [['accept', 'application/json']]],
    ] as [string, [string, string][]][]) {
      const a = await request(port, { method: 'POST', path, headers, body: Buffer.alloc(limit + 1) });
      expect(a.status, path).toBe(413);
      expect(a.headers['content-type']).toBe('application/problem+json');
      expect(JSON.parse(a.body)).toMatchObject({ status: 413, title: 'Content Too Large' });
    }
  });

  it('announced with Expect: 100-continue are refused before they are sent', async () => {
    const { port } = await start('');
    const refused = await request(port, { method: 'POST', path: '/solicitar', body: Buffer.alloc(limit + 1), expectContinue: true });
    expect(refused.status).toBe(413);
    expect(refused.continued).toBe(false);
    const accepted = await request(port, { method: 'POST', path: '/solicitar', body: 'a=1', expectContinue: true });
    expect(accepted.status).toBe(200);
    expect(accepted.continued).toBe(true);
  });

  it('without a length (chunked) get 411, except on the Inngest endpoint, which has no limit', async () => {
    const { port } = await start('');
    expect((await request(port, { method: 'POST', path: '/solicitar', body: 'a=1', chunked: true })).status).toBe(411);
    expect((await request(port, { method: 'POST', path: '/api/inngest', body: Buffer.alloc(limit * 2), chunked: true })).status).toBe(200);
    expect((await request(port, { method: 'POST', path: '/api/inngest?fnId=x', body: Buffer.alloc(limit * 2) })).status).toBe(200);
    // Exactly that path: not a prefix that a `..` could walk out of.
    expect((await request(port, { method: 'POST', path: '/api/inngest/../solicitar', body: Buffer.alloc(limit + 1) })).status).toBe(413);
  });
});

describe('the server', () => {
  it('answers 500 when the app fails before answering', async () => {
    const { port } = await start('', () => {
      throw new Error('boom');
    });
    expect((await request(port, {})).status).toBe(500);
  });

  it('closes with a stream still open, once the grace period is over', async () => {
    const { server, port } = await start('', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(': open\n\n');
    });
    const open = request(port, {}).catch(() => 'cut');
    await new Promise((r) => setTimeout(r, 50));
    const t0 = Date.now();
    await closePuenteServer(server, 200);
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(server.listening).toBe(false);
    await open;
  });
});

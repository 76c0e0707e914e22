/**
 * The lead rate limit cannot be dodged by inventing forwarding headers: real HTTP on loopback
 * through the server scripts/run.ts puts in front of Next (lib/http/puente-server.ts), a
 * handler doing what the lead server action does (app/actions/submit-lead.ts: clientIpFrom,
 * then submitLeadForm), and the real database. Once with nobody trusted, once with 127.0.0.1
 * configured as a trusted proxy (as nginx on the same host would be).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { clientIpFrom, CLIENT_ADDRESS_HEADER } from '../../lib/client-ip';
import { resetEnvCache } from '../../lib/env';
import { closePuenteServer, createPuenteServer } from '../../lib/http/puente-server';
import { parseTrustedProxies } from '../../lib/http/trusted-proxies';
import { submitLeadForm } from '../../lib/leads/submit-lead';
import { makeDepartment, makeProgram } from '../factories';

const LIMIT = 3;
let programId: string;
let server: http.Server | undefined;

beforeAll(async () => {
  process.env.LEAD_RATE_LIMIT_PER_HOUR = String(LIMIT);
  process.env.PUENTE_ENGINE = 'off';
  resetEnvCache();
  const d = await makeDepartment();
  programId = (await makeProgram(d.id)).id;
});
afterAll(() => {
  delete process.env.LEAD_RATE_LIMIT_PER_HOUR;
  resetEnvCache();
});
beforeEach(async () => {
  await rawSql()`truncate leads, events, deliveries, rate_limits cascade`;
});
afterEach(async () => {
  if (server) await closePuenteServer(server, 100);
  server = undefined;
});

/** The lead action's server side, over a real socket. */
async function startApp(trusted: string): Promise<number> {
  server = createPuenteServer({
    trust: parseTrustedProxies(trusted),
    log: () => {},
    handle: async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
      const form = await new Request('http://app/', { method: 'POST', headers, body: Buffer.concat(chunks) }).formData();
      const out = await submitLeadForm(db, form, { clientIp: clientIpFrom(headers) });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(out.kind === 'rejected' && out.state.status === 'invalid' ? (out.state.formError ?? 'invalid') : out.kind));
    },
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

let n = 0;
/** Submits one valid lead with the given headers; answers 'created', 'rateLimited', … */
function submit(port: number, headers: Record<string, string>): Promise<string> {
  n++;
  const body = new URLSearchParams({
    name: 'Ana Pérez',
    email: `ana${n}@example.com`,
    phone: '787-555-1234',
    businessName: 'Café La Plaza',
    municipality: 'Ponce',
    businessStage: 'new',
    sector: 'food',
    programIds: programId,
    consent: 'on',
  }).toString();
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: '/solicitar', agent: false, headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(text) as string) : reject(new Error(`${res.statusCode}: ${text}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A different invented client on every call, in every header a client might try. */
function spoofed(i: number): Record<string, string> {
  return {
    'x-forwarded-for': `198.51.100.${i}`,
    'x-real-ip': `198.51.100.${100 + i}`,
    forwarded: `for=198.51.100.${200 + i}`,
    [CLIENT_ADDRESS_HEADER]: `192.0.2.${i}`,
  };
}

async function rateLimitKeys(): Promise<number> {
  const [row] = await rawSql()`select count(distinct key)::int as n from rate_limits`;
  return (row as { n: number }).n;
}

describe('the lead rate limit, per client address', () => {
  it('counts a client that invents a new address in every request as the one it is', async () => {
    const port = await startApp('');
    const answers: string[] = [];
    for (let i = 1; i <= LIMIT + 2; i++) answers.push(await submit(port, spoofed(i)));
    expect(answers).toEqual([...Array<string>(LIMIT).fill('created'), 'rateLimited', 'rateLimited']);
    expect(await rateLimitKeys()).toBe(1);
  });

  it('behind a trusted proxy, counts the address the proxy saw, whatever the client wrote before it', async () => {
    const port = await startApp('127.0.0.1/32');
    // nginx's $proxy_add_x_forwarded_for: whatever the client sent, then the peer nginx saw.
    const viaProxy = (i: number, client: string) => ({ ...spoofed(i), 'x-forwarded-for': `198.51.100.${i}, ${client}` });
    const answers: string[] = [];
    for (let i = 1; i <= LIMIT + 1; i++) answers.push(await submit(port, viaProxy(i, '203.0.113.9')));
    expect(answers).toEqual([...Array<string>(LIMIT).fill('created'), 'rateLimited']);
    // Another real client behind the same proxy has its own allowance.
    expect(await submit(port, viaProxy(9, '203.0.113.10'))).toBe('created');
    expect(await rateLimitKeys()).toBe(2);
  });

  it('from a peer that is not the trusted proxy, ignores its X-Forwarded-For', async () => {
    // Only 10.0.0.0/8 is trusted; the test client connects from 127.0.0.1.
    const port = await startApp('10.0.0.0/8');
    const answers: string[] = [];
    for (let i = 1; i <= LIMIT + 1; i++) answers.push(await submit(port, { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.${i}` }));
    expect(answers).toEqual([...Array<string>(LIMIT).fill('created'), 'rateLimited']);
  });
});

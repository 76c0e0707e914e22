/**
 * The sample receiver (examples/receiver-node/server.mjs), started on a loopback port and sent
 * real deliveries signed by the engine's own code: it answers 2xx, processes a message once
 * however often it arrives (also across a restart), refuses a bad signature with 401 and never
 * logs the applicant's personal data. It must stand alone: Node built-ins and the guide's
 * verify.mjs only, never Puente's database.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBody } from '../lib/delivery/attempt-delivery';
import { buildSignatureHeaders } from '../lib/delivery/sign';
import { EXAMPLE_LEAD_EVENT, EXAMPLE_PING } from '../lib/docs/webhook-guide/samples';
import { generateWebhookSecret } from '../lib/secrets/webhook-secret';
import { PUENTE_VERSION } from '../lib/version';

const SERVER = path.resolve(import.meta.dirname, '../examples/receiver-node/server.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'puente-receiver-'));
const leadsFile = path.join(work, 'leads.jsonl');
const secret = generateWebhookSecret();
const children: ChildProcessWithoutNullStreams[] = [];

afterAll(async () => {
  await Promise.all(children.map(stop));
  rmSync(work, { recursive: true, force: true });
});

interface Receiver {
  url: string;
  child: ChildProcessWithoutNullStreams;
  output: () => string;
}

/** Starts the receiver on a free loopback port and waits for its "listening on" line. */
function start(): Promise<Receiver> {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, PUENTE_SECRET: secret, PUENTE_PREVIOUS_SECRET: '', PORT: '0', HOST: '127.0.0.1', LEADS_FILE: leadsFile },
  });
  children.push(child);
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => (out += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`receiver did not start:\n${out}`)), 20_000);
    child.stdout.on('data', (d: string) => {
      out += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, child, output: () => out });
      }
    });
    child.on('exit', (code) => reject(new Error(`receiver exited with ${code}:\n${out}`)));
  });
}

function stop(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A delivery exactly as the engine builds and signs it. */
function delivery(eventType: 'lead.created' | 'ping' = 'lead.created', contentType: 'json' | 'form' = 'json', test = false) {
  const payload = eventType === 'ping' ? EXAMPLE_PING : test ? { ...EXAMPLE_LEAD_EVENT, test: true as const } : EXAMPLE_LEAD_EVENT;
  const departmentId = EXAMPLE_LEAD_EVENT.data.programs[0]!.department.id;
  const built = buildBody(eventType, payload, departmentId, contentType, null);
  const headers: Record<string, string> = {
    'Content-Type': built.contentTypeHeader,
    ...buildSignatureHeaders({
      messageId: `msg_${crypto.randomUUID().replaceAll('-', '')}`,
      timestamp: Math.floor(Date.now() / 1000),
      body: built.body,
      secrets: [secret],
      eventType,
      webhookId: EXAMPLE_PING.data.webhook.id,
      deliveryId: crypto.randomUUID(),
      userAgentVersion: PUENTE_VERSION,
      test,
    }),
  };
  return { body: built.body, headers };
}

const post = (url: string, d: { body: string; headers: Record<string, string> }) => fetch(url, { method: 'POST', body: d.body, headers: d.headers });

const leadLines = () => (existsSync(leadsFile) ? readFileSync(leadsFile, 'utf8').split('\n').filter(Boolean) : []);

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const lead = EXAMPLE_LEAD_EVENT.data.lead;
const PERSONAL = [lead.name, lead.email, lead.phone, lead.businessName, lead.message];

describe('the sample receiver (examples/receiver-node)', { timeout: 60_000 }, () => {
  it('answers 2xx, processes a delivery sent twice once, and keeps personal data out of its log', async () => {
    const r = await start();
    const d = delivery();
    const first = await post(r.url, d);
    expect(first.status).toBe(200);
    await until(() => leadLines().length === 1, 'the lead to be written');
    const again = await post(r.url, d);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ status: 'duplicate' });

    const [line] = leadLines();
    const stored = JSON.parse(line!) as { webhookId: string; lead: { reference: string } };
    expect(stored.webhookId).toBe(d.headers['webhook-id']);
    expect(stored.lead.reference).toBe(lead.reference);

    const out = r.output();
    expect(out).toContain(`lead.created ${d.headers['webhook-id']} reference=${lead.reference}`);
    expect(out).toContain(`duplicate ${d.headers['webhook-id']}`);
    for (const p of PERSONAL) expect(out).not.toContain(p);
    await stop(r.child);
  });

  it('refuses a bad signature with 401 and processes nothing', async () => {
    const r = await start();
    const before = leadLines().length;
    const d = delivery();
    const tampered = await post(r.url, { ...d, body: d.body.replace(lead.reference, 'PR-AAAAA-BBBBB') });
    expect(tampered.status).toBe(401);
    const unsigned = await post(r.url, { ...d, headers: { ...d.headers, 'webhook-signature': 'v1,AAAA' } });
    expect(unsigned.status).toBe(401);
    const other = delivery();
    const wrongSecret = await post(r.url, {
      ...other,
      headers: {
        ...other.headers,
        'webhook-signature': buildSignatureHeaders({
          messageId: other.headers['webhook-id']!,
          timestamp: Number(other.headers['webhook-timestamp']),
          body: other.body,
          secrets: [generateWebhookSecret()],
          eventType: 'lead.created',
          webhookId: 'w',
          deliveryId: 'd',
          userAgentVersion: PUENTE_VERSION,
        })['webhook-signature']!,
      },
    });
    expect(wrongSecret.status).toBe(401);
    await new Promise((res) => setTimeout(res, 200));
    expect(leadLines()).toHaveLength(before);
    expect(r.output()).toMatch(/refused msg_\w+: no signature matches/);
    await stop(r.child);
  });

  it('takes pings, test leads and form bodies, and remembers processed ids across a restart', async () => {
    const first = await start();
    const before = leadLines().length;
    const ping = await post(first.url, delivery('ping'));
    expect(ping.status).toBe(200);
    const testLead = delivery('lead.created', 'json', true);
    expect(JSON.parse(testLead.body)).toMatchObject({ test: true });
    expect((await post(first.url, testLead)).status).toBe(200);
    await until(() => first.output().includes(`test lead.created ${testLead.headers['webhook-id']}`), 'the test lead to be logged');
    expect(first.output()).toContain(`reference=${lead.reference} (not stored)`);
    expect(leadLines()).toHaveLength(before);
    const form = delivery('lead.created', 'form');
    expect((await post(first.url, form)).status).toBe(200);
    await until(() => leadLines().length === before + 1, 'the form lead to be written');
    await stop(first.child);

    const second = await start();
    const again = await post(second.url, form);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ status: 'duplicate' });
    expect(leadLines()).toHaveLength(before + 1);
    expect(first.output()).toMatch(/ping msg_\w+/);
    for (const p of PERSONAL) expect(first.output() + second.output()).not.toContain(p);
    await stop(second.child);
  });

  it('stands alone: Node built-ins and the guide’s verify.mjs, nothing of Puente', () => {
    const source = readFileSync(SERVER, 'utf8');
    const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const spec of imports) expect(spec === '../verify/verify.mjs' || spec!.startsWith('node:'), spec).toBe(true);
    const pkg = JSON.parse(readFileSync(path.join(path.dirname(SERVER), 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys((pkg.dependencies as object | undefined) ?? {}).length).toBeLessThanOrEqual(1);
  });
});

/**
 * The published OpenAPI document: valid OpenAPI 3.1; one operation per route handler method
 * under app/api/v1 and one route method per operation; and the bodies the engine really sends
 * (lead.created and ping, JSON and form-encoded, signature and shared-token styles) valid
 * against the document's `webhooks` section.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db/client';
import { openApiDocument } from '../../lib/api/v1/openapi';
import { startEmbeddedWorker } from '../../lib/delivery/embedded-worker';
import { invalidateSsrfOptions } from '../../lib/delivery/ssrf-policy';
import { resetEnvCache } from '../../lib/env';
import { createLead } from '../../lib/leads/create-lead';
import { createWebhook } from '../../lib/webhooks/create-webhook';
import { leadInput, makeDepartment, makeProgram } from '../factories';
import { startReceiver, type Receiver } from '../receiver';

const ROOT = path.resolve(import.meta.dirname, '../..');
const doc = openApiDocument();

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const result = await new Validator().validate(structuredClone(doc) as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.webhooks ?? {}).sort()).toEqual(['lead.created', 'ping']);
  });

  it('describes exactly the methods the route handlers under app/api/v1 export', () => {
    const walk = (dir: string): string[] =>
      readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : e.name === 'route.ts' ? [`${dir}/${e.name}`] : []));
    const implemented = new Set<string>();
    for (const file of walk('app/api/v1/departments')) {
      const template = file
        .replace('app/api/v1', '')
        .replace('/route.ts', '')
        .replace(/\[(\w+)\]/g, '{$1}');
      for (const m of readFileSync(path.join(ROOT, file), 'utf8').matchAll(/export const (GET|POST|PATCH|PUT|DELETE) =/g)) implemented.add(`${m[1]} ${template}`);
    }
    const documented = new Set(Object.entries(doc.paths ?? {}).flatMap(([p, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${p}`)));
    expect([...implemented].sort()).toEqual([...documented].sort());
  });

  it('is served as JSON at /api/v1/openapi.json', async () => {
    const { GET } = await import('../../app/api/v1/openapi.json/route');
    const res = GET();
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(((await res.json()) as { openapi: string }).openapi).toBe('3.1.0');
  });
});

describe('what the engine sends', () => {
  let receiver: Receiver;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc as object, 'openapi');
  const schemaOf = (event: string, type: string) =>
    ajv.getSchema(`openapi#/webhooks/${event.replace('/', '~1')}/post/requestBody/content/${type.replace('/', '~1')}/schema`)!;
  const headersOf = (event: string) => {
    const params = (doc.webhooks?.[event]?.post as { parameters: { name: string; in: string; required?: boolean }[] }).parameters;
    return params.filter((p) => p.in === 'header' && p.required).map((p) => p.name.toLowerCase());
  };

  beforeAll(async () => {
    process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS = '1';
    delete process.env.PUENTE_ENGINE;
    resetEnvCache();
    invalidateSsrfOptions();
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
  });

  it('posts lead.created and ping bodies and headers that match the published webhook schemas, in both content types and both styles', async () => {
    const dep = await makeDepartment();
    const program = await makeProgram(dep.id);
    const styles = [
      { path: 'json-signature', contentType: 'json', verification: 'signature' },
      { path: 'form-signature', contentType: 'form', verification: 'signature' },
      { path: 'json-token', contentType: 'json', verification: 'token' },
    ] as const;
    for (const s of styles) {
      const r = await createWebhook(db, dep.id, { url: `${receiver.url}/${s.path}`, events: ['*'], contentType: s.contentType, verification: s.verification }, { email: 't@example.com' });
      expect(r.ok).toBe(true);
    }
    const lead = await createLead(db, leadInput([program.id]));
    expect(lead.ok).toBe(true);
    const worker = await startEmbeddedWorker({ connectionString: process.env.DATABASE_URL!, concurrency: 5 });
    try {
      const until = Date.now() + 10_000;
      while (receiver.requests.length < 6 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await worker.stop();
    }
    expect(receiver.requests).toHaveLength(6);
    for (const req of receiver.requests) {
      const event = req.headers['x-puente-event']!;
      const form = req.headers['content-type']!.startsWith('application/x-www-form-urlencoded');
      const envelope = JSON.parse(form ? new URLSearchParams(req.body).get('payload')! : req.body) as unknown;
      if (form) expect(schemaOf(event, 'application/x-www-form-urlencoded')(Object.fromEntries(new URLSearchParams(req.body))), req.path).toBe(true);
      const validate = schemaOf(event, 'application/json');
      expect(validate(envelope), `${req.path} ${event}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      for (const h of headersOf(event)) expect(req.headers, `${req.path} ${event} lacks ${h}`).toHaveProperty(h);
    }
    // The schema is strict enough to fail: a body without its lead does not validate.
    expect(schemaOf('lead.created', 'application/json')({ type: 'lead.created', version: 'x', timestamp: new Date().toISOString(), data: {} })).toBe(false);
  });
});

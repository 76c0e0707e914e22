import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../api/v1/openapi';
import { apiDocWords, fieldRows, operations, webhooks } from './api-reference';

describe('the API reference page content', () => {
  it('lists every operation of the document, with its parameters, body fields and responses', () => {
    const doc = openApiDocument();
    const count = Object.values(doc.paths ?? {}).reduce((n, ops) => n + Object.keys(ops as object).length, 0);
    const ops = operations();
    expect(ops).toHaveLength(count);
    const create = ops.find((o) => o.id === 'createHook')!;
    expect(create.method).toBe('POST');
    expect(create.scope).toBe('write');
    expect(create.params.map((p) => `${p.in}:${p.name}`)).toEqual(expect.arrayContaining(['path:slug', 'header:Idempotency-Key']));
    expect(create.body.map((f) => f.name)).toEqual(expect.arrayContaining(['description', 'config', 'config.url', 'config.custom_headers']));
    expect(create.body.find((f) => f.name === 'config.url')).toMatchObject({ required: true, type: 'string' });
    expect(create.responses.map((r) => r.status)).toEqual(expect.arrayContaining(['201', '401', '403', '404', '422', '429']));
    expect(ops.find((o) => o.id === 'listDeliveries')!.params.map((p) => p.name)).toEqual(expect.arrayContaining(['status', 'cursor', 'per_page']));
  });

  it('shows each webhook with its headers and the envelope fields', () => {
    const lead = webhooks().find((w) => w.event === 'lead.created')!;
    expect(lead.headers.map((h) => h.name)).toEqual(expect.arrayContaining(['webhook-id', 'webhook-timestamp', 'webhook-signature', 'X-Puente-Test']));
    expect(lead.body.map((f) => f.name)).toEqual(expect.arrayContaining(['type', 'version', 'test', 'data.lead.email', 'data.department.slug']));
    expect(fieldRows(undefined)).toEqual([]);
  });

  it('has the same words in both languages', () => {
    const shape = (v: unknown): unknown => (typeof v === 'object' && v !== null ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)])) : typeof v);
    expect(shape(apiDocWords('en'))).toEqual(shape(apiDocWords('es')));
    expect(apiDocWords('es').basics.items).toHaveLength(apiDocWords('en').basics.items.length);
  });
});

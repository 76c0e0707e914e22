/**
 * The public receiver guide (/docs/webhooks, /en/docs/webhooks): both languages have the same
 * sections, and what it states is what the engine does (numbers, headers, events, error
 * classes), so neither a translation nor a code change can leave it behind.
 */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WebhookGuideView } from '../components/docs/webhook-guide';
import { attemptErrorClass } from '../db/schema';
import { RETRY_DELAYS_MS, MAX_ATTEMPTS } from '../lib/delivery/schedule';
import { buildSignatureHeaders } from '../lib/delivery/sign';
import { GUIDE_PATHS, buildGuide } from '../lib/docs/webhook-guide';
import { HEADER_ORDER } from '../lib/docs/webhook-guide/common';
import { MAX_CUSTOM_HEADERS, deliveryFacts, formatDuration } from '../lib/docs/webhook-guide/facts';
import { STANDARD_WEBHOOKS_VECTOR, guideSamples } from '../lib/docs/webhook-guide/samples';
import { SNIPPETS, readSnippets, snippetPath } from '../lib/docs/webhook-guide/snippets';
import { SECTION_IDS, SNIPPET_IDS, type Block, type WebhookGuide } from '../lib/docs/webhook-guide/types';
import { LOCALES } from '../lib/i18n/locale';
import { WEBHOOK_EVENTS, webhookInputSchema } from '../lib/webhooks/webhook-schema';

const facts = deliveryFacts();
const samples = guideSamples();
const guides = { es: buildGuide('es', facts, samples), en: buildGuide('en', facts, samples) };

/** Everything but prose: which sections, subsections and non-paragraph blocks each language has. */
function outline(g: WebhookGuide) {
  const shape = (blocks: Block[]) =>
    blocks
      .filter((b) => b.kind !== 'p' && b.kind !== 'note')
      .map((b) =>
        b.kind === 'table' ? `table:${b.rows.length}x${b.head.length}`
        : b.kind === 'dl' ? `dl:${b.items.map((i) => i.id).join(',')}`
        : b.kind === 'snippet' ? `snippet:${b.snippet}`
        : b.kind === 'ul' || b.kind === 'ol' ? `${b.kind}:${b.items.length}`
        : b.kind,
      );
  return g.sections.map((s) => ({ id: s.id, blocks: shape(s.blocks), subsections: s.subsections.map((sub) => ({ id: sub.id, blocks: shape(sub.blocks) })) }));
}

function allBlocks(g: WebhookGuide): Block[] {
  return g.sections.flatMap((s) => [...s.blocks, ...s.subsections.flatMap((sub) => sub.blocks)]);
}

/** Every piece of inline text, to look for links. */
function allText(g: WebhookGuide): string[] {
  const out: string[] = [...g.intro];
  for (const s of g.sections) out.push(s.title, ...s.subsections.map((sub) => sub.title));
  for (const b of allBlocks(g)) {
    if (b.kind === 'p' || b.kind === 'note') out.push(b.text);
    if (b.kind === 'ul' || b.kind === 'ol') out.push(...b.items);
    if (b.kind === 'table') out.push(...b.head, ...b.rows.flat());
    if (b.kind === 'dl') out.push(...b.items.flatMap((i) => [i.term, ...i.details]));
  }
  for (const info of Object.values(SNIPPETS)) out.push(g.snippetTesting(info));
  return out;
}

describe('the receiver guide in Spanish and English', () => {
  it('has the same sections, subsections, tables, lists, examples and snippets in both languages', () => {
    expect(outline(guides.es)).toEqual(outline(guides.en));
    for (const g of Object.values(guides)) expect(g.sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
  });

  it('fails when one language lacks a section the other has', () => {
    const missing: WebhookGuide = { ...guides.es, sections: guides.es.sections.map((s) => (s.id === 'delivery' ? { ...s, subsections: s.subsections.slice(1) } : s)) };
    expect(outline(missing)).not.toEqual(outline(guides.en));
  });

  it('links each page to the other language, and every #anchor to something on the page', () => {
    expect(guides.es.otherLanguage.href).toBe(GUIDE_PATHS.en);
    expect(guides.en.otherLanguage.href).toBe(GUIDE_PATHS.es);
    for (const locale of LOCALES) {
      const g = guides[locale];
      const ids = new Set<string>([
        ...g.sections.flatMap((s) => [s.id, ...s.subsections.map((sub) => sub.id)]),
        ...allBlocks(g).flatMap((b) => (b.kind === 'dl' ? b.items.map((i) => i.id) : [])),
      ]);
      const anchors = allText(g).flatMap((t) => [...t.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!));
      expect(anchors.length).toBeGreaterThan(0);
      for (const a of anchors) expect(ids.has(a), `${locale}: #${a}`).toBe(true);
    }
  });
});

describe('what the guide states is what the engine does', () => {
  it('lists every header the engine sends', () => {
    const sent = Object.keys(
      buildSignatureHeaders({
        messageId: 'msg_1',
        timestamp: 1,
        body: '{}',
        secrets: [STANDARD_WEBHOOKS_VECTOR.secret],
        eventType: 'ping',
        webhookId: 'w',
        deliveryId: 'd',
        userAgentVersion: '0',
        token: STANDARD_WEBHOOKS_VECTOR.secret,
        test: true,
      }),
    );
    expect(HEADER_ORDER).toEqual(expect.arrayContaining([...sent, 'Content-Type']));
    for (const g of Object.values(guides)) {
      const table = g.sections.find((s) => s.id === 'headers')!.blocks.find((b) => b.kind === 'table');
      const named = table?.kind === 'table' ? table.rows.map((r) => r[0]) : [];
      for (const h of sent) expect(named, `${g.locale}: ${h}`).toContain(`\`${h}\``);
    }
  });

  it('gives the retry schedule from lib/delivery/schedule.ts', () => {
    for (const g of Object.values(guides)) {
      const retries = g.sections.find((s) => s.id === 'delivery')!.subsections.find((s) => s.id === 'retries')!;
      const table = retries.blocks.find((b) => b.kind === 'table');
      if (table?.kind !== 'table') throw new Error('no retry table');
      expect(table.rows).toHaveLength(MAX_ATTEMPTS);
      expect(table.rows.slice(1).map((r) => r[1])).toEqual(RETRY_DELAYS_MS.map(formatDuration));
    }
    expect(RETRY_DELAYS_MS.map(formatDuration)).toEqual(['5 s', '5 min', '30 min', '2 h', '5 h', '10 h', '10 h']);
  });

  it('has one troubleshooting entry per error class of the delivery log', () => {
    for (const g of Object.values(guides)) {
      const dl = allBlocks(g).find((b) => b.kind === 'dl');
      expect(dl?.kind === 'dl' ? dl.items.map((i) => i.id) : []).toEqual(attemptErrorClass.enumValues.map((c) => `error-${c}`));
    }
  });

  it('shows an example of every event, made by the engine', () => {
    for (const g of Object.values(guides)) {
      const events = g.sections.find((s) => s.id === 'events')!;
      for (const e of WEBHOOK_EVENTS) {
        const sub = events.subsections.find((s) => s.id === e.replace('.', '-'));
        expect(sub?.blocks.some((b) => b.kind === 'code' && b.language === 'json' && JSON.parse(b.code).type === e), `${g.locale}: ${e}`).toBe(true);
      }
    }
    expect(JSON.parse(samples.leadCreatedBody)).toEqual(JSON.parse(samples.leadCreatedPretty));
  });

  it('signs its examples for real: the request shown verifies with the example secret', async () => {
    const { verifyWebhook } = await import('../examples/verify/verify.mjs');
    const h = samples.leadCreatedHeaders;
    const at = Number(h['webhook-timestamp']);
    expect(() => verifyWebhook(samples.leadCreatedBody, h['webhook-id'], h['webhook-timestamp'], h['webhook-signature'], [samples.secret], at)).not.toThrow();
    expect(samples.vector.computed).toBe(STANDARD_WEBHOOKS_VECTOR.signature);
    expect(samples.rotationSignature.split(' ')).toHaveLength(2);
  });

  it('says how many custom headers a webhook may have, as its form schema allows', () => {
    const headers = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`X-Custom-${i}`, 'v']));
    const parse = (n: number) => webhookInputSchema.safeParse({ url: 'https://example.com/hook', customHeaders: headers(n) }).success;
    expect(parse(MAX_CUSTOM_HEADERS)).toBe(true);
    expect(parse(MAX_CUSTOM_HEADERS + 1)).toBe(false);
  });
});

describe('the guide pages', () => {
  it('render in their own language, with a table of contents and the six programs verbatim', async () => {
    const snippets = await readSnippets();
    for (const locale of LOCALES) {
      const html = renderToStaticMarkup(createElement(WebhookGuideView, { guide: guides[locale], snippets }));
      expect(html).toMatch(new RegExp(`^<article lang="${locale}"`));
      expect(html.match(/<h1[ >]/g)).toHaveLength(1);
      expect(html).toContain(`hrefLang="${locale === 'es' ? 'en' : 'es'}"`);
      for (const s of guides[locale].sections) expect(html).toContain(`<a href="#${s.id}"`);
      for (const id of SNIPPET_IDS) {
        const escaped = renderToStaticMarkup(createElement('code', null, readFileSync(snippetPath(id), 'utf8')));
        expect(html, id).toContain(escaped.slice('<code>'.length, -'</code>'.length));
      }
    }
  });

  it('says next to each program how it is tested', () => {
    expect(SNIPPETS.powershell.testing).toBe('vector');
    expect(guides.es.snippetTesting(SNIPPETS.powershell)).toContain('Probado con el [vector de prueba de Standard Webhooks]');
    expect(guides.es.snippetTesting(SNIPPETS.powershell)).toContain('no corre en nuestro CI');
    expect(guides.en.snippetTesting(SNIPPETS.powershell)).toContain('does not run in our CI');
    for (const id of SNIPPET_IDS.filter((i) => i !== 'powershell')) expect(SNIPPETS[id].testing).toBe('executed');
  });
});

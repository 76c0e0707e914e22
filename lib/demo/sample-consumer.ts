/**
 * A small sample consumer that `npm run dev` starts on loopback so a newcomer sees deliveries
 * succeed at once. It does what a department's receiver should: verify the Standard Webhooks
 * signature with the `standardwebhooks` package, then answer 2xx quickly. `/failing` always
 * answers 503, so retries are visible too. GET / lists what arrived.
 */
import http from 'node:http';
import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { db } from '../../db/client';
import { webhooks } from '../../db/schema';
import { decryptSecret } from '../secrets/crypto';

interface Seen {
  at: string;
  path: string;
  event: string;
  verified: boolean;
  reference?: string;
  status: number;
}

async function secretsFor(webhookId: string): Promise<string[]> {
  const [w] = await db.select().from(webhooks).where(eq(webhooks.id, webhookId));
  if (!w) return [];
  const out = [decryptSecret(w.secretCiphertext)];
  if (w.previousSecretCiphertext && w.previousSecretExpiresAt && w.previousSecretExpiresAt > new Date()) {
    out.push(decryptSecret(w.previousSecretCiphertext));
  }
  return out;
}

function verify(secrets: string[], body: string, headers: Record<string, string>): boolean {
  const isJson = headers['content-type']?.startsWith('application/json') ?? false;
  return secrets.some((secret) => {
    const wh = new Webhook(secret);
    try {
      if (isJson) {
        wh.verify(body, headers); // checks the signature and the timestamp tolerance
        return true;
      }
      // verify() would also JSON.parse a form body; compare with the library's own signer instead.
      const expected = wh.sign(headers['webhook-id'] ?? '', new Date(Number(headers['webhook-timestamp']) * 1000), body);
      return (headers['webhook-signature'] ?? '').split(' ').includes(expected);
    } catch {
      return false;
    }
  });
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function startSampleConsumer(port: number): Promise<http.Server> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const rows = seen
        .slice(-50)
        .reverse()
        .map((s) => `<tr><td>${esc(s.at)}</td><td>${esc(s.path)}</td><td>${esc(s.event)}</td><td>${s.verified ? '✓' : '✗'}</td><td>${esc(s.reference ?? '')}</td><td>${s.status}</td></tr>`)
        .join('');
      res.end(`<!doctype html><meta charset="utf-8"><title>Puente sample consumer</title><h1>Sample consumer</h1><table border="1" cellpadding="4"><tr><th>time</th><th>path</th><th>event</th><th>signature</th><th>lead</th><th>answer</th></tr>${rows}</table>`);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
        const failing = req.url?.startsWith('/failing') ?? false;
        const verified = verify(await secretsFor(headers['x-github-hook-id'] ?? ''), body, headers);
        let reference: string | undefined;
        try {
          const json = headers['content-type']?.startsWith('application/json') ? body : (new URLSearchParams(body).get('payload') ?? '{}');
          reference = (JSON.parse(json) as { data?: { lead?: { reference?: string } } }).data?.lead?.reference;
        } catch {
          /* not JSON: shown without a reference */
        }
        const status = failing ? 503 : verified ? 200 : 401;
        seen.push({ at: new Date().toISOString(), path: req.url ?? '', event: headers['x-github-event'] ?? '?', verified, reference, status });
        if (seen.length > 500) seen.shift();
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(failing ? { error: 'This demo receiver is always down.' } : { ok: verified }));
      })().catch(() => {
        res.writeHead(500);
        res.end();
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/**
 * A department's receiver for browser journeys: a real HTTP server on 127.0.0.1 (a free port)
 * that records every request, checks its Standard Webhooks signature with the `standardwebhooks`
 * package once it knows the secret, and answers whatever status the test switches it to.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  /** Date.now() when the whole body had arrived. */
  at: number;
  path: string;
  headers: Record<string, string>;
  body: string;
  /** What this receiver answered. */
  status: number;
  /** The parsed JSON body, when it is JSON. */
  json: { type?: string; data?: { lead?: { reference?: string; name?: string }; webhook?: { id?: string } } } | null;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface WebhookReceiver {
  url: string;
  requests: ReceivedWebhook[];
  /** The status to answer with from now on (200 by default). */
  status: number;
  /** The secret shown once in the dashboard; once set, a request whose signature does not verify gets 401. */
  secret: string | null;
  /** Optional: build the whole answer (status, headers, body) from the request. */
  reply?: (r: Omit<ReceivedWebhook, 'status'>) => Reply;
  /** Whether `r` carries a valid Standard Webhooks signature for `secret` (signature and timestamp tolerance). */
  verifies(r: ReceivedWebhook, secret?: string | null): boolean;
  /** Requests for the lead with this reference, oldest first. */
  forLead(reference: string): ReceivedWebhook[];
  close(): Promise<void>;
}

function verifySignature(secret: string, r: Pick<ReceivedWebhook, 'body' | 'headers'>): boolean {
  try {
    new Webhook(secret).verify(r.body, r.headers);
    return true;
  } catch {
    return false;
  }
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const recv: WebhookReceiver = {
    url: '',
    requests: [],
    status: 200,
    secret: null,
    verifies(r, secret = recv.secret) {
      return secret ? verifySignature(secret, r) : false;
    },
    forLead(reference) {
      return recv.requests.filter((r) => r.json?.data?.lead?.reference === reference);
    },
    close: async () => {},
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      const body = Buffer.concat(chunks).toString('utf8');
      let json: ReceivedWebhook['json'] = null;
      try {
        json = JSON.parse(body) as ReceivedWebhook['json'];
      } catch {
        // not JSON
      }
      const got = { at: Date.now(), path: req.url ?? '', headers, body, json };
      // A receiver that knows its secret refuses what it cannot verify, as the docs tell departments to.
      const reply: Reply = recv.secret && !verifySignature(recv.secret, got) ? { status: 401, body: 'bad signature' } : (recv.reply?.(got) ?? { status: recv.status, body: recv.status < 300 ? '{"ok":true}' : '{"ok":false}' });
      recv.requests.push({ ...got, status: reply.status });
      res.writeHead(reply.status, reply.headers ?? { 'content-type': 'application/json' });
      res.end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  recv.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  recv.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return recv;
}

/**
 * A real HTTP receiver on loopback for delivery tests: records every request (raw body and
 * headers) and answers with whatever the test's `respond` says.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Never answer (to test timeouts). */
  hang?: boolean;
}

export interface Receiver {
  url: string;
  port: number;
  requests: Received[];
  respond: (r: Received) => Reply;
  close(): Promise<void>;
}

export async function startReceiver(respond: (r: Received) => Reply = () => ({ status: 200, body: 'ok' })): Promise<Receiver> {
  const recv: Receiver = { url: '', port: 0, requests: [], respond, close: async () => {} };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      const r: Received = { method: req.method ?? '', path: req.url ?? '', headers, body: Buffer.concat(chunks).toString('utf8') };
      recv.requests.push(r);
      const reply = recv.respond(r);
      if (reply.hang) return;
      res.writeHead(reply.status, reply.headers ?? { 'content-type': 'text/plain' });
      res.end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  recv.port = (server.address() as AddressInfo).port;
  recv.url = `http://127.0.0.1:${recv.port}`;
  recv.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return recv;
}

/**
 * Benchmark receiver (its own process): answers every POST with 200 as fast as it can,
 * counts distinct webhook-ids, and records when each bench lead's first request arrived.
 * Talks to the orchestrator over IPC.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const ids = new Set<string>();
let requests = 0;
const arrivals = new Map<string, number>();

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    requests++;
    const id = req.headers['webhook-id'];
    if (typeof id === 'string') ids.add(id);
    const ref = req.headers['x-bench-probe'] === '1' ? extractReference(Buffer.concat(chunks).toString('utf8')) : null;
    if (ref && !arrivals.has(ref)) arrivals.set(ref, performance.timeOrigin + performance.now());
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' });
    res.end('ok');
  });
});
server.keepAliveTimeout = 10_000;

function extractReference(body: string): string | null {
  const m = /"reference":"([^"]+)"/.exec(body);
  return m?.[1] ?? null;
}

server.listen(0, '127.0.0.1', () => {
  process.send?.({ type: 'ready', port: (server.address() as AddressInfo).port });
});

process.on('message', (msg: { type: string }) => {
  if (msg.type === 'stats') process.send?.({ type: 'stats', requests, distinct: ids.size, arrivals: Object.fromEntries(arrivals) });
  if (msg.type === 'reset') {
    ids.clear();
    requests = 0;
    arrivals.clear();
    process.send?.({ type: 'reset' });
  }
  if (msg.type === 'stop') server.close(() => process.exit(0));
});

/**
 * Benchmark receiver (its own process), two loopback servers:
 *  - the receiver: answers every POST with 200 as fast as it can. For the whole run it counts
 *    requests that carry a `webhook-id` and the distinct webhook-ids among them (the difference
 *    is the duplicates), and the body bytes. For leads made by createLead (reference `PR-…`;
 *    the bulk-planned ones are `BULK-…`) it records when the first request for
 *    `<reference>|<path>` arrived: one key per lead and webhook, as the path names the webhook.
 *    Requests without a webhook-id (the baseline's) are only counted.
 *  - the black hole: accepts connections, reads each request and never answers. Its requests
 *    and distinct webhook-ids are counted apart and never enter the receiver's figures.
 * Cumulative counters only: the orchestrator diffs them per phase. Talks over IPC: `stats`,
 * `arrivals` (times for the keys asked, null if not arrived) and `stop`; replies echo `seq`.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

const now = () => performance.timeOrigin + performance.now();

// ── the receiver
const ids = new Set<string>();
let hookRequests = 0;
let hookBytes = 0;
let plainRequests = 0;
const arrivals = new Map<string, number>();
const REFERENCE = '"reference":"PR-';

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const id = req.headers['webhook-id'];
    if (typeof id === 'string') {
      const at = now();
      hookRequests++;
      ids.add(id);
      const body = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
      hookBytes += body.length;
      const i = body.indexOf(REFERENCE);
      if (i >= 0) {
        const start = i + REFERENCE.length - 3;
        const key = `${body.slice(start, body.indexOf('"', start))}|${req.url ?? ''}`;
        if (!arrivals.has(key)) arrivals.set(key, at);
      }
    } else {
      plainRequests++;
    }
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' });
    res.end('ok');
  });
});
server.keepAliveTimeout = 10_000;

// ── the black hole
const holeIds = new Set<string>();
let holeRequests = 0;
const holeSockets = new Set<Socket>();
const hole = http.createServer((req) => {
  holeRequests++;
  const id = req.headers['webhook-id'];
  if (typeof id === 'string') holeIds.add(id);
  req.resume(); // read the body, then say nothing, ever
});
hole.requestTimeout = 0;
hole.on('connection', (s: Socket) => {
  holeSockets.add(s);
  s.on('close', () => holeSockets.delete(s));
});

const listen = (s: http.Server) => new Promise<number>((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)));
const [port, holePort] = await Promise.all([listen(server), listen(hole)]);
process.send?.({ type: 'ready', port, holePort });

type Msg = { type: string; seq?: number; keys?: string[] };
process.on('message', (msg: Msg) => {
  const seq = msg.seq;
  if (msg.type === 'stats') {
    process.send?.({
      type: 'stats',
      seq,
      hookRequests,
      distinct: ids.size,
      hookBytes,
      plainRequests,
      tracked: arrivals.size,
      hole: { requests: holeRequests, distinct: holeIds.size, openConnections: holeSockets.size },
    });
  } else if (msg.type === 'arrivals') {
    process.send?.({ type: 'arrivals', seq, times: (msg.keys ?? []).map((k) => arrivals.get(k) ?? null) });
  } else if (msg.type === 'stop') {
    // Drop every connection so nothing waits on us (the black hole's clients see a reset).
    for (const s of holeSockets) s.destroy();
    hole.close();
    server.closeAllConnections();
    server.close();
    process.send?.({ type: 'stop', seq }, () => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));

/**
 * The baseline (its own process): raw keep-alive HTTP POSTs from this process to the receiver
 * process, `concurrency` at a time for `durationMs`, with a body of the given size (that of a
 * delivery). No database, no signing, no webhook-id: what the loopback and Node's HTTP stack
 * allow between two processes on this machine. Sends `{type:'done', perSecond, requests, errors}`.
 * Usage: load-client.ts <url> <concurrency> <durationMs> <bodyBytes>
 */
import http from 'node:http';

const [url, concurrencyArg, durationArg, bodySizeArg] = process.argv.slice(2);
const target = new URL(url!);
if (target.hostname !== '127.0.0.1') throw new Error('the load client only talks to 127.0.0.1');
const concurrency = Number(concurrencyArg ?? 50);
const durationMs = Number(durationArg ?? 5000);
const body = 'x'.repeat(Number(bodySizeArg ?? 1500));
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

let done = 0;
let errors = 0;
const until = performance.now() + durationMs;
const t0 = performance.now();

function one(): Promise<void> {
  return new Promise((resolve) => {
    const req = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } },
      (res) => {
        res.resume();
        res.on('end', () => {
          done++;
          resolve();
        });
      },
    );
    req.setTimeout(5_000, () => req.destroy(new Error('timeout')));
    req.on('error', () => {
      errors++;
      resolve();
    });
    req.end(body);
  });
}

async function loop() {
  // Bounded in time; a run of errors (receiver gone) also ends it.
  while (performance.now() < until && errors < 1_000) await one();
}

await Promise.all(Array.from({ length: concurrency }, loop));
const seconds = (performance.now() - t0) / 1000;
agent.destroy();
process.send?.({ type: 'done', perSecond: done / seconds, requests: done, errors }, () => process.disconnect?.());

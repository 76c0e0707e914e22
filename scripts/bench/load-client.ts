/**
 * The baseline: raw keep-alive HTTP POSTs from this process to the receiver process, with the
 * same concurrency and a body of the same size as a delivery. No database, no signing.
 */
import http from 'node:http';

const [url, concurrencyArg, durationArg, bodySizeArg] = process.argv.slice(2);
const target = new URL(url!);
const concurrency = Number(concurrencyArg ?? 50);
const durationMs = Number(durationArg ?? 5000);
const body = 'x'.repeat(Number(bodySizeArg ?? 1500));
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

let done = 0;
const until = Date.now() + durationMs;
const t0 = performance.now();

function one(): Promise<void> {
  return new Promise((resolve, reject) => {
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
    req.on('error', reject);
    req.end(body);
  });
}

async function loop() {
  while (Date.now() < until) await one();
}

await Promise.all(Array.from({ length: concurrency }, loop));
const seconds = (performance.now() - t0) / 1000;
process.send?.({ type: 'done', perSecond: done / seconds, requests: done });
agent.destroy();

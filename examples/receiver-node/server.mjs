// A sample receiver for Puente webhooks: plain Node 20+, no dependencies.
//
//   PUENTE_SECRET=whsec_… [PUENTE_PREVIOUS_SECRET=whsec_…] [PORT=4000] [HOST=127.0.0.1] \
//   [LEADS_FILE=leads.jsonl] node server.mjs
//
// For every POST it verifies the signature (../verify/verify.mjs), answers at once, and only
// then does its work: each new lead is appended to LEADS_FILE as one JSON line. A message seen
// before (same webhook-id: a retry or a redelivery) is answered 200 and not processed again.
// Its log lines carry ids and the lead's reference, never the applicant's personal data.
import { appendFile, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { env, exit } from 'node:process';
import { verifyWebhook } from '../verify/verify.mjs';

const SECRETS = [env.PUENTE_SECRET, env.PUENTE_PREVIOUS_SECRET];
const PORT = Number(env.PORT ?? 4000);
const HOST = env.HOST ?? '127.0.0.1';
const LEADS_FILE = env.LEADS_FILE ?? 'leads.jsonl';
/** Puente never sends more than 256 KiB. */
const MAX_BODY_BYTES = 1024 * 1024;
/** How many webhook-ids are remembered for de-duplication (the oldest are forgotten first). */
const MAX_SEEN = 100_000;

if (!env.PUENTE_SECRET) {
  console.error('Set PUENTE_SECRET to the webhook secret (whsec_…) shown on the webhook page.');
  exit(2);
}

const log = (line) => console.log(`${new Date().toISOString()} ${line}`);

// De-duplication: the webhook-ids already processed, oldest first (a Map keeps insertion order).
const seen = new Map();
function remember(id) {
  seen.set(id, true);
  if (seen.size > MAX_SEEN) seen.delete(seen.keys().next().value);
}

// The leads file is also the record of what was processed: reload its ids after a restart.
async function loadSeen() {
  let text;
  try {
    text = await readFile(LEADS_FILE, 'utf8');
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const { webhookId } = JSON.parse(line);
      if (webhookId) remember(webhookId);
    } catch {
      // A torn last line (a crash while writing) is skipped.
    }
  }
}

/** The JSON envelope, from a JSON body or a form body's `payload` field. */
function envelopeOf(body, contentType) {
  const text = body.toString('utf8');
  if ((contentType ?? '').startsWith('application/x-www-form-urlencoded')) {
    return JSON.parse(new URLSearchParams(text).get('payload') ?? '');
  }
  return JSON.parse(text);
}

/** The work, done after answering: here, keep the lead. Replace with your own system's. */
async function processMessage(webhookId, envelope) {
  if (envelope.type === 'lead.created' && envelope.test === true) {
    // A test lead ("test": true, X-Puente-Test): invented data, checked and not stored.
    log(`test lead.created ${webhookId} reference=${envelope.data.lead.reference} (not stored)`);
  } else if (envelope.type === 'lead.created') {
    const { lead, programs } = envelope.data;
    await appendFile(LEADS_FILE, `${JSON.stringify({ webhookId, receivedAt: new Date().toISOString(), ...envelope.data })}\n`);
    log(`lead.created ${webhookId} reference=${lead.reference} programs=${programs.map((p) => p.slug).join(',')}`);
  } else if (envelope.type === 'ping') {
    log(`ping ${webhookId}`);
  } else {
    // A new event type: answered 2xx already, so it is not retried; nothing to do with it yet.
    log(`ignored ${envelope.type} ${webhookId}`);
  }
}

const pending = new Set();

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(Object.assign(new Error('body too large'), { status: 413 }));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function answer(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const server = createServer(async (req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') return answer(res, 200, { status: 'ok' });
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return answer(res, 405, { error: 'POST only' });
  }
  let body;
  try {
    body = await readBody(req);
  } catch (err) {
    return answer(res, err.status ?? 400, { error: err.message });
  }

  const id = req.headers['webhook-id'];
  try {
    // Always the raw bytes: never a re-serialised JSON.
    verifyWebhook(body, id, req.headers['webhook-timestamp'], req.headers['webhook-signature'], SECRETS);
  } catch (err) {
    // The id is not verified yet: only safe characters of it go to the log.
    log(`refused ${String(id ?? '-').replace(/[^\w.-]/g, '?').slice(0, 64)}: ${err.message}`);
    return answer(res, 401, { error: 'invalid signature' });
  }

  if (seen.has(id)) {
    log(`duplicate ${id}`);
    return answer(res, 200, { status: 'duplicate' });
  }
  let envelope;
  try {
    envelope = envelopeOf(body, req.headers['content-type']);
  } catch {
    return answer(res, 400, { error: 'body is not a Puente envelope' });
  }
  remember(id);

  // Answer first (Puente waits 15 s at most), then work.
  answer(res, 200, { status: 'accepted' });
  const work = processMessage(id, envelope)
    .catch((err) => {
      // Forget it, so that a redelivery from the dashboard is processed again.
      seen.delete(id);
      log(`failed ${id}: ${err.message}`);
    })
    .finally(() => pending.delete(work));
  pending.add(work);
});

function shutdown() {
  server.close(async () => {
    await Promise.allSettled([...pending]);
    exit(0);
  });
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

await loadSeen();
server.listen(PORT, HOST, () => {
  const { port } = server.address();
  log(`listening on http://${HOST.includes(':') ? `[${HOST}]` : HOST}:${port}`);
});

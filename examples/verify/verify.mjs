// Verify a Puente webhook (Standard Webhooks signature) in Node 18+, with no dependencies.
//
//   PUENTE_SECRET=whsec_… [PUENTE_PREVIOUS_SECRET=whsec_…] \
//     node verify.mjs <body-file> <webhook-id> <webhook-timestamp> <webhook-signature>
//
// prints "ok" and exits 0 when the request is genuine; prints why not and exits 1 otherwise.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { argv, env, exit } from 'node:process';
import { fileURLToPath } from 'node:url';

/** How far webhook-timestamp may be from this machine's clock: 5 minutes. */
export const TOLERANCE_SECONDS = 5 * 60;

/**
 * Throws unless one of the `v1,` signatures in `signatureHeader` was made with one of
 * `secrets` (the current secret and, during a rotation, the previous one) over exactly these
 * bytes, and the timestamp is within 5 minutes of now.
 *
 * @param {Buffer | string} body the raw body as received, before any JSON parsing
 * @param {string | undefined} id the webhook-id header
 * @param {string | undefined} timestamp the webhook-timestamp header
 * @param {string | undefined} signatureHeader the webhook-signature header
 * @param {Array<string | undefined>} secrets `whsec_…` strings
 */
export function verifyWebhook(body, id, timestamp, signatureHeader, secrets, nowSeconds = Math.floor(Date.now() / 1000)) {
  if (!id || !timestamp || !signatureHeader) throw new Error('missing webhook-id, webhook-timestamp or webhook-signature header');
  if (!/^\d{1,15}$/.test(timestamp)) throw new Error('webhook-timestamp is not a number of seconds');
  if (Math.abs(nowSeconds - Number(timestamp)) > TOLERANCE_SECONDS) throw new Error('webhook-timestamp is more than 5 minutes away from now');

  // The signed content is "<id>.<timestamp>.<body>", byte for byte.
  const signed = Buffer.concat([Buffer.from(`${id}.${timestamp}.`, 'utf8'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8')]);
  for (const secret of secrets) {
    if (!secret) continue;
    // The key is the base64 text after "whsec_", decoded.
    const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
    const expected = Buffer.from(createHmac('sha256', key).update(signed).digest('base64'), 'utf8');
    // Several signatures, separated by spaces, during a rotation: any one may match.
    for (const candidate of signatureHeader.split(' ')) {
      const [version, value] = candidate.split(',');
      if (version !== 'v1' || !value) continue;
      const given = Buffer.from(value, 'utf8');
      if (given.length === expected.length && timingSafeEqual(given, expected)) return;
    }
  }
  throw new Error('no signature matches: wrong secret, or the body was changed');
}

function main() {
  const [bodyFile, id, timestamp, signature] = argv.slice(2);
  if (!bodyFile || !env.PUENTE_SECRET) {
    console.error('usage: PUENTE_SECRET=whsec_… [PUENTE_PREVIOUS_SECRET=whsec_…] node verify.mjs <body-file> <webhook-id> <webhook-timestamp> <webhook-signature>');
    exit(2);
  }
  try {
    verifyWebhook(readFileSync(bodyFile), id, timestamp, signature, [env.PUENTE_SECRET, env.PUENTE_PREVIOUS_SECRET]);
  } catch (err) {
    console.error(`invalid: ${err instanceof Error ? err.message : String(err)}`);
    exit(1);
  }
  console.log('ok');
}

// Run as a program (node verify.mjs …), not when imported by a server.
if (argv[1] && realpathSync(argv[1]) === fileURLToPath(import.meta.url)) main();

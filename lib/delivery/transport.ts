// One webhook POST over node:http/https: fetch cannot take a per-connection `lookup` (the SSRF
// guard), a separate connect timeout, or report the remote address, so this goes lower level.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { lookupPolicyKey, type LookupFunction } from './ssrf';

export type TransportErrorClass = 'timeout' | 'connection' | 'dns' | 'tls' | 'blocked';

export interface PostWebhookInput {
  url: string | URL;
  /** Sent as given; content-length is added unless present. Content-type is the caller's. */
  headers: Record<string, string>;
  body: string;
  /** Whole exchange, from start to the last byte read. */
  timeoutMs?: number;
  /** TCP connect only, for sockets not taken from the keep-alive pool. */
  connectTimeoutMs?: number;
  /** Response body bytes kept; the connection is dropped rather than read further. */
  maxResponseBytes?: number;
  sslVerify?: boolean;
  /** Normally createGuardedLookup(...); also applied to IP-literal hosts (see below). */
  lookup?: LookupFunction;
}

export type PostWebhookResult =
  | {
      ok: true;
      status: number;
      headers: Record<string, string>;
      body: string;
      /** More bytes were sent than kept, or the body stopped early (timeout or reset after the status). */
      bodyTruncated: boolean;
      remoteAddress: string | null;
      durationMs: number;
    }
  | {
      ok: false;
      errorClass: TransportErrorClass;
      message: string;
      remoteAddress?: string;
      durationMs: number;
    };

// Keep-alive pools per (protocol, sslVerify): bursts of leads to one receiver reuse
// connections. The lookup travels in each request's options, so new connections are still
// guarded. A pooled socket skips the lookup, so pools are also split by SSRF policy: a socket
// opened while a CIDR was allowlisted is not reused after the entry is removed. Idle sockets
// are dropped after 4 s, below the common 5 s server keep-alive, so we rarely write to a
// socket the server has just closed.
const IDLE_SOCKET_MS = 4_000;
/**
 * Sockets per origin (and policy): above the largest per-webhook cap, so one webhook never waits
 * on its own pool, while several webhooks on one origin (a shared gateway) cannot open thousands.
 */
export const MAX_SOCKETS_PER_ORIGIN = 100;
const MAX_IDLE_SOCKETS_PER_ORIGIN = MAX_SOCKETS_PER_ORIGIN;

const unkeyedLookups = new WeakMap<LookupFunction, string>();
let nextLookupId = 0;

function poolKey(lookup: LookupFunction | undefined): string {
  if (!lookup) return 'unguarded';
  const policy = lookupPolicyKey(lookup);
  if (policy !== undefined) return policy;
  // A lookup we cannot describe shares a pool only with itself.
  let id = unkeyedLookups.get(lookup);
  if (id === undefined) {
    id = `lookup#${++nextLookupId}`;
    unkeyedLookups.set(lookup, id);
  }
  return id;
}

class HttpPolicyAgent extends http.Agent {
  override getName(options?: http.ClientRequestArgs): string {
    return `${super.getName(options)}|${poolKey(options?.lookup)}`;
  }
}

class HttpsPolicyAgent extends https.Agent {
  override getName(options?: https.RequestOptions): string {
    return `${super.getName(options)}|${poolKey(options?.lookup)}`;
  }
}

const pool = { keepAlive: true, timeout: IDLE_SOCKET_MS, maxSockets: MAX_SOCKETS_PER_ORIGIN, maxFreeSockets: MAX_IDLE_SOCKETS_PER_ORIGIN };
const agents = {
  http: new HttpPolicyAgent(pool),
  httpsVerify: new HttpsPolicyAgent({ ...pool, rejectUnauthorized: true }),
  httpsNoVerify: new HttpsPolicyAgent({ ...pool, rejectUnauthorized: false }),
};

/** Closes pooled connections, e.g. on worker shutdown or after tests. */
export function closeIdleConnections(): void {
  for (const agent of Object.values(agents)) agent.destroy();
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'PUENTE_CONNECT_TIMEOUT', 'PUENTE_TIMEOUT']);
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'HOSTNAME_MISMATCH',
  'EPROTO',
]);

function errorCode(err: unknown): string | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const e = err as { code?: unknown; errors?: unknown };
  if (typeof e.code === 'string') return e.code;
  // Happy Eyeballs (autoSelectFamily) reports an AggregateError of per-address failures.
  if (Array.isArray(e.errors)) return errorCode(e.errors[0]);
  return undefined;
}

/** Maps a Node socket/TLS/DNS error to the attempt's error class. */
export function classifyTransportError(err: unknown): TransportErrorClass {
  const code = errorCode(err);
  if (code === undefined) return 'connection';
  if (code === 'EBLOCKED') return 'blocked';
  if (DNS_CODES.has(code)) return 'dns';
  if (TIMEOUT_CODES.has(code)) return 'timeout';
  if (TLS_CODES.has(code) || code.startsWith('CERT_') || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_')) return 'tls';
  return 'connection';
}

function messageOf(err: unknown): string {
  if (err instanceof Error) {
    const code = errorCode(err);
    const text = err.message || (err instanceof AggregateError ? err.errors.map(messageOf).join('; ') : '');
    const trimmed = text.trim();
    return code && !trimmed.includes(code) ? `${code}: ${trimmed}` : trimmed || String(code ?? 'error');
  }
  return String(err);
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Runs the guard for hosts Node would connect to without calling `lookup`. */
function checkLiteral(lookup: LookupFunction, host: string): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    lookup(host, { all: true }, (err) => resolve(err));
  });
}

/**
 * POSTs once and never follows redirects (a 3xx is returned as its status). Never throws:
 * every failure becomes `{ ok: false, errorClass }` so the caller can record the attempt.
 *
 * Once the status line has arrived the result is `ok: true` even if the body then stalls past
 * timeoutMs or the connection drops; the body is what was read and bodyTruncated is true. The
 * receiver has answered by then, and the status is what decides success.
 */
export async function postWebhook(input: PostWebhookInput): Promise<PostWebhookResult> {
  const { headers, body, timeoutMs = 15_000, connectTimeoutMs = 5_000, maxResponseBytes = 65_536, sslVerify = true, lookup } = input;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);

  let url: URL;
  try {
    url = typeof input.url === 'string' ? new URL(input.url) : input.url;
  } catch {
    return { ok: false, errorClass: 'blocked', message: 'invalid URL', durationMs: elapsed() };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, errorClass: 'blocked', message: `unsupported protocol ${url.protocol}`, durationMs: elapsed() };
  }
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;

  if (lookup && net.isIP(hostname)) {
    const err = await checkLiteral(lookup, hostname);
    if (err) return { ok: false, errorClass: classifyTransportError(err), message: messageOf(err), durationMs: elapsed() };
  }

  const isHttps = url.protocol === 'https:';
  const requestHeaders: Record<string, string> = { ...headers };
  if (!Object.keys(requestHeaders).some((h) => h.toLowerCase() === 'content-length')) {
    requestHeaders['Content-Length'] = String(Buffer.byteLength(body, 'utf8'));
  }

  return new Promise<PostWebhookResult>((resolve) => {
    let settled = false;
    let remoteAddress: string | undefined;
    let connectTimer: NodeJS.Timeout | undefined;
    let req: http.ClientRequest;

    // Populated once the status line arrives.
    let response: { status: number; headers: Record<string, string> } | undefined;
    const chunks: Buffer[] = [];
    let received = 0;
    let truncated = false;

    const cleanup = () => {
      clearTimeout(totalTimer);
      clearTimeout(connectTimer);
    };

    const finishResponse = (incomplete: boolean) => {
      if (settled || !response) return;
      settled = true;
      cleanup();
      resolve({
        ok: true,
        status: response.status,
        headers: response.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        bodyTruncated: truncated || incomplete,
        remoteAddress: remoteAddress ?? null,
        durationMs: elapsed(),
      });
    };

    const fail = (errorClass: TransportErrorClass, message: string) => {
      if (settled) return;
      settled = true;
      cleanup();
      resolve({ ok: false, errorClass, message, ...(remoteAddress ? { remoteAddress } : {}), durationMs: elapsed() });
    };

    const onTimeout = (message: string) => {
      if (response) finishResponse(true);
      else fail('timeout', message);
      req.destroy();
    };

    try {
      const options: https.RequestOptions = {
        protocol: url.protocol,
        hostname,
        port: url.port || (isHttps ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        headers: requestHeaders,
        agent: isHttps ? (sslVerify ? agents.httpsVerify : agents.httpsNoVerify) : agents.http,
        ...(lookup ? { lookup } : {}),
        ...(isHttps ? { rejectUnauthorized: sslVerify } : {}),
      };
      req = (isHttps ? https : http).request(options);
    } catch (err) {
      // Synchronous throws are bad input, e.g. a custom header value with a newline: refused
      // before anything was sent, so not the endpoint's failure (the breaker ignores 'blocked').
      resolve({ ok: false, errorClass: 'blocked', message: `the request could not be built: ${messageOf(err)}`, durationMs: elapsed() });
      return;
    }

    const totalTimer = setTimeout(() => onTimeout(`timed out after ${timeoutMs} ms`), timeoutMs);

    req.on('socket', (socket: Socket) => {
      const noteAddress = () => {
        remoteAddress = socket.remoteAddress ?? remoteAddress;
      };
      if (socket.connecting) {
        connectTimer = setTimeout(() => onTimeout(`connect timed out after ${connectTimeoutMs} ms`), connectTimeoutMs);
        socket.once('connect', () => {
          clearTimeout(connectTimer);
          noteAddress();
        });
      } else {
        noteAddress(); // reused keep-alive socket
      }
    });

    req.on('error', (err) => {
      if (response) return finishResponse(true);
      const errorClass = classifyTransportError(err);
      // Connect errors carry the address tried, which the delivery log wants to show.
      const tried = (err as { address?: unknown }).address;
      if (!remoteAddress && errorClass !== 'blocked' && typeof tried === 'string' && net.isIP(tried)) remoteAddress = tried;
      fail(errorClass, messageOf(err));
    });

    req.on('response', (res) => {
      remoteAddress = res.socket?.remoteAddress ?? remoteAddress;
      response = { status: res.statusCode ?? 0, headers: flattenHeaders(res.headers) };
      res.on('data', (chunk: Buffer) => {
        if (settled) return;
        const room = maxResponseBytes - received;
        if (chunk.length > room) {
          if (room > 0) chunks.push(chunk.subarray(0, room));
          received = maxResponseBytes;
          truncated = true;
          finishResponse(false);
          // Drop the connection instead of draining an unbounded body into the void.
          req.destroy();
          return;
        }
        chunks.push(chunk);
        received += chunk.length;
      });
      res.on('end', () => finishResponse(false));
      res.on('error', () => finishResponse(true));
      res.on('close', () => finishResponse(!res.complete));
    });

    try {
      req.end(body);
    } catch (err) {
      // Node refuses to write some requests only here (e.g. a Trailer header on a body with a
      // length). Never throw: the caller records a failed attempt and the schedule goes on.
      req.destroy();
      fail('blocked', `the request could not be sent: ${messageOf(err)}`);
    }
  });
}

/**
 * The Node HTTP server in front of Next (scripts/run.ts): on every request it decides the
 * client's address (lib/http/client-address.ts) and refuses bodies over the server-action
 * limit with 413 (lib/http/body-limit.ts), then hands the request to Next's handler.
 * Framework-free so tests can run it with any handler on a real socket.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { checkRequestBody, refusalResponse, SERVER_ACTION_BODY_LIMIT_BYTES } from './body-limit';
import { applyClientAddress, rewriteClientAddressOn } from './client-address';
import type { TrustedProxies } from './trusted-proxies';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface PuenteServerOptions {
  trust: TrustedProxies;
  handle: RequestHandler;
  /** Bytes; default the server-action limit shared with next.config.js. */
  bodyLimit?: number;
  log?: (line: string, error?: unknown) => void;
}

/** A refused body is read and dropped up to this much, so the client is reading when we close. */
const DRAIN_LIMIT_BYTES = 1024 * 1024;

export function createPuenteServer(opts: PuenteServerOptions): http.Server {
  const limit = opts.bodyLimit ?? SERVER_ACTION_BODY_LIMIT_BYTES;
  const log = opts.log ?? ((line, error) => console.error(line, error ?? ''));

  /** True when the request was answered here (refused); otherwise it may go on to Next. */
  function refused(req: IncomingMessage, res: ServerResponse): boolean {
    const verdict = checkRequestBody(req.url, req.headers, limit);
    if (verdict.ok) return false;
    const { headers, body } = refusalResponse(req.url, req.headers.accept, verdict.status, verdict.detail);
    res.writeHead(verdict.status, headers);
    res.end(body);
    // Closing with the body still arriving makes the kernel reset the connection, and a client
    // may then lose the answer before reading it: swallow a little of the body, then close.
    let drained = 0;
    req.on('data', (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > DRAIN_LIMIT_BYTES) req.socket.destroy();
    });
    return true;
  }

  function pass(req: IncomingMessage, res: ServerResponse): void {
    Promise.resolve()
      .then(() => opts.handle(req, res))
      .catch((e: unknown) => {
        log(`request failed: ${req.method} ${req.url}`, e);
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('Internal Server Error');
        } else {
          res.destroy();
        }
      });
  }

  const server = http.createServer((req, res) => {
    applyClientAddress(req, opts.trust);
    if (!refused(req, res)) pass(req, res);
  });
  // `Expect: 100-continue` (curl does it for big bodies): refuse before the body is sent at all.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    applyClientAddress(req, opts.trust);
    if (refused(req, res)) return;
    res.writeContinue();
    pass(req, res);
  });
  rewriteClientAddressOn(server, opts.trust);
  return server;
}

/**
 * Stops taking connections, lets requests in flight finish for up to `graceMs`, then cuts what
 * is left (live delivery-log streams never end by themselves). Resolves once the server has
 * closed, or at the latest `graceMs` after cutting, so a stuck socket cannot hang a shutdown.
 */
export function closePuenteServer(server: http.Server, graceMs = 5_000): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    const cut = setTimeout(() => {
      server.closeAllConnections();
      setTimeout(resolve, graceMs);
    }, graceMs);
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * The one place a request's client address is decided: the Node server in scripts/run.ts runs
 * this on every request (and upgrade) before Next.js sees it. Whatever the client wrote about
 * addresses is removed, and the address we worked out from the socket (and trusted proxies) is
 * put in CLIENT_ADDRESS_HEADER, the only header lib/client-ip.ts reads.
 */
import type { IncomingMessage, Server } from 'node:http';
import { CLIENT_ADDRESS_HEADER, markServedByPuenteServer } from '../client-ip';
import { resolveClientAddress, type TrustedProxies } from './trusted-proxies';

/**
 * Headers through which a client (or a proxy) names an address. X-Forwarded-For is read here,
 * once, then dropped with the rest so nothing downstream can read a client-written copy (Next
 * refills X-Forwarded-For with the socket's peer when it is absent).
 */
export const ADDRESS_HEADERS = ['x-forwarded-for', 'x-real-ip', 'forwarded', CLIENT_ADDRESS_HEADER] as const;

export function applyClientAddress(req: IncomingMessage, trust: TrustedProxies): string {
  const xff = req.headers['x-forwarded-for'];
  const forwardedFor = Array.isArray(xff) ? xff.join(',') : xff;
  const address = resolveClientAddress(req.socket.remoteAddress, forwardedFor, trust) ?? 'unknown';
  for (const name of ADDRESS_HEADERS) delete req.headers[name];
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  return address;
}

/**
 * Also rewrites upgrade requests (Next's dev HMR websocket), on `server`: Next adds its own
 * 'upgrade' listener to the server when it handles its first request, and this one is put in
 * front of it when that happens, so the headers are rewritten before Next reads them.
 * Until Next listens, Node hands upgrade requests to the 'request' listener (that is how Next
 * gets to add its own), so this adds none of its own before then.
 *
 * Also marks the process as served through this rewrite (see lib/client-ip.ts).
 */
export function rewriteClientAddressOn(server: Server, trust: TrustedProxies): void {
  markServedByPuenteServer();
  let added = false;
  server.on('newListener', (event: string | symbol) => {
    if (event !== 'upgrade' || added) return;
    added = true;
    // 'newListener' fires before the new listener is added: this one goes first.
    server.on('upgrade', (req: IncomingMessage) => applyClientAddress(req, trust));
  });
}

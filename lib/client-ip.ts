/**
 * The client's address, for rate limits and the audit log. It comes from the socket, worked
 * out by the Node server in scripts/run.ts (lib/http/client-address.ts), which believes
 * X-Forwarded-For only from PUENTE_TRUSTED_PROXIES and passes the result in one header of its
 * own after deleting any copy the client sent. See
 * docs/decisions/014-client-address-from-the-socket.md.
 */

/** Set by the Puente server on every request; a client-sent copy never gets through it. */
export const CLIENT_ADDRESS_HEADER = 'x-puente-client-ip';

/**
 * What every per-address limit counts when the address is not known. Those limits then
 * apply to all such clients together: stricter, never looser.
 */
export const UNKNOWN_CLIENT = 'unknown';

// A process-wide flag, not module state: Next bundles its own copy of this module, apart from
// the one scripts/run.ts loads; both run in one process and see the same globalThis.
const SERVED_BY_PUENTE_SERVER = Symbol.for('puente.client-address.rewritten');

/** Called by the server that rewrites the address headers, before it serves a request. */
export function markServedByPuenteServer(): void {
  (globalThis as Record<symbol, unknown>)[SERVED_BY_PUENTE_SERVER] = true;
}

/** Whether this process's requests come through the server that sets CLIENT_ADDRESS_HEADER. */
export function servedByPuenteServer(): boolean {
  return (globalThis as Record<symbol, unknown>)[SERVED_BY_PUENTE_SERVER] === true;
}

let warned = false;

export function clientIpFrom(headers: { get(name: string): string | null }): string {
  // Under a bare `next start` nothing removes a client's own x-puente-client-ip, so it is not
  // believed at all: every client is 'unknown' (one shared allowance) rather than whoever it
  // claims to be.
  if (!servedByPuenteServer()) {
    if (!warned) {
      warned = true;
      console.warn(
        'client addresses are unknown: the app was not started through scripts/run.ts (npm start), so per-address limits are shared by every client. See docs/decisions/014-client-address-from-the-socket.md.',
      );
    }
    return UNKNOWN_CLIENT;
  }
  return headers.get(CLIENT_ADDRESS_HEADER)?.trim() || UNKNOWN_CLIENT;
}

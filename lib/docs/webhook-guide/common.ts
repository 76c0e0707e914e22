/** Pieces both languages share: values cut for a table cell, the retry table's numbers. */
import { formatDuration, type GuideFacts } from './facts';

/** `v1,K5oZ…` for a table cell; the whole value is in the example request below it. */
export function cut(value: string, keep = 12): string {
  return value.length > keep + 1 ? `${value.slice(0, keep)}…` : value;
}

/** One row per retry: [attempt number, wait before it, time since the first attempt]. */
export function retryRows(f: Pick<GuideFacts, 'retryDelaysMs'>): [number, string, string][] {
  let total = 0;
  return f.retryDelaysMs.map((ms, i) => {
    total += ms;
    return [i + 2, formatDuration(ms), formatDuration(total)];
  });
}

/** Headers the engine sets, in the order the guide's table lists them (a test checks it lists every one). */
export const HEADER_ORDER = [
  'Content-Type',
  'webhook-id',
  'webhook-timestamp',
  'webhook-signature',
  'X-Hub-Signature-256',
  'X-Puente-Event',
  'X-GitHub-Event',
  'X-GitHub-Delivery',
  'X-GitHub-Hook-ID',
  'X-Puente-Token',
  'X-Puente-Test',
  'User-Agent',
  'Content-Length',
] as const;

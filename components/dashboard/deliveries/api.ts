/** Query keys and fetchers for the delivery log's JSON routes (browser side). */
import type { DeliveryDetail, DeliveryPage } from '@/db/queries/deliveries';

export type ListResponse = DeliveryPage & { serverTime: string };
export type DetailResponse = DeliveryDetail & { serverTime: string };

/** Everything under ['deliveries', dept] is refetched when that department's deliveries change. */
export const deliveryKeys = {
  all: (dept: string) => ['deliveries', dept] as const,
  list: (dept: string, query: string) => ['deliveries', dept, 'list', query] as const,
  details: (dept: string) => ['deliveries', dept, 'detail'] as const,
  detail: (dept: string, id: string, attempt: string | null) => ['deliveries', dept, 'detail', id, attempt ?? 'latest'] as const,
};

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' }, cache: 'no-store', signal });
  if (!res.ok) {
    let detail = `${res.status} ${res.statusText}`;
    try {
      const p = (await res.json()) as { detail?: string };
      if (p.detail) detail = p.detail;
    } catch {
      // not JSON
    }
    throw new ProblemError(res.status, detail);
  }
  return (await res.json()) as T;
}

export function fetchDeliveryPage(dept: string, query: string, signal?: AbortSignal): Promise<ListResponse> {
  return getJson(`/api/dashboard/${encodeURIComponent(dept)}/deliveries${query ? `?${query}` : ''}`, signal);
}

export function fetchDeliveryDetail(dept: string, id: string, attempt: string | null, signal?: AbortSignal): Promise<DetailResponse> {
  const q = attempt ? `?attempt=${encodeURIComponent(attempt)}` : '';
  return getJson(`/api/dashboard/${encodeURIComponent(dept)}/deliveries/${encodeURIComponent(id)}${q}`, signal);
}

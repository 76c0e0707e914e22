/**
 * One delivery as the delivery log page and its JSON API show it: the stored attempt with every
 * credential-like header value masked by the one rule (lib/webhooks/sensitive-headers.ts).
 * Attempts are stored masked already; this also covers rows written before the rule was
 * widened, so no caller can show a credential whatever the row holds.
 */
import type { Queryable } from '../../db/client';
import { getDeliveryDetail, type DeliveryDetail } from '../../db/queries/deliveries';
import { redactHeaders } from '../webhooks/sensitive-headers';

export async function deliveryDetailForViewer(q: Queryable, departmentId: string, deliveryId: string, attemptId?: string | null): Promise<DeliveryDetail | null> {
  const detail = await getDeliveryDetail(q, departmentId, deliveryId, attemptId);
  if (!detail?.selected) return detail;
  const s = detail.selected;
  return {
    ...detail,
    selected: { ...s, requestHeaders: redactHeaders(s.requestHeaders), responseHeaders: s.responseHeaders && redactHeaders(s.responseHeaders) },
  };
}

/**
 * One page of a department's delivery log as the page and its JSON API carry it: the query in
 * db/queries/deliveries, read on Puerto Rico's days, with the next page's cursor encoded.
 */
import type { Queryable } from '../../db/client';
import { listDeliveries, type DeliveryFilters, type DeliveryPage } from '../../db/queries/deliveries';
import { PLATFORM_TIME_ZONE } from '../time';
import { encodeCursor } from './delivery-filters';

export async function listDeliveryLog(q: Queryable, departmentId: string, filters: DeliveryFilters, limit?: number): Promise<DeliveryPage> {
  const page = await listDeliveries(q, departmentId, filters, { timeZone: PLATFORM_TIME_ZONE, limit });
  return { ...page, nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null };
}

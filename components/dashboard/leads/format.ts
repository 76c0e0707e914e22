/** Times on the leads pages: Puerto Rico time, from lib/time. */
import { formatDateTime } from '@/lib/time';

/** 2026-05-01 14:03 AST */
export function formatLeadTime(iso: string): string {
  return formatDateTime(iso);
}

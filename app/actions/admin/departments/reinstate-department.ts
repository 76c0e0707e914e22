'use server';

import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { guardPlatformAdmin } from '@/lib/auth/guard';
import { runDecision } from './run-decision';

/** Reinstate a suspended department: held deliveries resume at once, in order. Fields: departmentId, reason (optional note). Platform admins only. */
export async function reinstateDepartmentAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const admin = await guardPlatformAdmin();
  if (!admin) return FORBIDDEN;
  return runDecision(admin, 'reinstate', formData);
}

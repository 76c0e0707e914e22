'use server';

import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { guardPlatformAdmin } from '@/lib/auth/guard';
import { runDecision } from './run-decision';

/** Reject a pending application. Fields: departmentId, reason (required; the applicant sees it). Platform admins only. */
export async function rejectDepartmentAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const admin = await guardPlatformAdmin();
  if (!admin) return FORBIDDEN;
  return runDecision(admin, 'reject', formData);
}

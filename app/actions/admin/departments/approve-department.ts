'use server';

import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { guardPlatformAdmin } from '@/lib/auth/guard';
import { runDecision } from './run-decision';

/** Approve a pending (or previously rejected) department: its requester becomes able to use the dashboard as department admin and its open programs go public. Fields: departmentId, reason (optional note). Platform admins only. */
export async function approveDepartmentAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const admin = await guardPlatformAdmin();
  if (!admin) return FORBIDDEN;
  return runDecision(admin, 'approve', formData);
}

'use server';

import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { guardPlatformAdmin } from '@/lib/auth/guard';
import { runDecision } from './run-decision';

/** Suspend an approved department: its due deliveries are held at once and its programs leave the public site. Fields: departmentId, reason (required; its members see it). Platform admins only. */
export async function suspendDepartmentAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const admin = await guardPlatformAdmin();
  if (!admin) return FORBIDDEN;
  return runDecision(admin, 'suspend', formData);
}

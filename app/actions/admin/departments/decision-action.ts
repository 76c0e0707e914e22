/**
 * The four department decision actions (approve, reject, suspend, reinstate) differ only in
 * the decision: each 'use server' file is `decisionAction('<decision>')`. Not a server action
 * file itself.
 */
import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { platformAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { decideDepartment, type DepartmentDecision } from '@/lib/departments/decide-department';

const NOT_FOUND = 'That department does not exist, or it was removed.';
const SERVER_ERROR = 'Something went wrong; nothing was changed. Try again.';

const PAST: Record<DepartmentDecision, string> = { approve: 'approved', reject: 'rejected', suspend: 'suspended', reinstate: 'reinstated' };

function okMessage(decision: DepartmentDecision, name: string, held: number, resumed: number): string {
  const plural = (n: number) => (n === 1 ? '1 delivery' : `${n} deliveries`);
  switch (decision) {
    case 'approve':
      return `${name} is approved. Its admin can now sign in to the dashboard, and its open programs are on the public site.${resumed > 0 ? ` ${plural(resumed)} resumed.` : ''}`;
    case 'reject':
      return `${name}'s application is rejected. The applicant sees your reason when signing in.`;
    case 'suspend':
      return `${name} is suspended: its programs are hidden from the public site and ${plural(held)} ${held === 1 ? 'is' : 'are'} held until it is reinstated.`;
    case 'reinstate':
      return `${name} is reinstated: ${plural(resumed)} resumed and its open programs are back on the public site.`;
  }
}

/** A platform-admin action taking the decision on the form's department. Fields: departmentId, reason. */
export function decisionAction(decision: DepartmentDecision) {
  return platformAction({ name: `department ${decision}`, serverError: SERVER_ERROR }, async ({ actor }, formData): Promise<ActionResult> => {
    const departmentId = formData.get('departmentId');
    const reason = formData.get('reason');
    if (typeof departmentId !== 'string') return { status: 'error', error: 'notFound', message: NOT_FOUND };
    const r = await decideDepartment(db, departmentId, { decision, reason: typeof reason === 'string' ? reason : '' }, actor);
    if (!r.ok) {
      if (r.error === 'notFound') return { status: 'error', error: 'notFound', message: NOT_FOUND };
      if (r.error === 'invalid') return { status: 'error', error: 'invalid', message: Object.values(r.fieldErrors)[0] ?? 'Check the form.', fieldErrors: r.fieldErrors };
      return { status: 'error', error: 'invalid', message: `This department is ${r.status} now, so it cannot be ${PAST[decision]}. Reload the page to see its current state.` };
    }
    revalidatePath('/admin/departments');
    revalidatePath(`/admin/departments/${departmentId}`);
    // The public catalog and the members' dashboard change with the department's status.
    revalidatePath('/', 'layout');
    return { status: 'ok', message: okMessage(decision, r.name, r.held, r.resumed) };
  });
}

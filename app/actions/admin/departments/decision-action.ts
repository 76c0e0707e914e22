/**
 * The four department decision actions (approve, reject, suspend, reinstate) differ only in
 * the decision: each 'use server' file is `decisionAction('<decision>')`. Not a server action
 * file itself. Answers are worded in the admin's language.
 */
import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { platformAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { decideDepartment, type DepartmentDecision } from '@/lib/departments/decide-department';
import { decisionErrorText } from '@/lib/i18n/admin-errors';

/** A platform-admin action taking the decision on the form's department. Fields: departmentId, reason. */
export function decisionAction(decision: DepartmentDecision) {
  return platformAction({ name: `department ${decision}`, serverError: (m) => m.admin.decisions.serverError }, async ({ m, actor }, formData): Promise<ActionResult> => {
    const t = m.admin.decisions;
    const departmentId = formData.get('departmentId');
    const reason = formData.get('reason');
    if (typeof departmentId !== 'string') return { status: 'error', error: 'notFound', message: t.notFound };
    const r = await decideDepartment(db, departmentId, { decision, reason: typeof reason === 'string' ? reason : '' }, actor);
    if (!r.ok) {
      if (r.error === 'notFound') return { status: 'error', error: 'notFound', message: t.notFound };
      if (r.error === 'invalid') {
        const fieldErrors = Object.fromEntries(Object.entries(r.fieldErrors).map(([field, code]) => [field, decisionErrorText(m, code)]));
        return { status: 'error', error: 'invalid', message: Object.values(fieldErrors)[0] ?? t.checkForm, fieldErrors };
      }
      return { status: 'error', error: 'invalid', message: t.conflict(r.status, decision) };
    }
    revalidatePath('/admin/departments');
    revalidatePath(`/admin/departments/${departmentId}`);
    // The public catalog and the members' dashboard change with the department's status.
    revalidatePath('/', 'layout');
    const done = t.done;
    const message =
      decision === 'approve'
        ? done.approve(r.name, r.resumed)
        : decision === 'reject'
          ? done.reject(r.name)
          : decision === 'suspend'
            ? done.suspend(r.name, r.held)
            : done.reinstate(r.name, r.resumed);
    return { status: 'ok', message };
  });
}

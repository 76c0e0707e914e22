'use client';

import { useActionState, useId, useState } from 'react';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { approveDepartmentAction } from '@/app/actions/admin/departments/approve-department';
import { reinstateDepartmentAction } from '@/app/actions/admin/departments/reinstate-department';
import { rejectDepartmentAction } from '@/app/actions/admin/departments/reject-department';
import { suspendDepartmentAction } from '@/app/actions/admin/departments/suspend-department';
import { buttonDanger, buttonPrimary, buttonSecondary, errorText, hintBase, inputBase, labelBase } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import type { DepartmentStatus } from '@/lib/departments/decide-department';
import { useDecisionNotice } from './decision-notice';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

/** Runs the action and reports success to the page-level notice, which outlives this control. */
function useDecision(action: Action) {
  const notify = useDecisionNotice();
  return useActionState(async (prev: ActionResult, formData: FormData) => {
    const r = await action(prev, formData);
    if (r.status === 'ok' && r.message) notify(r.message);
    return r;
  }, IDLE as ActionResult);
}

function ErrorLine({ id, state }: { id: string; state: ActionResult }) {
  const { m } = useStaffI18n();
  if (state.status !== 'error') return null;
  return (
    <p id={id} role="alert" className={errorText} data-testid="decision-error">
      <span>
        <span className="sr-only">{m.common.kit.errorPrefix} </span>
        {state.fieldErrors?.reason ?? state.message}
      </span>
    </p>
  );
}

/** Approve or reinstate: one press, no reason needed (nothing is lost by it). */
function OneStep({ departmentId, name, decision }: { departmentId: string; name: string; decision: 'approve' | 'reinstate' }) {
  const [state, action, pending] = useDecision(decision === 'approve' ? approveDepartmentAction : reinstateDepartmentAction);
  const errorId = useId();
  const t = useStaffI18n().m.admin.decisions;
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="departmentId" value={departmentId} />
      <button type="submit" className={buttonPrimary} disabled={pending} aria-describedby={state.status === 'error' ? errorId : undefined} data-testid={`${decision}-department`}>
        {decision === 'approve' ? (pending ? t.approving : t.approve) : pending ? t.reinstating : t.reinstate}
        <span className="sr-only"> {name}</span>
      </button>
      <ErrorLine id={errorId} state={state} />
    </form>
  );
}

/** Reject or suspend: open the confirmation, give the reason the department will see, confirm. */
function WithReason({ departmentId, name, decision }: { departmentId: string; name: string; decision: 'reject' | 'suspend' }) {
  const [state, action, pending] = useDecision(decision === 'reject' ? rejectDepartmentAction : suspendDepartmentAction);
  const [open, setOpen] = useState(false);
  const base = useId();
  const panelId = `${base}-panel`;
  const openerId = `${base}-open`;
  const reasonId = `${base}-reason`;
  const errorId = `${base}-error`;
  const hasError = state.status === 'error';
  const { m } = useStaffI18n();
  const copy = m.admin.decisions[decision];
  return (
    <div className="space-y-3">
      <button
        type="button"
        id={openerId}
        className={buttonSecondary}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((o) => !o);
          requestAnimationFrame(() => document.getElementById(reasonId)?.focus());
        }}
        data-testid={`${decision}-department-open`}
      >
        {copy.open}
        <span className="sr-only"> {name}</span>
      </button>
      {open ? (
        <form id={panelId} action={action} className="w-full max-w-md space-y-3 rounded-lg border-2 border-red-700 bg-red-50 p-4" noValidate>
          <p className="text-red-950">{copy.explain(name)}</p>
          <input type="hidden" name="departmentId" value={departmentId} />
          <div>
            <label htmlFor={reasonId} className={labelBase}>
              {copy.label}
            </label>
            <span id={`${reasonId}-hint`} className={hintBase}>
              {copy.hint}
            </span>
            <textarea
              id={reasonId}
              name="reason"
              rows={3}
              maxLength={1000}
              required
              aria-invalid={hasError ? true : undefined}
              aria-describedby={`${reasonId}-hint${hasError ? ` ${errorId}` : ''}`}
              className={`${inputBase} mt-1.5 resize-y`}
              data-testid={`${decision}-reason`}
            />
            <ErrorLine id={errorId} state={state} />
          </div>
          <div className="flex flex-wrap gap-3">
            <button type="submit" className={buttonDanger} disabled={pending} data-testid={`${decision}-department-confirm`}>
              {pending ? copy.busy : copy.confirm}
            </button>
            <button
              type="button"
              className={buttonSecondary}
              onClick={() => {
                setOpen(false);
                requestAnimationFrame(() => document.getElementById(openerId)?.focus());
              }}
            >
              {m.common.kit.cancel}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

/** The moves the department's current status allows (see lib/departments/decide-department.ts). */
export function DecisionControls({ departmentId, name, status }: { departmentId: string; name: string; status: DepartmentStatus }) {
  return (
    <div className="flex flex-wrap items-start gap-3" data-testid="decision-controls">
      {status === 'pending' || status === 'rejected' ? <OneStep departmentId={departmentId} name={name} decision="approve" /> : null}
      {status === 'pending' ? <WithReason departmentId={departmentId} name={name} decision="reject" /> : null}
      {status === 'approved' ? <WithReason departmentId={departmentId} name={name} decision="suspend" /> : null}
      {status === 'suspended' ? <OneStep departmentId={departmentId} name={name} decision="reinstate" /> : null}
    </div>
  );
}

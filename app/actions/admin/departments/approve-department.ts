'use server';

import { decisionAction } from './decision-action';

/** Approve a pending (or previously rejected) department: its requester becomes able to use the dashboard as department admin and its open programs go public. Fields: departmentId, reason (optional note). Platform admins only. */
export const approveDepartmentAction = decisionAction('approve');

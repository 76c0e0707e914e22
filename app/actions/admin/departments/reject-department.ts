'use server';

import { decisionAction } from './decision-action';

/** Reject a pending application. Fields: departmentId, reason (required; the applicant sees it). Platform admins only. */
export const rejectDepartmentAction = decisionAction('reject');

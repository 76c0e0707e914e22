'use server';

import { decisionAction } from './decision-action';

/** Suspend an approved department: its due deliveries are held at once and its programs leave the public site. Fields: departmentId, reason (required; its members see it). Platform admins only. */
export const suspendDepartmentAction = decisionAction('suspend');

'use server';

import { decisionAction } from './decision-action';

/** Reinstate a suspended department: held deliveries resume at once, in order. Fields: departmentId, reason (optional note). Platform admins only. */
export const reinstateDepartmentAction = decisionAction('reinstate');

'use server';

import { db } from '@/db/client';
import { publicAction } from '@/lib/actions/action';
import type { ApplicationFormState } from '@/lib/departments/application-schema';
import { submitApplicationForm } from '@/lib/departments/apply-for-department';

/**
 * The public "Register your department" form's action: anonymous by design (abuse is handled
 * by submitApplicationForm: size cap, honeypot, per-IP rate limit). It creates a pending
 * department and the requester's account; a platform admin decides later.
 */
export const applyForDepartmentAction = publicAction(
  { name: 'department application', serverError: { status: 'invalid', fieldErrors: {}, formError: 'server', values: {} } },
  async ({ ip }, formData): Promise<ApplicationFormState> => submitApplicationForm(db, formData, { clientIp: ip }),
);

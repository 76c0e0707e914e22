'use server';

import { headers } from 'next/headers';
import { logError } from '@/lib/log-error';
import { db } from '@/db/client';
import { clientIpFrom } from '@/lib/client-ip';
import type { ApplicationFormState } from '@/lib/departments/application-schema';
import { submitApplicationForm } from '@/lib/departments/apply-for-department';

/**
 * The public "Register your department" form's action: anonymous by design (abuse is handled
 * by submitApplicationForm: size cap, honeypot, per-IP rate limit). It creates a pending
 * department and the requester's account; a platform admin decides later.
 */
export async function applyForDepartmentAction(_prev: ApplicationFormState, formData: FormData): Promise<ApplicationFormState> {
  try {
    return await submitApplicationForm(db, formData, { clientIp: clientIpFrom(await headers()) });
  } catch (e) {
    logError('department application failed', e);
    return { status: 'invalid', fieldErrors: {}, formError: 'server', values: {} };
  }
}

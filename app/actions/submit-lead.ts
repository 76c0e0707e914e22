'use server';

import { headers } from 'next/headers';
import { logError } from '@/lib/log-error';
import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { clientIpFrom } from '@/lib/client-ip';
import type { LeadFormState } from '@/lib/leads/form-state';
import { submitLeadForm } from '@/lib/leads/submit-lead';

/** The public lead form's action: anonymous by design; abuse is handled by submitLeadForm. */
export async function submitLead(_prev: LeadFormState, formData: FormData): Promise<LeadFormState> {
  let reference: string;
  try {
    const outcome = await submitLeadForm(db, formData, { clientIp: clientIpFrom(await headers()) });
    if (outcome.kind === 'rejected') return outcome.state;
    // A bot that filled the honeypot is redirected like an applicant (no error that would tell
    // it what tripped); no lead exists, so the confirmation page has nothing to show it.
    reference = outcome.kind === 'created' ? outcome.reference : 'PR-00000-00000';
  } catch (e) {
    logError('lead submission failed', e);
    return { status: 'invalid', fieldErrors: {}, formError: 'server', values: {} };
  }
  redirect(`/confirmacion/${reference}`);
}

'use server';

import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { publicAction } from '@/lib/actions/action';
import type { LeadFormState } from '@/lib/leads/form-state';
import { submitLeadForm } from '@/lib/leads/submit-lead';

/** The public lead form's action: anonymous by design; abuse is handled by submitLeadForm. */
export const submitLead = publicAction(
  { name: 'lead submission', serverError: { status: 'invalid', fieldErrors: {}, formError: 'server', values: {} } },
  async ({ ip }, formData): Promise<LeadFormState> => {
    const outcome = await submitLeadForm(db, formData, { clientIp: ip });
    if (outcome.kind === 'rejected') return outcome.state;
    // A bot that filled the honeypot is redirected like an applicant (no error that would tell
    // it what tripped); no lead exists, so the confirmation page has nothing to show it.
    redirect(`/confirmacion/${outcome.kind === 'created' ? outcome.reference : 'PR-00000-00000'}`);
  },
);

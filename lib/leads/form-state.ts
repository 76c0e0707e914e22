/** What the lead server action returns to the form (via useActionState). */
import type { LeadFieldErrors } from './lead-schema';

export type LeadFormError = 'rateLimited' | 'tooLarge' | 'unavailable' | 'server';

export type LeadFormState =
  | { status: 'idle' }
  | {
      status: 'invalid';
      fieldErrors: LeadFieldErrors;
      formError?: LeadFormError;
      /** What the applicant typed, so a rejected form keeps it. */
      values: Record<string, string | string[] | boolean>;
    };

export const INITIAL_LEAD_FORM_STATE: LeadFormState = { status: 'idle' };

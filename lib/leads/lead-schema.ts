/**
 * The lead form's one zod schema, shared by the browser form and the server action.
 * Error messages are message keys (see lib/i18n/messages.ts) so each side shows them in
 * the applicant's language.
 */
import { z } from 'zod';
import { CONTROL_CHARACTERS_KEY, hasNoControlCharacters } from '../plain-text';
import { MUNICIPALITIES } from './municipalities';

export const BUSINESS_STAGES = ['idea', 'new', 'established', 'expanding'] as const;
export const SECTORS = ['retail', 'food', 'tourism', 'agriculture', 'manufacturing', 'technology', 'creative', 'services', 'other'] as const;
export const LOCALES = ['es', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const LEAD_LIMITS = { name: 120, email: 254, phone: 20, businessName: 160, message: 1000, programs: 20 } as const;

// Control characters are refused with a field error (lib/plain-text.ts), so nothing of the
// lead reaches the database or its error log.

const text = (max: number, required = true) => {
  const base = z
    // A field missing from the post (a script, not the form) reads as an empty one.
    .string('required')
    .refine(hasNoControlCharacters, CONTROL_CHARACTERS_KEY)
    .transform((v) => v.trim())
    .pipe(z.string().max(max, 'tooLong'));
  return required ? base.pipe(z.string().min(1, 'required')) : base;
};

export const leadSchema = z.object({
  name: text(LEAD_LIMITS.name).refine((v) => v.length >= 2, 'tooShort'),
  email: z.string('required').refine(hasNoControlCharacters, CONTROL_CHARACTERS_KEY).trim().toLowerCase().min(1, 'required').max(LEAD_LIMITS.email, 'tooLong').pipe(z.email('invalidEmail')),
  phone: z
    .string('required')
    .refine(hasNoControlCharacters, CONTROL_CHARACTERS_KEY)
    .trim()
    .min(1, 'required')
    .max(LEAD_LIMITS.phone, 'tooLong')
    .refine((v) => /^[+()\-.\s\d]*$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 7, 'invalidPhone'),
  businessName: text(LEAD_LIMITS.businessName),
  municipality: z.enum(MUNICIPALITIES, 'chooseOne'),
  businessStage: z.enum(BUSINESS_STAGES, 'chooseOne'),
  sector: z.enum(SECTORS, 'chooseOne'),
  message: text(LEAD_LIMITS.message, false).default(''),
  programIds: z.array(z.uuid('chooseProgram')).min(1, 'chooseProgram').max(LEAD_LIMITS.programs, 'tooMany'),
  consent: z.literal(true, 'consentRequired'),
  locale: z.enum(LOCALES).default('es'),
});

export type LeadInput = z.infer<typeof leadSchema>;
export type LeadField = keyof LeadInput;
export type LeadFieldErrors = Partial<Record<LeadField, string>>;

/** What the form posts, turned into the schema's input shape. Unknown keys are ignored. */
export function leadInputFromFormData(form: FormData): Record<string, unknown> {
  const str = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  return {
    name: str('name'),
    email: str('email'),
    phone: str('phone'),
    businessName: str('businessName'),
    municipality: str('municipality'),
    businessStage: str('businessStage'),
    sector: str('sector'),
    message: str('message') ?? '',
    programIds: [...new Set(form.getAll('programIds').filter((v): v is string => typeof v === 'string'))],
    consent: str('consent') === 'on' || str('consent') === 'true',
    locale: str('locale') === 'en' ? 'en' : 'es',
  };
}

/** The first message key per field, as the form shows one reason next to each field. */
export function fieldErrorsOf(error: z.ZodError): LeadFieldErrors {
  const out: LeadFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as LeadField | undefined;
    if (field && !(field in out)) out[field] = issue.message;
  }
  return out;
}

/** The honeypot: a field people never see or fill, so anything in it is a bot. */
export const HONEYPOT_FIELD = 'website';

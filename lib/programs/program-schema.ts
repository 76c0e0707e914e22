/**
 * The program form's one zod schema, shared by the dashboard form (checked in the browser
 * before submitting) and the server actions (checked again on the server). Its messages are
 * keys (PROGRAM_ERROR_KEYS): the form turns them into the staff member's language, with the
 * field's limits (lib/i18n/staff/programs.ts).
 *
 * Imported by client components: keep it free of database and Node imports.
 */
import { z } from 'zod';
import { CONTROL_CHARACTERS_KEY, hasNoControlCharacters } from '../plain-text';

export const PROGRAM_KINDS = ['financing', 'education', 'technical_assistance', 'incentive', 'certification'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

export const PROGRAM_STATUSES = ['open', 'closed'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

export const PROGRAM_LIMITS = {
  title: { min: 3, max: 160 },
  summary: { min: 10, max: 400 },
  description: { min: 10, max: 5000 },
} as const;

/** What the schema can say about a field. */
export const PROGRAM_ERROR_KEYS = ['required', 'tooShort', 'tooLong', 'chooseKind', CONTROL_CHARACTERS_KEY] as const;
export type ProgramErrorKey = (typeof PROGRAM_ERROR_KEYS)[number];

const E = (key: ProgramErrorKey): ProgramErrorKey => key;

const text = ({ min, max }: { min: number; max: number }) =>
  z
    .string(E('required'))
    .refine(hasNoControlCharacters, E(CONTROL_CHARACTERS_KEY))
    .trim()
    .min(1, E('required'))
    .min(min, E('tooShort'))
    .max(max, E('tooLong'));

export const programInputSchema = z.object({
  titleEs: text(PROGRAM_LIMITS.title),
  titleEn: text(PROGRAM_LIMITS.title),
  summaryEs: text(PROGRAM_LIMITS.summary),
  summaryEn: text(PROGRAM_LIMITS.summary),
  descriptionEs: text(PROGRAM_LIMITS.description),
  descriptionEn: text(PROGRAM_LIMITS.description),
  kind: z.enum(PROGRAM_KINDS, E('chooseKind')),
});

export type ProgramInput = z.infer<typeof programInputSchema>;
export type ProgramField = keyof ProgramInput;
export type ProgramFieldErrors = Partial<Record<ProgramField, string>>;

/** The form's field names, in the order they appear (for error summaries and focus). */
export const PROGRAM_FIELDS: readonly ProgramField[] = ['titleEs', 'summaryEs', 'descriptionEs', 'titleEn', 'summaryEn', 'descriptionEn', 'kind'];

/** The form's raw values: what was typed, kept as strings so the form can show them again. */
export type ProgramFormValues = Record<ProgramField, string>;

export const EMPTY_PROGRAM_VALUES: ProgramFormValues = {
  titleEs: '',
  titleEn: '',
  summaryEs: '',
  summaryEn: '',
  descriptionEs: '',
  descriptionEn: '',
  kind: '',
};

/** What the form posts, as the schema's input. Missing or non-string entries become ''. */
export function programValuesFromFormData(form: FormData): ProgramFormValues {
  const str = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : '';
  };
  return {
    titleEs: str('titleEs'),
    titleEn: str('titleEn'),
    summaryEs: str('summaryEs'),
    summaryEn: str('summaryEn'),
    descriptionEs: str('descriptionEs'),
    descriptionEn: str('descriptionEn'),
    kind: str('kind'),
  };
}

/** The first message key per field: the form shows one reason next to each field. */
export function programFieldErrors(error: z.ZodError): ProgramFieldErrors {
  const out: ProgramFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && (PROGRAM_FIELDS as readonly string[]).includes(field) && !(field in out)) {
      out[field as ProgramField] = issue.message;
    }
  }
  return out;
}

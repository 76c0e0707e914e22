/** The program form's `parse`, shared by the create and edit actions (this module is not a 'use server' file). */
import { programFieldErrors, programInputSchema, programValuesFromFormData } from '@/lib/programs/program-schema';

export const programParse = {
  schema: programInputSchema,
  input: programValuesFromFormData,
  invalid: (error: Parameters<typeof programFieldErrors>[0]) =>
    ({ status: 'error', error: 'invalid', message: 'Check the highlighted fields.', fieldErrors: programFieldErrors(error) as Record<string, string> }) as const,
};

/** The program form's `parse`, shared by the create and edit actions (this module is not a 'use server' file). */
import type { Locale } from '@/lib/i18n/locale';
import { programErrorTexts } from '@/lib/i18n/program-errors';
import { staffMessages } from '@/lib/i18n/staff';
import { programFieldErrors, programInputSchema, programValuesFromFormData } from '@/lib/programs/program-schema';

export const programParse = {
  schema: programInputSchema,
  input: programValuesFromFormData,
  invalid: (error: Parameters<typeof programFieldErrors>[0], locale: Locale) => {
    const m = staffMessages(locale);
    return { status: 'error', error: 'invalid', message: m.common.errors.checkForm, fieldErrors: programErrorTexts(m, locale, programFieldErrors(error)) } as const;
  },
};

/**
 * Helpers shared by the API token actions (this module is not itself a 'use server' file): how
 * each reads its form, and the refusals in the viewer's language.
 */
import { z } from 'zod';
import { apiTokenInputSchema } from '@/lib/api/tokens';
import type { Locale } from '@/lib/i18n/locale';
import { staffMessages } from '@/lib/i18n/staff';

const str = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : undefined);

/** The create form: name, scope (read|write), expiresIn (7|30|90|365|never); each problem next to its field. */
export const apiTokenParse = {
  schema: apiTokenInputSchema,
  input: (formData: FormData) => ({ name: str(formData.get('name')) ?? '', scope: str(formData.get('scope')), expiresIn: str(formData.get('expiresIn')) }),
  invalid: (error: z.ZodError, locale: Locale) => {
    const m = staffMessages(locale);
    const t = m.api.tokens.errors;
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      const field = String(issue.path[0] ?? 'name');
      fieldErrors[field] ??= t[issue.message] ?? t.checkField!;
    }
    return { status: 'error', error: 'invalid', message: m.common.errors.checkForm, fieldErrors } as const;
  },
};

/** The revoke form: the token's id (another department's, or a malformed one, is "not found"). */
export const tokenIdParse = {
  schema: z.object({ tokenId: z.uuid() }),
  input: (formData: FormData) => ({ tokenId: (str(formData.get('tokenId')) ?? '').trim().toLowerCase() }),
  invalid: (_error: unknown, locale: Locale) => ({ status: 'error', error: 'notFound', message: staffMessages(locale).api.tokens.results.notFound }) as const,
};

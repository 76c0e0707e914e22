'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { revokeApiToken } from '@/lib/api/tokens';
import { tokenIdParse } from './token-form';

/** Revoke an API token (department admins): it answers 401 from then on. Fields: dept, tokenId. */
export const revokeApiTokenAction = departmentAction(
  { name: 'revokeApiTokenAction', role: 'admin', parse: tokenIdParse },
  async ({ department, actor, m, input: { tokenId } }): Promise<ActionResult> => {
    if (!(await revokeApiToken(db, department.id, tokenId, actor))) return { status: 'error', error: 'notFound', message: m.api.tokens.results.notFound };
    revalidatePath(`/dashboard/${department.slug}/api-tokens`);
    return { status: 'ok', message: m.api.tokens.results.revoked };
  },
);

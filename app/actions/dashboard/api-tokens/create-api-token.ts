'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { createApiToken, type ApiTokenScope } from '@/lib/api/tokens';
import { apiTokenParse } from './token-form';

export interface CreatedApiToken {
  id: string;
  name: string;
  scope: ApiTokenScope;
  /** The whole token: answered this once, never stored (only its hash is) and never shown again. */
  token: string;
  expiresAt: string | null;
}

/** Create an API token (department admins). Fields: dept, name, scope (read|write), expiresIn (7|30|90|365|never). */
export const createApiTokenAction = departmentAction(
  { name: 'createApiTokenAction', role: 'admin', parse: apiTokenParse },
  async ({ department, actor, m, input }): Promise<ActionResult<CreatedApiToken>> => {
    const { token, view } = await createApiToken(db, department.id, input, actor);
    revalidatePath(`/dashboard/${department.slug}/api-tokens`);
    return {
      status: 'ok',
      message: m.api.tokens.results.created,
      data: { id: view.id, name: view.name, scope: view.scope, token, expiresAt: view.expiresAt?.toISOString() ?? null },
    };
  },
);

/**
 * The action wrapper on its own (the guards and the session stubbed): a refused caller runs
 * nothing, a refused form gets the action's own answer, a thrown error becomes one log line
 * without its values and the action's server-error answer, and redirect()/notFound() pass
 * through as Next needs them to.
 */
import { notFound, redirect } from 'next/navigation';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { z } from 'zod';
import type { ActionResult } from '../auth/action-result';
import type { Guarded } from '../auth/guard';
import type { Viewer } from '../auth/viewer';
import { accountAction, departmentAction, enforcedRole, forbidden, platformAction, publicAction, publicFormAction } from './action';
import { staffMessages } from '../i18n/staff';

const stub = vi.hoisted(() => ({ department: null as Guarded | null, platformAdmin: null as Viewer | null, viewer: null as Viewer | null, minRole: '' }));
vi.mock('../auth/guard', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../auth/guard')>()),
  guardDepartment: async (slug: unknown, minRole: string) => {
    stub.minRole = minRole;
    return slug === 'dep' ? stub.department : null;
  },
  guardPlatformAdmin: async () => stub.platformAdmin,
}));
vi.mock('../auth/session', () => ({ getViewer: async () => stub.viewer }));
vi.mock('next/headers', async () => {
  const { CLIENT_ADDRESS_HEADER, markServedByPuenteServer } = await import('../client-ip');
  markServedByPuenteServer();
  return { headers: async () => new Headers({ [CLIENT_ADDRESS_HEADER]: '203.0.113.9' }) };
});

const VIEWER: Viewer = { userId: 'u-1', email: 'ana@dep.example', name: 'Ana', platformRole: 'user', mustChangePassword: false, locale: 'es', memberships: [] };
const DEPARTMENT: Guarded = { viewer: VIEWER, department: { id: 'd-1', slug: 'dep', name: 'Dep', acronym: null, status: 'approved' }, role: 'admin' };

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};
const IDLE = { status: 'idle' } as const;

let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  stub.department = DEPARTMENT;
  stub.platformAdmin = { ...VIEWER, platformRole: 'admin' };
  stub.viewer = VIEWER;
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('departmentAction', () => {
  it('asks the guard for its role and hands the action the department, the viewer and the actor with the client address', async () => {
    const body = vi.fn(async () => ({ status: 'ok' }) as const);
    const act = departmentAction({ name: 'testAction', role: 'admin' }, body);
    expect(await act(IDLE, form({ dept: 'dep' }))).toEqual({ status: 'ok' });
    expect(stub.minRole).toBe('admin');
    expect(body).toHaveBeenCalledWith(
      expect.objectContaining({ department: DEPARTMENT.department, viewer: VIEWER, role: 'admin', ip: '203.0.113.9', actor: { userId: 'u-1', email: 'ana@dep.example', ip: '203.0.113.9' } }),
      expect.any(FormData),
    );
  });

  it('answers FORBIDDEN and runs nothing, not even the parse, for a refused caller', async () => {
    const body = vi.fn(async () => ({ status: 'ok' }) as const);
    const input = vi.fn(() => ({}));
    const act = departmentAction({ name: 'testAction', role: 'staff', parse: { schema: z.object({}), input, invalid: () => ({ status: 'error', error: 'invalid' }) } }, body);
    expect(await act(IDLE, form({ dept: 'another' }))).toEqual(forbidden('es'));
    stub.department = null;
    expect(await act(IDLE, form({ dept: 'dep' }))).toEqual(forbidden('es'));
    expect(input).not.toHaveBeenCalled();
    expect(body).not.toHaveBeenCalled();
  });

  it("answers a form its schema refuses with the action's own answer, and passes a parsed one on", async () => {
    const body = vi.fn(async ({ input }: { input: { n: number } }): Promise<ActionResult<number>> => ({ status: 'ok', data: input.n }));
    const act = departmentAction(
      {
        name: 'testAction',
        role: 'staff',
        parse: {
          schema: z.object({ n: z.coerce.number().int().min(1) }),
          invalid: (e) => ({ status: 'error', error: 'invalid', message: 'Check n.', fieldErrors: { n: String(e.issues[0]?.path[0]) } }),
        },
      },
      body,
    );
    expect(await act(IDLE, form({ dept: 'dep', n: 'zero' }))).toEqual({ status: 'error', error: 'invalid', message: 'Check n.', fieldErrors: { n: 'n' } });
    expect(body).not.toHaveBeenCalled();
    expect(await act(IDLE, form({ dept: 'dep', n: '3' }))).toEqual({ status: 'ok', data: 3 });
  });

  it('turns a thrown error into the server answer, logged once by name without its values', async () => {
    const act = departmentAction({ name: 'testAction', role: 'staff', serverError: 'Nothing was saved.' }, async () => {
      throw Object.assign(new TypeError('duplicate key for ana@dep.example'), { code: '23505' });
    });
    expect(await act(IDLE, form({ dept: 'dep' }))).toEqual({ status: 'error', error: 'server', message: 'Nothing was saved.' });
    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors).toHaveBeenCalledWith('testAction failed', { name: 'TypeError', code: '23505' });
    expect(JSON.stringify(errors.mock.calls)).not.toContain('ana@dep.example');
  });

  it("answers in the viewer's language: the server error, and the locale and catalogue it hands the action", async () => {
    const seen: string[] = [];
    const act = departmentAction({ name: 'testAction', role: 'staff' }, async ({ locale, m }) => {
      seen.push(locale, m.common.errors.forbidden);
      throw new Error('boom');
    });
    expect(await act(IDLE, form({ dept: 'dep' }))).toEqual({ status: 'error', error: 'server', message: 'Algo salió mal de nuestro lado. Recargue la página e inténtelo de nuevo.' });
    stub.department = { ...DEPARTMENT, viewer: { ...VIEWER, locale: 'en' } };
    expect(await act(IDLE, form({ dept: 'dep' }))).toEqual({ status: 'error', error: 'server', message: staffMessages('en').common.errors.server });
    expect(seen).toEqual(['es', 'No tiene permiso para hacer eso.', 'en', 'You are not allowed to do that.']);
    const custom = departmentAction({ name: 'testAction', role: 'staff', serverError: (m) => m.common.errors.checkForm }, async () => {
      throw new Error('boom');
    });
    expect(await custom(IDLE, form({ dept: 'dep' }))).toMatchObject({ message: 'Check the highlighted fields.' });
  });

  it('lets redirect() and notFound() through', async () => {
    const redirecting = departmentAction({ name: 'testAction', role: 'staff' }, async () => redirect('/dashboard/dep/webhooks?deleted=1'));
    await expect(redirecting(IDLE, form({ dept: 'dep' }))).rejects.toMatchObject({ digest: expect.stringContaining('NEXT_REDIRECT;') });
    const missing = departmentAction({ name: 'testAction', role: 'staff' }, async () => notFound());
    await expect(missing(IDLE, form({ dept: 'dep' }))).rejects.toMatchObject({ digest: expect.stringContaining('NEXT_HTTP_ERROR_FALLBACK;404') });
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('the other wrappers', () => {
  it('platformAction lets in platform admins only', async () => {
    const act = platformAction({ name: 'testAction' }, async ({ viewer }) => ({ status: 'ok', message: viewer.platformRole }));
    expect(await act(IDLE, form({}))).toEqual({ status: 'ok', message: 'admin' });
    stub.platformAdmin = null;
    expect(await act(IDLE, form({}))).toEqual(forbidden('es'));
  });

  it('accountAction lets in anyone signed in, even one who must change their password', async () => {
    const act = accountAction({ name: 'testAction' }, async ({ actor }) => ({ status: 'ok', message: actor.userId }));
    stub.viewer = { ...VIEWER, mustChangePassword: true };
    expect(await act(IDLE, form({}))).toEqual({ status: 'ok', message: 'u-1' });
    stub.viewer = null;
    expect(await act(IDLE, form({}))).toEqual(forbidden('es'));
  });

  it("publicAction answers a thrown error with its form's own server answer", async () => {
    const failed = { status: 'invalid', formError: 'server' } as const;
    const act = publicAction<{ status: string; formError?: string; ip?: string }>({ name: 'testAction', serverError: failed }, async ({ ip }, formData) => {
      if (formData.get('boom')) throw new Error('boom');
      return { status: 'ok', ip };
    });
    expect(await act({ status: 'idle' }, form({}))).toEqual({ status: 'ok', ip: '203.0.113.9' });
    expect(await act({ status: 'idle' }, form({ boom: '1' }))).toBe(failed);
    expect(errors).toHaveBeenCalledWith('testAction failed', { name: 'Error', message: 'boom' });
  });

  it('publicFormAction is called with the form only and redirects', async () => {
    const act = publicFormAction({ name: 'testAction' }, async (formData) => redirect(String(formData.get('to'))));
    await expect(act(form({ to: '/en' }))).rejects.toMatchObject({ digest: expect.stringContaining(';/en;') });
  });

  it('marks each action with the role it enforces, and nothing else', () => {
    const ok = async () => ({ status: 'ok' }) as const;
    expect(enforcedRole(departmentAction({ name: 'a', role: 'staff' }, ok))).toBe('staff');
    expect(enforcedRole(departmentAction({ name: 'a', role: 'admin' }, ok))).toBe('admin');
    expect(enforcedRole(platformAction({ name: 'a' }, ok))).toBe('platformAdmin');
    expect(enforcedRole(accountAction({ name: 'a' }, ok))).toBe('signedIn');
    expect(enforcedRole(publicAction({ name: 'a', serverError: null }, async () => null))).toBe('public');
    expect(enforcedRole(async () => ({ status: 'ok' }))).toBeUndefined();
    expect(staffMessages('en').common.errors.server).toMatch(/try again/);
  });
});

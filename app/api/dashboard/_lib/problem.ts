/**
 * The access check the dashboard's JSON route handlers all make first (problem details come
 * from lib/http/problem.ts): 401 when nobody is signed in, 404 when the department is not the
 * viewer's (the same answer whether it exists or not, so nothing leaks).
 */
import { guardDepartment, type Guarded } from '@/lib/auth/guard';
import type { DepartmentRole } from '@/lib/auth/viewer';
import { getViewer } from '@/lib/auth/session';
import { problem } from '@/lib/http/problem';

export { problem };

/** The guard, or the problem response to return instead. */
export async function guardOrProblem(slug: string, minRole: DepartmentRole): Promise<{ g: Guarded } | { response: Response }> {
  const g = await guardDepartment(slug, minRole);
  if (g) return { g };
  const viewer = await getViewer();
  return viewer
    ? { response: problem(404, 'No such department, or you are not a member of it.') }
    : { response: problem(401, 'Sign in to see deliveries.') };
}

export function json(body: unknown): Response {
  return Response.json(body, { headers: { 'cache-control': 'no-store' } });
}

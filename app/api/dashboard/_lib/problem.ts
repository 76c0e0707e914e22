/**
 * JSON problem details (RFC 9457) for the dashboard's route handlers, and the access check
 * they all make first: 401 when nobody is signed in, 404 when the department is not the
 * viewer's (the same answer whether it exists or not, so nothing leaks).
 */
import { guardDepartment, type Guarded } from '@/lib/auth/guard';
import type { DepartmentRole } from '@/lib/auth/viewer';
import { getViewer } from '@/lib/auth/session';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export function problem(status: number, detail: string, extra: Record<string, unknown> = {}): Response {
  return Response.json(
    { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, ...extra },
    { status, headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' } },
  );
}

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

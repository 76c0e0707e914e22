/**
 * The one check every dashboard page, server action and route handler makes itself:
 * who is signed in, and may they act on this department with at least this role?
 * Returns null for "no" whatever the reason, so callers answer 404/forbidden alike.
 */
import 'server-only';
import { db } from '../../db/client';
import { getViewer } from './session';
import { departmentAccess, type DepartmentAccess, type DepartmentRole, type Viewer } from './viewer';

export interface Guarded extends DepartmentAccess {
  viewer: Viewer;
}

export async function guardDepartment(slug: unknown, minRole: DepartmentRole = 'staff'): Promise<Guarded | null> {
  if (typeof slug !== 'string') return null;
  const viewer = await getViewer();
  // After an admin reset, nothing but changing the password until it is changed.
  if (!viewer || viewer.mustChangePassword) return null;
  const access = await departmentAccess(db, viewer, slug, minRole);
  return access ? { viewer, ...access } : null;
}

/** The signed-in platform admin, or null (callers answer 404/forbidden alike). */
export async function guardPlatformAdmin(): Promise<Viewer | null> {
  const viewer = await getViewer();
  return viewer && viewer.platformRole === 'admin' && !viewer.mustChangePassword ? viewer : null;
}

/** The actor recorded in the audit log for a viewer's act. */
export function actorOf(viewer: Viewer, ip?: string | null) {
  return { userId: viewer.userId, email: viewer.email, ip: ip ?? null };
}

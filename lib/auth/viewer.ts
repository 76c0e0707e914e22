/**
 * Who is asking, and what they may touch. Memberships are read from the database on every
 * request (not kept in the session token), so removing someone takes effect at once.
 *
 * Roles: platform admin (everything); department admin (manage its webhooks, programs and
 * members); department staff (see its deliveries and leads, redeliver, ping).
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, memberships, users } from '../../db/schema';
import { parseLocale, type Locale } from '../i18n/locale';

export type DepartmentRole = 'admin' | 'staff';

export interface ViewerMembership {
  departmentId: string;
  slug: string;
  name: string;
  acronym: string | null;
  status: 'pending' | 'approved' | 'rejected' | 'suspended';
  role: DepartmentRole;
}

export interface Viewer {
  userId: string;
  email: string;
  name: string;
  platformRole: 'admin' | 'user';
  mustChangePassword: boolean;
  /** The language the staff screens and e-mails use for this person ('es' unless they chose English). */
  locale: Locale;
  memberships: ViewerMembership[];
  /** When this session signed in (ms since epoch), for sessions loaded from a request. */
  authenticatedAt?: number;
}

/**
 * `authenticatedAt` (ms) is when the session signed in; a session older than the user's
 * `sessionsValidAfter` (set when the password is changed or reset) is no longer accepted.
 */
export async function loadViewer(db: Db, userId: string, authenticatedAt?: number): Promise<Viewer | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || user.disabledAt) return null;
  if (user.sessionsValidAfter && authenticatedAt !== undefined && authenticatedAt < user.sessionsValidAfter.getTime()) return null;
  const ms = await db
    .select({
      departmentId: departments.id,
      slug: departments.slug,
      name: departments.name,
      acronym: departments.acronym,
      status: departments.status,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(departments, eq(departments.id, memberships.departmentId))
    .where(eq(memberships.userId, userId))
    .orderBy(departments.name);
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    platformRole: user.role,
    mustChangePassword: user.mustChangePassword,
    locale: parseLocale(user.locale),
    memberships: ms,
    ...(authenticatedAt !== undefined ? { authenticatedAt } : {}),
  };
}

export interface DepartmentAccess {
  department: { id: string; slug: string; name: string; acronym: string | null; status: ViewerMembership['status'] };
  /** The viewer's effective role there; platform admins act as department admins. */
  role: DepartmentRole;
}

const rank: Record<DepartmentRole, number> = { staff: 1, admin: 2 };

/**
 * The department with this slug if the viewer may act on it with at least `minRole`; null
 * otherwise — the same answer whether the department does not exist or is someone else's,
 * so nothing leaks.
 */
export async function departmentAccess(db: Db, viewer: Viewer, slug: string, minRole: DepartmentRole = 'staff'): Promise<DepartmentAccess | null> {
  if (!/^[a-z0-9-]{1,64}$/.test(slug)) return null;
  if (viewer.platformRole === 'admin') {
    const [d] = await db
      .select({ id: departments.id, slug: departments.slug, name: departments.name, acronym: departments.acronym, status: departments.status })
      .from(departments)
      .where(eq(departments.slug, slug));
    return d ? { department: d, role: 'admin' } : null;
  }
  const m = viewer.memberships.find((x) => x.slug === slug);
  if (!m || rank[m.role] < rank[minRole]) return null;
  // Until an admin approves it, a department's members see only the waiting page.
  if (m.status !== 'approved') return null;
  return { department: { id: m.departmentId, slug: m.slug, name: m.name, acronym: m.acronym, status: m.status }, role: m.role };
}

/** Same check by id, for API handlers that receive ids. */
export async function departmentAccessById(db: Db, viewer: Viewer, departmentId: string, minRole: DepartmentRole = 'staff') {
  const [d] = await db.select({ slug: departments.slug }).from(departments).where(and(eq(departments.id, departmentId)));
  return d ? departmentAccess(db, viewer, d.slug, minRole) : null;
}

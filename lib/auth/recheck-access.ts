/**
 * Re-checks, in ONE query, that access granted earlier still holds — for long-lived requests
 * (the dashboard's live streams) that were let in by `guardDepartment` and must stop as soon
 * as that answer would change. Checking each stream with `loadViewer` + `departmentAccess`
 * costs two queries per stream per check; a process holding hundreds of streams would then
 * query the database hundreds of times a minute just to keep idle sockets honest.
 *
 * The rules are those of `guardDepartment` (lib/auth/guard.ts, lib/auth/viewer.ts), restated
 * in SQL: the user exists and is not disabled; the session signed in after
 * `sessions_valid_after`; no password change is pending; and either the user is a platform
 * admin and the department exists, or they are a member with at least `minRole` of a
 * department that is approved. recheck-access.test.ts compares every answer with
 * `guardDepartment`'s own, so the two cannot drift apart unnoticed.
 */
import 'server-only';
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import type { DepartmentRole } from './viewer';

export interface Grant {
  userId: string;
  /** When the session signed in (ms), as `Viewer.authenticatedAt`; undefined skips that check, as loadViewer does. */
  authenticatedAt?: number;
  departmentId: string;
  /** The slug access was granted through: a renamed department no longer matches, as before. */
  slug: string;
  minRole: DepartmentRole;
}

/** For each grant, in order: does it still hold? Any number of grants, one statement. */
export async function grantsStillHeld(db: Queryable, grants: readonly Grant[]): Promise<boolean[]> {
  if (grants.length === 0) return [];
  const rows = grants.map((g, i) => ({
    i,
    user_id: g.userId,
    auth_at: g.authenticatedAt ?? null,
    department_id: g.departmentId,
    slug: g.slug,
    min_role: g.minRole,
  }));
  const result = await db.execute<{ i: number; ok: boolean }>(sql`
    select g.i,
           coalesce(
             u.disabled_at is null
             and not u.must_change_password
             -- loadViewer: authenticatedAt < sessionsValidAfter.getTime() (whole ms) is refused.
             and (g.auth_at is null or u.sessions_valid_after is null
                  or g.auth_at >= floor(extract(epoch from u.sessions_valid_after) * 1000))
             and d.slug = g.slug
             and (u.role = 'admin'
                  or (d.status = 'approved' and m.role is not null and (g.min_role = 'staff' or m.role = 'admin'))),
             false) as ok
      from json_to_recordset(${JSON.stringify(rows)}::json)
           as g(i int, user_id uuid, auth_at float8, department_id uuid, slug text, min_role text)
      left join users u on u.id = g.user_id
      left join departments d on d.id = g.department_id
      left join memberships m on m.user_id = g.user_id and m.department_id = g.department_id`);
  const held = new Array<boolean>(grants.length).fill(false);
  for (const r of result) held[r.i] = r.ok === true;
  return held;
}

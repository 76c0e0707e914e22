/**
 * What the admin Departments pages and the applicant's waiting page read: departments with
 * their application, decision and a few counts. Every function takes raw ids and answers
 * "nothing" to junk instead of throwing.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import type { DepartmentStatus } from './decide-department';
import { isUuid } from '../params';

export interface AdminDepartment {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  status: DepartmentStatus;
  contactName: string | null;
  contactEmail: string | null;
  applicationReason: string | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  decidedByEmail: string | null;
  createdAt: Date;
  /** The person who applied (the first department admin), if any. */
  requester: { name: string; email: string } | null;
  members: number;
  openPrograms: number;
  webhooks: number;
  heldDeliveries: number;
}

type Row = {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  status: DepartmentStatus;
  contact_name: string | null;
  contact_email: string | null;
  application_reason: string | null;
  decision_reason: string | null;
  decided_at: string | null;
  decided_by_email: string | null;
  created_at: string;
  requester_name: string | null;
  requester_email: string | null;
  members: number;
  open_programs: number;
  webhooks: number;
  held_deliveries: number;
};

const toDate = (v: string | Date | null) => (v === null ? null : new Date(v));

function toAdminDepartment(r: Row): AdminDepartment {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    acronym: r.acronym,
    status: r.status,
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    applicationReason: r.application_reason,
    decisionReason: r.decision_reason,
    decidedAt: toDate(r.decided_at),
    decidedByEmail: r.decided_by_email,
    createdAt: new Date(r.created_at),
    requester: r.requester_email ? { name: r.requester_name ?? r.requester_email, email: r.requester_email } : null,
    members: Number(r.members),
    openPrograms: Number(r.open_programs),
    webhooks: Number(r.webhooks),
    heldDeliveries: Number(r.held_deliveries),
  };
}

const SELECT = sql`
  select d.id, d.slug, d.name, d.acronym, d.status::text as status, d.contact_name, d.contact_email,
         d.application_reason, d.decision_reason, d.decided_at::text as decided_at, decider.email as decided_by_email,
         d.created_at::text as created_at, req.name as requester_name, req.email as requester_email,
         (select count(*)::int from memberships m where m.department_id = d.id) as members,
         (select count(*)::int from programs p where p.department_id = d.id and p.status = 'open') as open_programs,
         (select count(*)::int from webhooks w where w.department_id = d.id) as webhooks,
         (select count(*)::int from deliveries x where x.department_id = d.id and x.status = 'held') as held_deliveries
    from departments d
    left join users decider on decider.id = d.decided_by
    left join lateral (
      select u.name, u.email from memberships m join users u on u.id = m.user_id
       where m.department_id = d.id and m.role = 'admin'
       order by m.created_at, u.email limit 1
    ) req on true`;

/** Every department: pending applications first (oldest first), then the rest by name. */
export async function listDepartmentsForAdmin(q: Queryable): Promise<AdminDepartment[]> {
  const rows = await q.execute<Row>(sql`${SELECT}
    order by (d.status = 'pending') desc, case when d.status = 'pending' then d.created_at end asc, lower(d.name), d.id`);
  return rows.map(toAdminDepartment);
}


export interface DepartmentMember {
  name: string;
  email: string;
  role: 'admin' | 'staff';
}

export interface DepartmentHistoryEntry {
  at: Date;
  action: string;
  actorEmail: string | null;
  reason: string | null;
}

export interface AdminDepartmentDetail extends AdminDepartment {
  memberList: DepartmentMember[];
  /** Application and decisions, oldest first, from the audit log. */
  history: DepartmentHistoryEntry[];
}

export async function getDepartmentForAdmin(q: Queryable, id: unknown): Promise<AdminDepartmentDetail | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.execute<Row>(sql`${SELECT} where d.id = ${id}::uuid`);
  if (!row) return null;
  const members = await q.execute<{ name: string; email: string; role: 'admin' | 'staff' }>(sql`
    select u.name, u.email, m.role::text as role from memberships m join users u on u.id = m.user_id
     where m.department_id = ${id}::uuid order by m.role, lower(u.email)`);
  const history = await q.execute<{ at: string; action: string; actor_email: string | null; reason: string | null }>(sql`
    select at::text as at, action, actor_email, details->>'reason' as reason from audit_log
     where department_id = ${id}::uuid and action like 'department.%' order by id`);
  return {
    ...toAdminDepartment(row),
    memberList: members.map((m) => ({ name: m.name, email: m.email, role: m.role })),
    history: history.map((h) => ({ at: new Date(h.at), action: h.action, actorEmail: h.actor_email, reason: h.reason })),
  };
}

export interface OwnApplication {
  departmentId: string;
  name: string;
  acronym: string | null;
  status: DepartmentStatus;
  role: 'admin' | 'staff';
  appliedAt: Date;
  decidedAt: Date | null;
  /** The admin's reason: shown to members of a rejected or suspended department. */
  decisionReason: string | null;
}

/** The departments a user belongs to that are not approved, for their waiting page. */
export async function listOwnPendingDepartments(q: Queryable, userId: string): Promise<OwnApplication[]> {
  if (!isUuid(userId)) return [];
  const rows = await q.execute<{
    id: string;
    name: string;
    acronym: string | null;
    status: DepartmentStatus;
    role: 'admin' | 'staff';
    created_at: string;
    decided_at: string | null;
    decision_reason: string | null;
  }>(sql`
    select d.id, d.name, d.acronym, d.status::text as status, m.role::text as role, d.created_at::text as created_at,
           d.decided_at::text as decided_at, d.decision_reason
      from memberships m join departments d on d.id = m.department_id
     where m.user_id = ${userId}::uuid and d.status <> 'approved'
     order by lower(d.name)`);
  return rows.map((r) => ({
    departmentId: r.id,
    name: r.name,
    acronym: r.acronym,
    status: r.status,
    role: r.role,
    appliedAt: new Date(r.created_at),
    decidedAt: toDate(r.decided_at),
    // A pending department's old reason (none today) would be stale; only decisions carry one.
    decisionReason: r.status === 'rejected' || r.status === 'suspended' ? r.decision_reason : null,
  }));
}

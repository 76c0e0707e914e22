import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { InviteForm } from '@/components/dashboard/members/invite-form';
import { MembersTable } from '@/components/dashboard/members/members-table';
import { PendingInvitations } from '@/components/dashboard/members/pending-invitations';
import { guardDepartment } from '@/lib/auth/guard';
import { listPendingInvitations } from '@/lib/users/invitations';
import { listMembers } from '@/lib/users/members';

export const metadata: Metadata = { title: 'Members' };

/** The department's people (department admins): members and roles, pending invitations, invite. */
export default async function MembersPage({ params }: { params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  const g = await guardDepartment(dept, 'admin');
  if (!g) notFound();
  const slug = g.department.slug;
  const [members, invitations] = await Promise.all([listMembers(db, g.department.id), listPendingInvitations(db, g.department.id)]);
  return (
    <div className="space-y-8" data-testid="members-page">
      <section aria-labelledby="members-heading" className="space-y-4">
        <h2 id="members-heading" className="text-xl font-bold text-brand-900">
          Members
        </h2>
        <p className="max-w-3xl text-slate-700">
          Staff see the department&apos;s deliveries and leads; department admins also manage its webhooks, programs and members. A department always keeps at least one
          admin. Removing someone takes effect on their next click.
        </p>
        {members.length === 0 ? (
          <p className="rounded-lg border-2 border-dashed border-slate-300 p-4">No members yet: invite someone below.</p>
        ) : (
          <MembersTable dept={slug} departmentName={g.department.name} members={members} viewerId={g.viewer.userId} />
        )}
      </section>
      <section aria-labelledby="invite-heading" className="space-y-4">
        <h2 id="invite-heading" className="text-xl font-bold text-brand-900">
          Invite someone
        </h2>
        <p className="max-w-3xl text-slate-700">
          Puente makes a single-use link for the email you enter. Copy it and send it yourself (Puente does not send email). Whoever opens it creates their account with
          that email and joins {g.department.name}.
        </p>
        <InviteForm dept={slug} departmentName={g.department.name} />
      </section>
      <section aria-labelledby="invitations-heading" className="space-y-4">
        <h2 id="invitations-heading" className="text-xl font-bold text-brand-900">
          Pending invitations
        </h2>
        <PendingInvitations dept={slug} invitations={invitations} />
      </section>
    </div>
  );
}

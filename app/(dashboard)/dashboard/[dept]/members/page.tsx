import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { InviteForm } from '@/components/dashboard/members/invite-form';
import { MembersTable } from '@/components/dashboard/members/members-table';
import { PendingInvitations } from '@/components/dashboard/members/pending-invitations';
import { guardDepartment } from '@/lib/auth/guard';
import { getStaffI18n } from '@/lib/i18n/server';
import { listPendingInvitations } from '@/lib/users/invitations';
import { listMembers } from '@/lib/users/members';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.members.title };
}

/** The department's people (department admins): members and roles, pending invitations, invite. */
export default async function MembersPage({ params }: { params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  const g = await guardDepartment(dept, 'admin');
  if (!g) notFound();
  const slug = g.department.slug;
  const [members, invitations, { locale, m }] = await Promise.all([listMembers(db, g.department.id), listPendingInvitations(db, g.department.id), getStaffI18n(g.viewer)]);
  const t = m.members;
  return (
    <div className="space-y-8" data-testid="members-page">
      <section aria-labelledby="members-heading" className="space-y-4">
        <h2 id="members-heading" className="text-xl font-bold text-brand-900">
          {t.title}
        </h2>
        <p className="max-w-3xl text-slate-700">{t.intro}</p>
        {members.length === 0 ? (
          <p className="rounded-lg border-2 border-dashed border-slate-300 p-4">{t.empty}</p>
        ) : (
          <MembersTable dept={slug} departmentName={g.department.name} members={members} viewerId={g.viewer.userId} locale={locale} m={m} />
        )}
      </section>
      <section aria-labelledby="invite-heading" className="space-y-4">
        <h2 id="invite-heading" className="text-xl font-bold text-brand-900">
          {t.inviteTitle}
        </h2>
        <p className="max-w-3xl text-slate-700">{t.inviteIntro(g.department.name)}</p>
        <InviteForm dept={slug} departmentName={g.department.name} />
      </section>
      <section aria-labelledby="invitations-heading" className="space-y-4">
        <h2 id="invitations-heading" className="text-xl font-bold text-brand-900">
          {t.pendingTitle}
        </h2>
        <PendingInvitations dept={slug} invitations={invitations} locale={locale} m={m} />
      </section>
    </div>
  );
}

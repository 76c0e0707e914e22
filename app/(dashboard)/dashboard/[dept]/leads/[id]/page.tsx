import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { getDepartmentLead, listLeadDeliveries } from '@/db/queries/leads';
import { LeadDeliveries } from '@/components/dashboard/leads/lead-deliveries';
import { LeadDetails } from '@/components/dashboard/leads/lead-details';
import { textLink } from '@/components/ui/styles';
import { guardDepartment } from '@/lib/auth/guard';
import { getStaffI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.leads.leadTitle };
}

/** One lead, if it chose a program of this department; a 404 otherwise, same as a missing one. */
export default async function LeadPage({ params }: { params: Promise<{ dept: string; id: string }> }) {
  const { dept, id } = await params;
  const g = await guardDepartment(dept, 'staff');
  if (!g) notFound();
  const lead = await getDepartmentLead(db, g.department.id, id);
  if (!lead) notFound();
  const [deliveries, { locale, m }] = await Promise.all([listLeadDeliveries(db, g.department.id, lead.id), getStaffI18n(g.viewer)]);
  const slug = g.department.slug;
  return (
    <div className="space-y-6" data-testid="lead-page" data-lead-id={lead.id}>
      <Link href={`/dashboard/${slug}/leads`} className={textLink}>
        {m.leads.details.back}
      </Link>
      <h2 className="text-xl font-bold text-brand-900">
        {m.leads.leadTitle} <span className="font-mono">{lead.reference}</span>
      </h2>
      <LeadDetails lead={lead} locale={locale} m={m} />
      <LeadDeliveries dept={slug} deliveries={deliveries} m={m} />
    </div>
  );
}

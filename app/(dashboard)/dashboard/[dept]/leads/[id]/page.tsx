import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { getDepartmentLead, listLeadDeliveries } from '@/db/queries/leads';
import { LeadDeliveries } from '@/components/dashboard/leads/lead-deliveries';
import { LeadDetails } from '@/components/dashboard/leads/lead-details';
import { textLink } from '@/components/ui/styles';
import { guardDepartment } from '@/lib/auth/guard';

export const metadata: Metadata = { title: 'Lead' };

/** One lead, if it chose a program of this department; a 404 otherwise, same as a missing one. */
export default async function LeadPage({ params }: { params: Promise<{ dept: string; id: string }> }) {
  const { dept, id } = await params;
  const g = await guardDepartment(dept, 'staff');
  if (!g) notFound();
  const lead = await getDepartmentLead(db, g.department.id, id);
  if (!lead) notFound();
  const deliveries = await listLeadDeliveries(db, g.department.id, lead.id);
  const slug = g.department.slug;
  return (
    <div className="space-y-6" data-testid="lead-page" data-lead-id={lead.id}>
      <Link href={`/dashboard/${slug}/leads`} className={textLink}>
        ← Leads
      </Link>
      <h2 className="text-xl font-bold text-brand-900">
        Lead <span className="font-mono">{lead.reference}</span>
      </h2>
      <LeadDetails lead={lead} />
      <LeadDeliveries dept={slug} deliveries={deliveries} />
    </div>
  );
}

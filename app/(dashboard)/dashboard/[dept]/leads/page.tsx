import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { LeadsSearch } from '@/components/dashboard/leads/leads-search';
import { LeadsTable } from '@/components/dashboard/leads/leads-table';
import { buttonSecondary, textLink } from '@/components/ui/styles';
import { guardDepartment } from '@/lib/auth/guard';
import { leadParams, listLeadPage, parseLeadListParams } from '@/lib/leads/lead-filters';

export const metadata: Metadata = { title: 'Leads' };

/** Leads that chose a program of this department, newest first; staff and admins. */
export default async function LeadsPage({
  params,
  searchParams,
}: {
  params: Promise<{ dept: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { dept } = await params;
  const g = await guardDepartment(dept, 'staff');
  if (!g) notFound();
  const { filters, invalidCursor } = parseLeadListParams(await searchParams);
  const page = await listLeadPage(db, g.department.id, filters);
  const slug = g.department.slug;
  const base = `/dashboard/${slug}/leads`;
  const searchQs = leadParams(filters, { cursor: false }).toString();
  const exportHref = `${base}/export${searchQs ? `?${searchQs}` : ''}`;
  const nextQs = page.nextCursor ? new URLSearchParams({ ...(filters.search ? { q: filters.search } : {}), cursor: page.nextCursor }).toString() : null;
  const caption = [filters.search ? `Leads matching “${filters.search}”` : 'All leads', filters.cursor ? 'older page' : 'newest first'].join(', ');

  return (
    <div className="space-y-6" data-testid="leads-page">
      <div>
        <h2 className="text-xl font-bold text-brand-900">Leads</h2>
        <p className="text-slate-700">People who asked about at least one of this department&apos;s programs. Lead data is kept for a limited time.</p>
      </div>
      <LeadsSearch dept={slug} search={filters.search ?? ''} exportHref={exportHref} />
      {invalidCursor ? (
        <p role="status" className="font-semibold text-amber-900">
          That page link was not valid, so the newest leads are shown.
        </p>
      ) : null}
      {page.items.length === 0 ? (
        <p className="rounded-lg border-2 border-dashed border-slate-300 p-6 text-slate-700" data-testid="leads-empty">
          {filters.search ? 'No lead matches this search.' : filters.cursor ? 'No older leads.' : 'No leads yet.'}
        </p>
      ) : (
        <LeadsTable dept={slug} leads={page.items} caption={caption} />
      )}
      <nav aria-label="Pages of leads" className="flex flex-wrap gap-4">
        {filters.cursor ? (
          <Link href={`${base}${searchQs ? `?${searchQs}` : ''}`} className={textLink} data-testid="leads-newest">
            ← Newest leads
          </Link>
        ) : null}
        {nextQs ? (
          <Link href={`${base}?${nextQs}`} className={buttonSecondary} data-testid="leads-older">
            Older leads →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}

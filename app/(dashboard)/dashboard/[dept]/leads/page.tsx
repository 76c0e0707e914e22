import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { LeadsSearch } from '@/components/dashboard/leads/leads-search';
import { LeadsTable } from '@/components/dashboard/leads/leads-table';
import { buttonSecondary, textLink } from '@/components/ui/styles';
import { guardDepartment } from '@/lib/auth/guard';
import { getStaffI18n } from '@/lib/i18n/server';
import { leadParams, listLeadPage, parseLeadListParams } from '@/lib/leads/lead-filters';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.leads.title };
}

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
  const [page, { locale, m }] = await Promise.all([listLeadPage(db, g.department.id, filters), getStaffI18n(g.viewer)]);
  const t = m.leads;
  const slug = g.department.slug;
  const base = `/dashboard/${slug}/leads`;
  const searchQs = leadParams(filters, { cursor: false }).toString();
  const exportHref = `${base}/export${searchQs ? `?${searchQs}` : ''}`;
  const nextQs = page.nextCursor ? new URLSearchParams({ ...(filters.search ? { q: filters.search } : {}), cursor: page.nextCursor }).toString() : null;
  const caption = t.caption(filters.search, Boolean(filters.cursor));

  return (
    <div className="space-y-6" data-testid="leads-page">
      <div>
        <h2 className="text-xl font-bold text-brand-900">{t.title}</h2>
        <p className="text-slate-700">{t.intro}</p>
      </div>
      <LeadsSearch dept={slug} search={filters.search ?? ''} exportHref={exportHref} m={m} />
      {invalidCursor ? (
        <p role="status" className="font-semibold text-amber-900">
          {t.invalidCursor}
        </p>
      ) : null}
      {page.items.length === 0 ? (
        <p className="rounded-lg border-2 border-dashed border-slate-300 p-6 text-slate-700" data-testid="leads-empty">
          {filters.search ? t.noMatch : filters.cursor ? t.noOlder : t.none}
        </p>
      ) : (
        <LeadsTable dept={slug} leads={page.items} caption={caption} locale={locale} m={m} />
      )}
      <nav aria-label={t.pages} className="flex flex-wrap gap-4">
        {filters.cursor ? (
          <Link href={`${base}${searchQs ? `?${searchQs}` : ''}`} className={textLink} data-testid="leads-newest">
            {t.newest}
          </Link>
        ) : null}
        {nextQs ? (
          <Link href={`${base}?${nextQs}`} className={buttonSecondary} data-testid="leads-older">
            {t.older}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}

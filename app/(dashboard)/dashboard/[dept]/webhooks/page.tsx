import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { listDepartmentWebhooks } from '@/db/queries/webhooks';
import { WebhooksTable } from '@/components/dashboard/webhooks/webhooks-table';
import { buttonPrimary, textLink } from '@/components/ui/styles';
import { guardDepartment } from '@/lib/auth/guard';
import { getStaffI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.webhooks.titles.list };
}

/** The department's webhooks (staff and admins); admins can add one. */
export default async function WebhooksPage({
  params,
  searchParams,
}: {
  params: Promise<{ dept: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { dept } = await params;
  const g = await guardDepartment(dept, 'staff');
  if (!g) notFound();
  const slug = g.department.slug;
  const now = new Date();
  const [webhooks, sp, { locale, m }] = await Promise.all([listDepartmentWebhooks(db, g.department.id, now), searchParams, getStaffI18n(g.viewer)]);
  const canManage = g.role === 'admin';
  const t = m.webhooks.list;
  return (
    <div className="space-y-5" data-testid="webhooks-page">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 className="text-xl font-bold text-brand-900">{t.heading}</h2>
        {canManage ? (
          <Link href={`/dashboard/${slug}/webhooks/new`} className={buttonPrimary} data-testid="add-webhook">
            {t.add}
          </Link>
        ) : null}
      </div>
      {sp.deleted === '1' ? (
        <p role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900" data-testid="webhook-deleted-notice">
          {t.deleted}
        </p>
      ) : null}
      <p className="max-w-3xl text-slate-700">
        {t.introBeforePost}
        <code>POST</code>
        {t.introAfterPost}
        <Link href={m.api.docs.guide} className={textLink} data-testid="receiver-guide-link">
          {t.guideLink}
        </Link>
        {t.introEnd}
      </p>
      {webhooks.length === 0 ? (
        <div className="rounded-lg border-2 border-dashed border-slate-300 p-6 text-slate-800" data-testid="webhooks-empty">
          <p className="font-semibold">{t.empty}</p>
          <p>{canManage ? t.emptyAdmin : t.emptyStaff}</p>
        </div>
      ) : (
        <WebhooksTable dept={slug} webhooks={webhooks} now={now.getTime()} locale={locale} m={m} />
      )}
    </div>
  );
}

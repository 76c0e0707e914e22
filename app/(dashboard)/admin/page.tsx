import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { getAdminOverview } from '@/db/queries/admin-overview';
import { DepartmentsHealth } from '@/components/admin/overview/departments-health';
import { EndpointsAttention } from '@/components/admin/overview/endpoints-attention';
import { QueueDepthChart } from '@/components/admin/overview/queue-depth';
import { SuccessRateChart } from '@/components/admin/overview/success-rate-chart';
import { guardPlatformAdmin } from '@/lib/auth/guard';
import { getStaffI18n } from '@/lib/i18n/server';
import { PLATFORM_TIME_ZONE, PLATFORM_TIME_ZONE_LABEL } from '@/lib/time';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.admin.area.heading };
}
export const dynamic = 'force-dynamic';

/** The platform at a glance (platform admins): departments and their webhooks' health, delivery success, the queue. */
export default async function AdminOverviewPage() {
  const viewer = await guardPlatformAdmin();
  if (!viewer) notFound();
  const { locale, m } = await getStaffI18n(viewer);
  const t = m.admin.overview;
  const o = await getAdminOverview(db, { timeZone: PLATFORM_TIME_ZONE });
  const now = new Date(o.generatedAt).getTime();
  const problems = o.departments.filter((d) => d.health === 'disabled' || d.health === 'failing').length;
  const pending = o.departments.filter((d) => d.status === 'pending').length;
  return (
    <div className="space-y-8" data-testid="admin-overview-page">
      <h2 className="sr-only">{t.heading}</h2>
      <section aria-labelledby="deliveries-heading" className="space-y-4 rounded-lg border-2 border-slate-200 p-4">
        <h3 id="deliveries-heading" className="text-lg font-bold text-brand-900">
          {t.deliveries}
        </h3>
        <div className="grid gap-6 lg:grid-cols-2">
          <SuccessRateChart id="h24" period={m.admin.chart.last24h} buckets={o.hourly} unit="hour" locale={locale} />
          <SuccessRateChart id="d7" period={m.admin.chart.last7d} buckets={o.daily} unit="day" locale={locale} />
        </div>
        <QueueDepthChart queue={o.queue} now={now} locale={locale} />
        <p className="text-xs text-slate-600">{t.note(PLATFORM_TIME_ZONE_LABEL)}</p>
      </section>

      <section aria-labelledby="endpoints-heading" className="space-y-3">
        <h3 id="endpoints-heading" className="text-lg font-bold text-brand-900">
          {t.endpoints}
        </h3>
        <EndpointsAttention endpoints={o.endpoints} m={m} />
      </section>

      <section aria-labelledby="departments-health-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 id="departments-health-heading" className="text-lg font-bold text-brand-900">
            {t.departments}
          </h3>
          <p className="text-sm text-slate-700" data-testid="departments-summary">
            {t.summary(o.departments.length, problems, pending)}
          </p>
        </div>
        <DepartmentsHealth departments={o.departments} locale={locale} />
      </section>
    </div>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import {
  listProgramOptions,
  listWebhookOptions,
  webhookDeliveryStats,
  type DeliveryFilters,
  type ProgramOption,
  type WebhookOption,
} from '@/db/queries/deliveries';
import { DeliveryFiltersForm } from '@/components/dashboard/deliveries/delivery-filters';
import { DeliveryLog } from '@/components/dashboard/deliveries/delivery-log';
import { formatDay } from '@/components/dashboard/deliveries/format';
import { RecoverForm } from '@/components/dashboard/deliveries/recover-form';
import { statusLabel } from '@/components/dashboard/deliveries/status-badge';
import { WebhookCharts } from '@/components/dashboard/deliveries/webhook-charts';
import { guardDepartment } from '@/lib/auth/guard';
import type { Locale } from '@/lib/i18n/locale';
import { getStaffI18n } from '@/lib/i18n/server';
import type { StaffMessages } from '@/lib/i18n/staff';
import { filtersToSearchParams, parseDeliveryFilters } from '@/lib/delivery/delivery-filters';
import { listDeliveryLog } from '@/lib/delivery/delivery-log';
import { PLATFORM_TIME_ZONE, toLocalInputValue } from '@/lib/time';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.deliveries.titles.log };
}

/** What the log shows, in words, for its caption: "Entregas a todos los webhooks, estado fallida, desde el 1 may 2026". */
function caption(f: DeliveryFilters, webhooks: WebhookOption[], programs: ProgramOption[], locale: Locale, m: StaffMessages): string {
  const t = m.deliveries.caption;
  const parts: string[] = [];
  const w = f.webhookId ? webhooks.find((x) => x.id === f.webhookId) : undefined;
  parts.push(f.webhookId ? t.toWebhook(w?.url ?? t.unknownWebhook) : t.allWebhooks);
  if (f.status) parts.push(t.status(statusLabel(f.status, m).toLowerCase()));
  if (f.event) parts.push(t.event(f.event));
  if (f.programId) parts.push(t.program(programs.find((p) => p.id === f.programId)?.title ?? t.unknownProgram));
  if (f.from) parts.push(t.from(formatDay(`${f.from}T12:00:00Z`, locale), f.from.slice(0, 4)));
  if (f.to) parts.push(t.to(formatDay(`${f.to}T12:00:00Z`, locale), f.to.slice(0, 4)));
  if (f.cursor) parts.push(t.olderPage);
  return parts.join(', ');
}

export default async function DeliveriesPage({
  params,
  searchParams,
}: {
  params: Promise<{ dept: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { dept } = await params;
  const g = await guardDepartment(dept, 'staff');
  if (!g) notFound();
  // Invalid filters are ignored (and named on the page), never an error.
  const { filters, invalid } = parseDeliveryFilters(await searchParams);
  const departmentId = g.department.id;
  const [page, webhooks, programs, { locale, m }] = await Promise.all([
    listDeliveryLog(db, departmentId, filters),
    listWebhookOptions(db, departmentId),
    listProgramOptions(db, departmentId, g.viewer.locale),
    getStaffI18n(g.viewer),
  ]);
  const webhook = filters.webhookId ? webhooks.find((w) => w.id === filters.webhookId) : undefined;
  const now = new Date();
  const stats = webhook ? await webhookDeliveryStats(db, departmentId, webhook.id, { timeZone: PLATFORM_TIME_ZONE, now }) : null;
  const slug = g.department.slug;

  return (
    <div className="space-y-6" data-testid="deliveries-page">
      <DeliveryFiltersForm dept={slug} filters={filters} webhooks={webhooks} programs={programs} ignored={invalid} m={m} />
      {webhook && stats ? <WebhookCharts stats={stats} webhookUrl={webhook.url} locale={locale} m={m} /> : null}
      {webhook && g.role === 'admin' ? (
        <section className="rounded-lg border-2 border-slate-200 p-4">
          <RecoverForm dept={slug} webhookId={webhook.id} defaultSince={toLocalInputValue(new Date(now.getTime() - 86_400_000))} />
        </section>
      ) : null}
      <DeliveryLog
        dept={slug}
        query={filtersToSearchParams(filters).toString()}
        baseQuery={filtersToSearchParams(filters, { cursor: false }).toString()}
        initial={{ ...page, serverTime: now.toISOString() }}
        caption={caption(filters, webhooks, programs, locale, m)}
      />
    </div>
  );
}

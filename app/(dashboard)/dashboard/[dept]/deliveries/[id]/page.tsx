import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { isUuid } from '@/lib/params';
import { deliveryDetailForViewer } from '@/lib/delivery/delivery-detail';
import { DeliveryDetailView } from '@/components/dashboard/deliveries/delivery-detail';
import { textLink } from '@/components/ui/styles';
import { guardDepartment } from '@/lib/auth/guard';
import { getStaffI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.deliveries.titles.delivery };
}

export default async function DeliveryPage({
  params,
  searchParams,
}: {
  params: Promise<{ dept: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { dept, id } = await params;
  const g = await guardDepartment(dept, 'staff');
  if (!g) notFound();
  if (!isUuid(id)) notFound();
  const raw = (await searchParams).attempt;
  const wanted = Array.isArray(raw) ? raw[0] : raw;
  const attempt = isUuid(wanted) ? wanted.toLowerCase() : null;
  const [detail, { m }] = await Promise.all([deliveryDetailForViewer(db, g.department.id, id.toLowerCase(), attempt), getStaffI18n(g.viewer)]);
  if (!detail) notFound();
  // Follow the latest attempt unless one that exists was asked for.
  const initialAttempt = attempt && detail.selected?.id === attempt && detail.attempts[0]?.id !== attempt ? attempt : null;
  return (
    <div className="space-y-4" data-testid="delivery-page">
      <Link href={`/dashboard/${g.department.slug}/deliveries`} className={textLink}>
        {m.deliveries.backToLog}
      </Link>
      <DeliveryDetailView dept={g.department.slug} id={detail.delivery.id} initial={{ ...detail, serverTime: new Date().toISOString() }} initialAttempt={initialAttempt} />
    </div>
  );
}

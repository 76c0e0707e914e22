import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { listWebhookProgramOptions } from '@/db/queries/webhooks';
import { CreateWebhookForm } from '@/components/dashboard/webhooks/create-webhook-form';
import { textLink } from '@/components/ui/styles';
import { guardDepartment } from '@/lib/auth/guard';
import { env } from '@/lib/env';
import { getStaffI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.webhooks.titles.add };
}

/** Department admins only; staff get the same 404 as a stranger. */
export default async function NewWebhookPage({ params }: { params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  const g = await guardDepartment(dept, 'admin');
  if (!g) notFound();
  const [programs, { m }] = await Promise.all([listWebhookProgramOptions(db, g.department.id, g.viewer.locale), getStaffI18n(g.viewer)]);
  return (
    <div className="space-y-4" data-testid="new-webhook-page">
      <p>
        <Link href={`/dashboard/${g.department.slug}/webhooks`} className={textLink}>
          {m.webhooks.backToList}
        </Link>
      </p>
      <CreateWebhookForm dept={g.department.slug} programs={programs} defaultMaxInFlight={env().PUENTE_WEBHOOK_MAX_IN_FLIGHT} />
    </div>
  );
}

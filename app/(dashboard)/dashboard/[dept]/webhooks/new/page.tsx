import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { listWebhookProgramOptions } from '@/db/queries/webhooks';
import { CreateWebhookForm } from '@/components/dashboard/webhooks/create-webhook-form';
import { textLink } from '@/components/ui/styles';
import { guardDepartment } from '@/lib/auth/guard';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Add webhook' };

/** Department admins only; staff get the same 404 as a stranger. */
export default async function NewWebhookPage({ params }: { params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  const g = await guardDepartment(dept, 'admin');
  if (!g) notFound();
  const programs = await listWebhookProgramOptions(db, g.department.id);
  return (
    <div className="space-y-4" data-testid="new-webhook-page">
      <p>
        <Link href={`/dashboard/${g.department.slug}/webhooks`} className={textLink}>
          ← Webhooks
        </Link>
      </p>
      <CreateWebhookForm dept={g.department.slug} programs={programs} defaultMaxInFlight={env().PUENTE_WEBHOOK_MAX_IN_FLIGHT} />
    </div>
  );
}

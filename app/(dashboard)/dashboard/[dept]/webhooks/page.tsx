import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { listDepartmentWebhooks } from '@/db/queries/webhooks';
import { WebhooksTable } from '@/components/dashboard/webhooks/webhooks-table';
import { buttonPrimary, textLink } from '@/components/ui/styles';
import { guardDepartment } from '@/lib/auth/guard';

export const metadata: Metadata = { title: 'Webhooks' };

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
  const [webhooks, sp] = await Promise.all([listDepartmentWebhooks(db, g.department.id, now), searchParams]);
  const canManage = g.role === 'admin';
  return (
    <div className="space-y-5" data-testid="webhooks-page">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 className="text-xl font-bold text-brand-900">Webhooks</h2>
        {canManage ? (
          <Link href={`/dashboard/${slug}/webhooks/new`} className={buttonPrimary} data-testid="add-webhook">
            Add webhook
          </Link>
        ) : null}
      </div>
      {sp.deleted === '1' ? (
        <p role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900" data-testid="webhook-deleted-notice">
          Webhook deleted.
        </p>
      ) : null}
      <p className="max-w-3xl text-slate-700">
        Each lead for one of the department&apos;s programs is sent as a signed <code>POST</code> to every active webhook that covers it. Your developers can find how to
        receive and verify them in Puente&apos;s{' '}
        <Link href={`/dashboard/${slug}/webhooks/receiver-guide`} className={textLink} data-testid="receiver-guide-link">
          receiver guide
        </Link>
        .
      </p>
      {webhooks.length === 0 ? (
        <div className="rounded-lg border-2 border-dashed border-slate-300 p-6 text-slate-800" data-testid="webhooks-empty">
          <p className="font-semibold">No webhooks yet.</p>
          <p>{canManage ? 'Add one to start receiving leads in your own system.' : 'A department admin can add one.'}</p>
        </div>
      ) : (
        <WebhooksTable dept={slug} webhooks={webhooks} now={now.getTime()} />
      )}
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { listWebhookProgramOptions, recoverySince } from '@/db/queries/webhooks';
import { BreakerNotice, LiveWebhookStateBadge } from '@/components/dashboard/webhooks/breaker-notice';
import { DeleteWebhook } from '@/components/dashboard/webhooks/delete-webhook';
import { EditWebhookForm } from '@/components/dashboard/webhooks/edit-webhook-form';
import { EnableToggle } from '@/components/dashboard/webhooks/enable-toggle';
import { FailureRecovery } from '@/components/dashboard/webhooks/failure-recovery';
import { formatDateTime } from '@/components/dashboard/webhooks/format';
import { formValuesFromWebhook } from '@/components/dashboard/webhooks/form-values';
import { PingButton } from '@/components/dashboard/webhooks/ping-button';
import { RecoverForm } from '@/components/dashboard/deliveries/recover-form';
import { leadsWhileDisabled, type MissingInfo } from '@/components/dashboard/webhooks/missing';
import { ReplayMissing } from '@/components/dashboard/webhooks/replay-missing';
import { RotateSecret } from '@/components/dashboard/webhooks/rotate-secret';
import { SecretPanel } from '@/components/dashboard/webhooks/secret-panel';
import { TestLeadButton } from '@/components/dashboard/webhooks/test-lead-button';
import { VerifyLink } from '@/components/dashboard/webhooks/verify-link';
import { WebhookSummary } from '@/components/dashboard/webhooks/webhook-summary';
import { textLink } from '@/components/ui/styles';
import { guardDepartment } from '@/lib/auth/guard';
import { ENVELOPE_VERSION, isEnvelopeVersion } from '@/lib/delivery/envelope';
import { env } from '@/lib/env';
import { getStaffI18n } from '@/lib/i18n/server';
import { toLocalInputValue } from '@/lib/time';
import { getDepartmentWebhook } from '@/lib/webhooks/get-department-webhook';
import { countMissingDeliveries } from '@/lib/webhooks/replay-missing';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.webhooks.titles.manage };
}

const panel = 'space-y-3 rounded-lg border-2 border-slate-200 p-4';
const h2 = 'text-lg font-bold text-brand-900';

/** Postgres's text form of a timestamptz → ISO, or null. */
function isoOrNull(value: string | null): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/**
 * "Manage webhook": settings, secret, ping, enable/disable, recover, replay missing, delete.
 * Staff see it read-only and may ping. While the webhook's circuit breaker is open a banner says
 * it is paused (then probing). A malformed id, a missing webhook and another department's
 * webhook are the same 404.
 */
export default async function WebhookPage({ params }: { params: Promise<{ dept: string; id: string }> }) {
  const { dept, id } = await params;
  const g = await guardDepartment(dept, 'staff');
  if (!g) notFound();
  const webhook = await getDepartmentWebhook(db, g.department.id, id);
  if (!webhook) notFound();
  const [programs, skipped, { m }] = await Promise.all([listWebhookProgramOptions(db, g.department.id, g.viewer.locale), countMissingDeliveries(db, webhook.id), getStaffI18n(g.viewer)]);
  const t = m.webhooks.page;
  const slug = g.department.slug;
  const canManage = g.role === 'admin';
  const now = new Date();
  const since = recoverySince(webhook);
  const deliveriesHref = `/dashboard/${slug}/deliveries?webhook=${webhook.id}`;
  const enabled = webhook.active && !webhook.disabledAt;
  const missing: MissingInfo | null = skipped.count > 0 ? { count: skipped.count, since: isoOrNull(skipped.since) } : null;
  const serverTime = now.toISOString();
  const defaultMaxInFlight = env().PUENTE_WEBHOOK_MAX_IN_FLIGHT;
  // The envelope version it gets: pinned (a version no longer known counts as unpinned, as the engine does) or always the newest.
  const pinned = isEnvelopeVersion(webhook.envelopeVersion) ? webhook.envelopeVersion : null;
  const envelope = m.api.envelope;
  const envelopeText = !pinned ? envelope.newest(ENVELOPE_VERSION) : pinned === ENVELOPE_VERSION ? envelope.pinnedNewest(pinned) : envelope.pinnedOlder(pinned, ENVELOPE_VERSION);

  return (
    <div className="space-y-6" data-testid="webhook-page" data-webhook-id={webhook.id}>
      <p>
        <Link href={`/dashboard/${slug}/webhooks`} className={textLink}>
          {m.webhooks.backToList}
        </Link>
      </p>
      <header className="space-y-2">
        <h2 className="text-xl font-bold text-brand-900">
          <span className="sr-only">{t.srWebhook}</span>
          <span className="break-all font-mono" data-testid="webhook-url">
            {webhook.url}
          </span>
        </h2>
        {webhook.description ? <p className="text-slate-800">{webhook.description}</p> : null}
        <p className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700">
          <LiveWebhookStateBadge
            active={webhook.active}
            disabledAt={webhook.disabledAt?.toISOString() ?? null}
            nextProbeAt={webhook.nextProbeAt?.toISOString() ?? null}
            serverTime={serverTime}
          />
          <span>{t.added(formatDateTime(webhook.createdAt))}</span>
          <Link href={deliveriesHref} className={textLink} data-testid="recent-deliveries">
            {t.recentDeliveries}
          </Link>
        </p>
        <p className="text-sm text-slate-700" data-testid="envelope-version" data-pinned={pinned ?? ''}>
          {envelope.label}:{' '}
          <Link href={m.api.docs.changelog} className={textLink}>
            {envelopeText}
          </Link>
        </p>
      </header>

      <BreakerNotice
        enabled={enabled}
        serverTime={serverTime}
        breaker={{
          nextProbeAt: webhook.nextProbeAt?.toISOString() ?? null,
          coolingSince: webhook.coolingSince?.toISOString() ?? null,
          consecutiveFailures: webhook.consecutiveFailures,
        }}
      />

      <FailureRecovery
        dept={slug}
        webhookId={webhook.id}
        canManage={canManage}
        missing={missing}
        disabled={
          webhook.disabledAt && since
            ? { reason: webhook.disabledReason, disabledAt: webhook.disabledAt.toISOString(), recoverSince: since.toISOString() }
            : null
        }
      />

      <ReplayMissing dept={slug} webhookId={webhook.id} canManage={canManage} missing={enabled ? missing : null} />

      <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0">
          {canManage ? (
            <EditWebhookForm
              dept={slug}
              webhookId={webhook.id}
              version={webhook.updatedAt.toISOString()}
              initial={formValuesFromWebhook(webhook)}
              programs={programs}
              defaultMaxInFlight={defaultMaxInFlight}
            />
          ) : (
            <WebhookSummary webhook={webhook} programs={programs} defaultMaxInFlight={defaultMaxInFlight} m={m} />
          )}
        </div>
        <aside className="space-y-5" aria-label={t.actions}>
          <section className={panel} aria-labelledby="webhook-test-title">
            <h2 id="webhook-test-title" className={h2}>
              {t.testTitle}
            </h2>
            <p className="text-sm text-slate-700">{t.testHint}</p>
            <PingButton dept={slug} webhookId={webhook.id} />
            <TestLeadButton dept={slug} webhookId={webhook.id} />
          </section>
          <section className={panel} aria-labelledby="webhook-secret-title">
            <h2 id="webhook-secret-title" className={h2}>
              {t.secretTitle}
            </h2>
            <SecretPanel
              key={webhook.secretMasked}
              dept={slug}
              webhookId={webhook.id}
              masked={webhook.secretMasked}
              previousValidUntil={webhook.previousSecretValidUntil?.toISOString() ?? null}
              canReveal={canManage}
            />
            {canManage ? <RotateSecret dept={slug} webhookId={webhook.id} /> : null}
            <p className="text-sm">
              <VerifyLink />
            </p>
          </section>
          {canManage ? (
            <>
              <section className={panel} aria-labelledby="webhook-enable-title">
                <h2 id="webhook-enable-title" className={h2}>
                  {enabled ? t.disableTitle : t.enableTitle}
                </h2>
                <p className="text-sm text-slate-700">{enabled ? t.disableHint : t.enableHint}</p>
                {!enabled && missing ? (
                  <p className="text-sm text-slate-700" data-testid="enable-missing">
                    {leadsWhileDisabled(missing, m)} {t.enableMissing}
                  </p>
                ) : null}
                <EnableToggle dept={slug} webhookId={webhook.id} enabled={enabled} />
              </section>
              <section className={panel}>
                <RecoverForm dept={slug} webhookId={webhook.id} defaultSince={toLocalInputValue(new Date(now.getTime() - 86_400_000))} />
              </section>
              <section className={`${panel} border-red-200`} aria-labelledby="webhook-delete-title">
                <h2 id="webhook-delete-title" className={h2}>
                  {t.deleteTitle}
                </h2>
                <DeleteWebhook dept={slug} webhookId={webhook.id} url={webhook.url} />
              </section>
            </>
          ) : null}
        </aside>
      </div>
    </div>
  );
}

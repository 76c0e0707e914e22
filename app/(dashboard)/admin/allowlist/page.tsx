import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { AddAllowlistForm } from '@/components/admin/allowlist/add-allowlist-form';
import { AllowlistTable } from '@/components/admin/allowlist/allowlist-table';
import { guardPlatformAdmin } from '@/lib/auth/guard';
import { allowlistFromEnv, listAllowlist } from '@/lib/delivery/allowlist';
import { getStaffI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.admin.area.pageTitle(m.admin.allowlist.title) };
}
export const dynamic = 'force-dynamic';

/** The SSRF allowlist (platform admins): private ranges of on-premises receivers that webhooks may reach. */
export default async function AllowlistPage() {
  const viewer = await guardPlatformAdmin();
  if (!viewer) notFound();
  const { m } = await getStaffI18n(viewer);
  const t = m.admin.allowlist;
  const [entries, fromEnv] = [await listAllowlist(db), allowlistFromEnv()];
  return (
    <div className="space-y-6" data-testid="allowlist-page">
      <div className="max-w-3xl space-y-2">
        <h2 id="allowlist-heading" className="text-xl font-bold text-brand-900">
          {t.heading}
        </h2>
        <p className="text-slate-800">{t.intro}</p>
      </div>
      {entries.length === 0 ? (
        <p className="rounded-lg border-2 border-dashed border-slate-300 p-4 text-slate-800" data-testid="allowlist-empty">
          {t.empty}
        </p>
      ) : (
        <AllowlistTable entries={entries} m={m} />
      )}
      {fromEnv.length > 0 ? (
        <section aria-labelledby="allowlist-env-heading" className="space-y-2">
          <h3 id="allowlist-env-heading" className="font-semibold text-slate-900">
            {t.fromEnvHeading}
          </h3>
          <p className="text-sm text-slate-700">
            {t.fromEnvBefore}
            <code>PUENTE_SSRF_ALLOW_CIDRS</code>
            {t.fromEnvAfter}
          </p>
          <ul className="flex flex-wrap gap-2" data-testid="allowlist-env">
            {fromEnv.map((c) => (
              <li key={c} className="rounded-md border-2 border-slate-300 bg-slate-50 px-2 py-1 font-mono text-sm">
                {c}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <AddAllowlistForm />
    </div>
  );
}

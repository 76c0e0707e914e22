import { db } from '@/db/client';
import { getAlertPreferences } from '@/lib/alerts/preferences';
import type { Viewer } from '@/lib/auth/viewer';
import type { StaffMessages } from '@/lib/i18n/staff';
import { AlertPreferencesForm } from './alert-preferences-form';

/** The account page's "Failure alerts" section. */
export async function AlertPreferences({ viewer, m }: { viewer: Viewer; m: StaffMessages }) {
  const p = await getAlertPreferences(db, viewer);
  return (
    <section aria-labelledby="account-alerts" className="space-y-3">
      <h2 id="account-alerts" className="text-xl font-bold text-brand-900">
        {m.account.alerts.heading}
      </h2>
      <AlertPreferencesForm receives={p.receives} defaultOn={p.defaultOn} locale={p.locale} />
    </section>
  );
}

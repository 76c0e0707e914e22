import { db } from '@/db/client';
import { getAlertPreferences } from '@/lib/alerts/preferences';
import type { Viewer } from '@/lib/auth/viewer';
import { AlertPreferencesForm } from './alert-preferences-form';

/** The account page's "Failure alerts" section. */
export async function AlertPreferences({ viewer }: { viewer: Viewer }) {
  const p = await getAlertPreferences(db, viewer);
  return (
    <section aria-labelledby="account-alerts" className="space-y-3">
      <h2 id="account-alerts" className="text-xl font-bold text-brand-900">
        Failure alerts
      </h2>
      <AlertPreferencesForm receives={p.receives} defaultOn={p.defaultOn} locale={p.locale} />
    </section>
  );
}

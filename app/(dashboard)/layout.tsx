import { DashboardProviders } from '@/components/dashboard/providers';
import { StaffI18nProvider } from '@/components/dashboard/staff-i18n';
import { getStaffLocale } from '@/lib/i18n/server';

/**
 * Staff screens speak the signed-in person's language (Spanish unless they chose English),
 * whatever `<html lang>` the public site's cookie gave the document; the wrapper says which.
 */
export default async function DashboardGroupLayout({ children }: { children: React.ReactNode }) {
  const locale = await getStaffLocale();
  return (
    <div lang={locale} className="contents">
      <StaffI18nProvider locale={locale}>
        <DashboardProviders>{children}</DashboardProviders>
      </StaffI18nProvider>
    </div>
  );
}

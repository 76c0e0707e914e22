import { DashboardProviders } from '@/components/dashboard/providers';

/** The dashboard speaks English whatever the public site's language cookie says (`<html lang>`). */
export default function DashboardGroupLayout({ children }: { children: React.ReactNode }) {
  return (
    <div lang="en" className="contents">
      <DashboardProviders>{children}</DashboardProviders>
    </div>
  );
}

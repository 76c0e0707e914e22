import { DashboardProviders } from '@/components/dashboard/providers';

export default function DashboardGroupLayout({ children }: { children: React.ReactNode }) {
  return <DashboardProviders>{children}</DashboardProviders>;
}

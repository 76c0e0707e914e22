import { PublicShell } from '@/components/public/public-shell';
import { getI18n } from '@/lib/i18n/server';

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const { locale, m } = await getI18n();
  return (
    <PublicShell m={m} locale={locale}>
      {children}
    </PublicShell>
  );
}

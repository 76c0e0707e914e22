import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { STAFF_AREA_HEADER } from '@/lib/i18n/locale';
import { getI18n, getLocale, getStaffLocale } from '@/lib/i18n/server';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return {
    title: { default: `${m.meta.siteName} · ${m.meta.homeTitle}`, template: `%s · ${m.meta.siteName}` },
    description: m.meta.description,
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const staff = (await headers()).get(STAFF_AREA_HEADER) === '1';
  const locale = staff ? await getStaffLocale() : await getLocale();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}

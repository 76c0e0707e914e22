import type { Metadata } from 'next';
import { getI18n } from '@/lib/i18n/server';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return {
    title: { default: `${m.meta.siteName} · ${m.meta.homeTitle}`, template: `%s · ${m.meta.siteName}` },
    description: m.meta.description,
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale } = await getI18n();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}

import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/public/not-found-content';
import { PublicShell } from '@/components/public/public-shell';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.meta.notFoundTitle };
}

/** The 404 for URLs that match no route: rendered in the root layout only, so it brings the shell. */
export default async function NotFound() {
  const { locale, m } = await getI18n();
  return (
    <PublicShell m={m} locale={locale}>
      <NotFoundContent m={m} />
    </PublicShell>
  );
}

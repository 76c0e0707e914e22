import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/public/not-found-content';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.meta.notFoundTitle };
}

/** notFound() in a public page (unknown program, reference…): rendered inside the public layout. */
export default async function PublicNotFound() {
  const { m } = await getI18n();
  return <NotFoundContent m={m} />;
}

import type { Metadata } from 'next';
import { ChangelogPage, changelogMetadata } from '@/components/docs/api-reference';

/** What each envelope version changed, in Spanish. */
export function generateMetadata(): Metadata {
  return changelogMetadata('es');
}

export default function ChangelogEs() {
  return <ChangelogPage locale="es" />;
}

import type { Metadata } from 'next';
import { ChangelogPage, changelogMetadata } from '@/components/docs/api-reference';

/** What each envelope version changed, in English. */
export function generateMetadata(): Metadata {
  return changelogMetadata('en');
}

export default function ChangelogEn() {
  return <ChangelogPage locale="en" />;
}

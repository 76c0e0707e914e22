import type { Metadata } from 'next';
import { ApiReferencePage, apiReferenceMetadata } from '@/components/docs/api-reference';

/** The API reference in English, read from the published OpenAPI document. */
export function generateMetadata(): Metadata {
  return apiReferenceMetadata('en');
}

export default function ApiReferenceEn() {
  return <ApiReferencePage locale="en" />;
}

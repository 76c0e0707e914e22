import type { Metadata } from 'next';
import { ApiReferencePage, apiReferenceMetadata } from '@/components/docs/api-reference';

/** The API reference in Spanish, read from the published OpenAPI document. */
export function generateMetadata(): Metadata {
  return apiReferenceMetadata('es');
}

export default function ApiReferenceEs() {
  return <ApiReferencePage locale="es" />;
}

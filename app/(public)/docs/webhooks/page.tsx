import type { Metadata } from 'next';
import { WebhookGuidePage, webhookGuideMetadata } from '@/components/docs/webhook-guide-page';

/** The receiver guide in Spanish, whatever the visitor's language cookie says (/en/docs/webhooks is the English one). */
export function generateMetadata(): Metadata {
  return webhookGuideMetadata('es');
}

export default function ReceiverGuideEs() {
  return <WebhookGuidePage locale="es" />;
}

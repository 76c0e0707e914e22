import type { Metadata } from 'next';
import { WebhookGuidePage, webhookGuideMetadata } from '@/components/docs/webhook-guide-page';

/** The receiver guide in English, whatever the visitor's language cookie says (/docs/webhooks is the Spanish one). */
export function generateMetadata(): Metadata {
  return webhookGuideMetadata('en');
}

export default function ReceiverGuideEn() {
  return <WebhookGuidePage locale="en" />;
}

import type { Metadata } from 'next';
import { GUIDE_PATHS, buildGuide, webhookGuide } from '@/lib/docs/webhook-guide';
import { deliveryFacts } from '@/lib/docs/webhook-guide/facts';
import { guideSamples } from '@/lib/docs/webhook-guide/samples';
import type { Locale } from '@/lib/i18n/locale';
import { WebhookGuideView } from './webhook-guide';

/**
 * What /docs/webhooks (Spanish) and /en/docs/webhooks (English) render: each page passes its own
 * locale, so the guide's language is the address's, never the visitor's cookie.
 */
export async function WebhookGuidePage({ locale }: { locale: Locale }) {
  const { guide, snippets } = await webhookGuide(locale);
  return <WebhookGuideView guide={guide} snippets={snippets} />;
}

export function webhookGuideMetadata(locale: Locale): Metadata {
  const guide = buildGuide(locale, deliveryFacts(), guideSamples());
  return {
    title: guide.metaTitle,
    description: guide.metaDescription,
    alternates: { canonical: GUIDE_PATHS[locale], languages: { es: GUIDE_PATHS.es, en: GUIDE_PATHS.en } },
  };
}

/** The receiver guide for one language, with the programs it shows: what the two public pages render. */
import type { Locale } from '../../i18n/locale';
import { guideEn } from './en';
import { guideEs } from './es';
import { deliveryFacts, type GuideFacts } from './facts';
import { guideSamples, type GuideSamples } from './samples';
import { readSnippets } from './snippets';
import type { SnippetId, WebhookGuide } from './types';

export function buildGuide(locale: Locale, facts: GuideFacts, samples: GuideSamples): WebhookGuide {
  return locale === 'en' ? guideEn(facts, samples) : guideEs(facts, samples);
}

export async function webhookGuide(locale: Locale): Promise<{ guide: WebhookGuide; snippets: Record<SnippetId, string> }> {
  const guide = buildGuide(locale, deliveryFacts(), guideSamples());
  return { guide, snippets: await readSnippets() };
}

/** The guide's address in each language. */
export const GUIDE_PATHS: Record<Locale, string> = { es: '/docs/webhooks', en: '/en/docs/webhooks' };

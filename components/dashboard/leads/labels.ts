/** A lead's enumerated answers in the viewer's language, from the public form's own words. */
import type { Locale } from '@/lib/i18n/locale';
import { getMessages } from '@/lib/i18n/messages';

export function businessStageLabel(v: string, locale: Locale): string {
  return (getMessages(locale).businessStages as Record<string, string>)[v] ?? v;
}

export function sectorLabel(v: string, locale: Locale): string {
  return (getMessages(locale).sectors as Record<string, string>)[v] ?? v;
}

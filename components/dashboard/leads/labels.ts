import { getMessages } from '@/lib/i18n/messages';

const en = getMessages('en');

export function businessStageLabel(v: string): string {
  return (en.businessStages as Record<string, string>)[v] ?? v;
}

export function sectorLabel(v: string): string {
  return (en.sectors as Record<string, string>)[v] ?? v;
}

export function localeLabel(v: string): string {
  return v === 'es' ? 'Spanish' : v === 'en' ? 'English' : v;
}

export const DELIVERY_STATUS_LABELS: Record<string, string> = {
  delivered: 'Delivered',
  retrying: 'Retrying',
  pending: 'Pending',
  failed: 'Failed',
  held: 'Held',
  skipped: 'Skipped',
};

import type { FormValues } from './types';

export function textValue(values: FormValues, key: string): string {
  const v = values[key];
  return typeof v === 'string' ? v : '';
}

export function listValue(values: FormValues, key: string): string[] {
  const v = values[key];
  if (Array.isArray(v)) return v;
  return typeof v === 'string' && v !== '' ? [v] : [];
}

export function boolValue(values: FormValues, key: string): boolean {
  const v = values[key];
  return v === true || v === 'on' || v === 'true';
}

export function hasValues(values: FormValues): boolean {
  return Object.keys(values).length > 0;
}

const TEXT_FIELDS = ['name', 'email', 'phone', 'businessName', 'municipality', 'businessStage', 'sector', 'message'] as const;

/** A snapshot of the form as submitted (never the honeypot), to restore it if the server sends none. */
export function valuesFromFormData(form: FormData): FormValues {
  const out: FormValues = {};
  for (const key of TEXT_FIELDS) {
    const v = form.get(key);
    out[key] = typeof v === 'string' ? v : '';
  }
  out.programIds = form.getAll('programIds').filter((v): v is string => typeof v === 'string');
  out.consent = form.get('consent') === 'on';
  return out;
}

/** The id list for aria-describedby, or undefined when there is nothing to point at. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

export const fieldId = (name: string) => `lead-${name}`;
export const errorId = (name: string) => `lead-${name}-error`;
export const hintId = (name: string) => `lead-${name}-hint`;
export const programCheckboxId = (slug: string) => `lead-program-${slug}`;

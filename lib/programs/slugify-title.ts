/**
 * A program's public slug from its Spanish title: "Préstamo Impulso PyME" → "prestamo-impulso-pyme".
 * Accents are dropped, anything else that is not a letter or digit becomes a dash. The result
 * always matches the catalog's slug pattern (lowercase letters, digits, dashes; ≤ 100).
 */
export const SLUG_BASE_MAX = 80;

export function slugifyTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ñ/g, 'n')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_BASE_MAX)
    .replace(/-+$/g, '');
  return slug || 'programa';
}

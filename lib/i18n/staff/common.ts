/**
 * Words every staff screen shares: the header, the language switch, and what the screens hand
 * to the components/ui kit (which holds no text of its own). `en` is typed as the Spanish
 * reference, so a missing key is a type error.
 */
import type { Locale } from '../locale';

const es = {
  skipLink: 'Saltar al contenido principal',
  brand: 'panel',
  homeLink: 'Puente, panel de departamentos',
  adminLink: 'Administración',
  accountLink: 'Su cuenta',
  signOut: 'Cerrar sesión',
  switchLanguage: 'English',
  switchLanguageLang: 'en' as Locale,
  switchLanguageHint: 'Ver el panel en inglés',
  kit: {
    /** Read by screen readers before a field's error. */
    errorPrefix: 'Error:',
    optional: '(opcional)',
    filters: 'Filtros',
    applyFilters: 'Aplicar filtros',
    clearFilters: 'Limpiar',
    cancel: 'Cancelar',
    dayInAst: '(día, hora de Puerto Rico)',
    /** "Se ignoró un filtro no válido: from." for query parameters a filter form dropped. */
    ignoredFilters: (ignored: string[]) =>
      `Se ${ignored.length === 1 ? 'ignoró un filtro que no es válido' : 'ignoraron filtros que no son válidos'}: ${ignored.join(', ')}.`,
  },
};

export type CommonMessages = typeof es;

const en: CommonMessages = {
  skipLink: 'Skip to main content',
  brand: 'dashboard',
  homeLink: 'Puente, department dashboard',
  adminLink: 'Admin',
  accountLink: 'Your account',
  signOut: 'Sign out',
  switchLanguage: 'Español',
  switchLanguageLang: 'es',
  switchLanguageHint: 'View the dashboard in Spanish',
  kit: {
    errorPrefix: 'Error:',
    optional: '(optional)',
    filters: 'Filters',
    applyFilters: 'Apply filters',
    clearFilters: 'Clear',
    cancel: 'Cancel',
    dayInAst: '(day, Puerto Rico time)',
    ignoredFilters: (ignored: string[]) =>
      `Ignored ${ignored.length === 1 ? 'a filter that is' : 'filters that are'} not valid: ${ignored.join(', ')}.`,
  },
};

export const common = { es, en };

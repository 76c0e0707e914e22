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
  /** What the action wrapper (lib/actions/action.ts) answers on its own. */
  errors: {
    server: 'Algo salió mal de nuestro lado. Recargue la página e inténtelo de nuevo.',
    forbidden: 'No tiene permiso para hacer eso.',
    checkForm: 'Revise los campos marcados.',
  },
  kit: {
    /** Read by screen readers before a field's error. */
    errorPrefix: 'Error:',
    optional: '(opcional)',
    filters: 'Filtros',
    applyFilters: 'Aplicar filtros',
    clearFilters: 'Limpiar',
    cancel: 'Cancelar',
    dayInAst: '(día, hora de Puerto Rico)',
    datePlaceholder: 'AAAA-MM-DD',
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
  errors: {
    server: 'Something went wrong on our side. Reload the page and try again.',
    forbidden: 'You are not allowed to do that.',
    checkForm: 'Check the highlighted fields.',
  },
  kit: {
    errorPrefix: 'Error:',
    optional: '(optional)',
    filters: 'Filters',
    applyFilters: 'Apply filters',
    clearFilters: 'Clear',
    cancel: 'Cancel',
    dayInAst: '(day, Puerto Rico time)',
    datePlaceholder: 'YYYY-MM-DD',
    ignoredFilters: (ignored: string[]) =>
      `Ignored ${ignored.length === 1 ? 'a filter that is' : 'filters that are'} not valid: ${ignored.join(', ')}.`,
  },
};

export const common = { es, en };

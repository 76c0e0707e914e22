/**
 * The English words the staff screens hand to the components/ui kit (which holds no text of
 * its own), in one place for the translation.
 */
export const KIT_TEXTS = {
  /** Read by screen readers before a field's error. */
  errorPrefix: 'Error:',
  optional: '(optional)',
  filters: 'Filters',
  applyFilters: 'Apply filters',
  clearFilters: 'Clear',
  cancel: 'Cancel',
  dayInAst: '(day, AST)',
} as const;

/** "Ignored a filter that is not valid: from." for query parameters a filter form dropped. */
export function ignoredFiltersText(ignored: string[]): string {
  return `Ignored ${ignored.length === 1 ? 'a filter that is' : 'filters that are'} not valid: ${ignored.join(', ')}.`;
}

/** The first focusable element of every page: jumps over the header to the main content. */
export function SkipLink({ label, target = 'contenido' }: { label: string; target?: string }) {
  return (
    <a
      href={`#${target}`}
      className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-md focus:bg-accent-400 focus:px-4 focus:py-3 focus:font-bold focus:text-brand-900 focus:underline focus:shadow-lg focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-900"
    >
      {label}
    </a>
  );
}

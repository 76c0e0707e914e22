/** Shared Tailwind class strings, so buttons, links and fields look the same everywhere. */

export const container = 'mx-auto w-full max-w-6xl px-4 sm:px-6 lg:px-8';

const buttonBase =
  'inline-flex items-center justify-center gap-2 rounded-md px-5 py-2.5 text-base font-semibold no-underline transition-colors focus-visible:outline-3 focus-visible:outline-offset-3 disabled:cursor-not-allowed disabled:opacity-70';

export const buttonPrimary = `${buttonBase} bg-brand-700 text-white shadow-sm hover:bg-brand-900 focus-visible:outline-brand-700`;

export const buttonSecondary = `${buttonBase} border-2 border-brand-700 bg-white text-brand-700 hover:bg-brand-50 focus-visible:outline-brand-700`;

export const buttonOnDark = `${buttonBase} bg-accent-400 text-brand-900 hover:bg-white focus-visible:outline-accent-400`;

export const textLink =
  'font-semibold text-brand-700 underline decoration-2 hover:text-brand-900 hover:decoration-[3px] focus-visible:outline-3 focus-visible:outline-offset-2';

export const inputBase =
  'block w-full rounded-md border-2 border-slate-600 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 focus-visible:border-brand-700 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-brand-700 aria-invalid:border-red-700';

export const labelBase = 'block font-semibold text-slate-900';

export const hintBase = 'mt-1 block text-sm text-slate-700';

export const errorText = 'mt-1 flex items-start gap-1.5 font-semibold text-red-800';

export const buttonDanger = `${buttonBase} bg-red-700 text-white hover:bg-red-900 focus-visible:outline-red-700`;

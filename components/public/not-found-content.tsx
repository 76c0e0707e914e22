import Link from 'next/link';
import type { Messages } from '@/lib/i18n/messages';
import { buttonPrimary, container } from '@/components/ui/styles';

/** The body of the 404 page, shared by the root and the public route group. */
export function NotFoundContent({ m }: { m: Messages }) {
  return (
    <div className={`${container} py-16 sm:py-24`}>
      <p className="text-sm font-bold tracking-wider text-brand-700 uppercase">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{m.notFound.title}</h1>
      <p className="mt-4 max-w-prose text-lg text-slate-700">{m.notFound.body}</p>
      <p className="mt-8">
        <Link href="/" className={buttonPrimary}>
          {m.notFound.backHome}
        </Link>
      </p>
    </div>
  );
}

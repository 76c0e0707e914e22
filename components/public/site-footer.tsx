import Link from 'next/link';
import type { Messages } from '@/lib/i18n/messages';
import { container, textLink } from '@/components/ui/styles';

/** Links for department staff (register, sign in) and the privacy promise. */
export function SiteFooter({ m }: { m: Messages }) {
  return (
    <footer className="mt-auto border-t-4 border-brand-800 bg-slate-100 text-slate-800">
      <div className={`${container} grid gap-6 py-8 md:grid-cols-2`}>
        <div>
          <p className="text-lg font-bold text-slate-900">{m.meta.siteName}</p>
          <p className="mt-1 max-w-prose text-sm">{m.footer.privacy}</p>
        </div>
        <nav aria-label={m.footer.nav}>
          <ul className="space-y-2 text-sm md:text-right">
            <li>
              {m.footer.departmentQuestion}{' '}
              <Link href="/register" className={textLink}>
                {m.footer.registerLink}
              </Link>
            </li>
            <li>
              {m.footer.staffQuestion}{' '}
              <Link href="/login" className={textLink}>
                {m.footer.loginLink}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

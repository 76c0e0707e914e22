import Link from 'next/link';
import { Field } from '@/components/ui/field';
import { buttonSecondary, inputBase, textLink } from '@/components/ui/styles';
import { LEAD_SEARCH_MAX } from '@/db/queries/leads';
import type { StaffMessages } from '@/lib/i18n/staff';

/** A GET form: the search lives in the URL (?q=), so results can be bookmarked and exported. */
export function LeadsSearch({ dept, search, exportHref, m }: { dept: string; search: string; exportHref: string; m: StaffMessages }) {
  const t = m.leads.search;
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <form method="get" action={`/dashboard/${dept}/leads`} role="search" aria-label={t.form} className="flex flex-wrap items-end gap-3" data-testid="leads-search">
        <Field id="leads-q" label={t.label} hint={t.hint}>
          {(control) => (
            <input
              {...control}
              name="q"
              type="search"
              defaultValue={search}
              maxLength={LEAD_SEARCH_MAX}
              autoComplete="off"
              spellCheck={false}
              className={`${inputBase} w-72 max-w-full`}
              data-testid="leads-search-input"
            />
          )}
        </Field>
        <button type="submit" className={buttonSecondary} data-testid="leads-search-submit">
          {t.submit}
        </button>
        {search ? (
          <Link href={`/dashboard/${dept}/leads`} className={`${textLink} py-2.5`}>
            {t.clear}
          </Link>
        ) : null}
      </form>
      <a href={exportHref} className={buttonSecondary} download data-testid="leads-export">
        {t.export}
        {search ? t.exportThisSearch : ''}
      </a>
    </div>
  );
}

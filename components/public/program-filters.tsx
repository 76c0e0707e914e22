import Link from 'next/link';
import type { ProgramKind, PublicDepartment } from '@/db/queries/catalog';
import type { Messages } from '@/lib/i18n/messages';
import { buttonPrimary, inputBase, labelBase, textLink } from '@/components/ui/styles';

interface Props {
  m: Messages;
  kinds: readonly ProgramKind[];
  departments: PublicDepartment[];
  kind?: ProgramKind;
  departmentSlug?: string;
}

/** A plain GET form (`/?kind=…&department=…`): filters work without JavaScript. */
export function ProgramFilters({ m, kinds, departments, kind, departmentSlug }: Props) {
  const active = kind !== undefined || departmentSlug !== undefined;
  return (
    <form
      method="get"
      action="/#programas"
      aria-labelledby="filtros-titulo"
      className="rounded-lg border border-slate-300 bg-slate-50 p-4 sm:p-5"
    >
      <h3 id="filtros-titulo" className="sr-only">
        {m.home.filtersTitle}
      </h3>
      <div className="grid items-end gap-4 sm:grid-cols-[1fr_1fr_auto]">
        <div>
          <label htmlFor="filtro-tipo" className={labelBase}>
            {m.home.filterKind}
          </label>
          <select id="filtro-tipo" name="kind" defaultValue={kind ?? ''} className={`${inputBase} mt-1`}>
            <option value="">{m.home.allKinds}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {m.kinds[k]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filtro-departamento" className={labelBase}>
            {m.home.filterDepartment}
          </label>
          <select id="filtro-departamento" name="department" defaultValue={departmentSlug ?? ''} className={`${inputBase} mt-1`}>
            <option value="">{m.home.allDepartments}</option>
            {departments.map((d) => (
              <option key={d.slug} value={d.slug}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonPrimary}>
            {m.home.applyFilters}
          </button>
          {active && (
            <Link href="/#programas" className={textLink}>
              {m.home.clearFilters}
            </Link>
          )}
        </div>
      </div>
    </form>
  );
}

/**
 * The one data table: a caption, column headers and the caller's rows, scrolling sideways
 * inside its own box on a narrow screen instead of widening the page. Every text (caption,
 * headers, the region's name) comes from the caller. Rows are plain `<tr>`s built with
 * {@link tableRow} and {@link tableCell}, so a row keeps its own test ids and row header.
 */

export interface DataTableColumn {
  key: string;
  header: React.ReactNode;
  align?: 'left' | 'right';
  /** The header is for screen readers only (e.g. an actions column). */
  visuallyHidden?: boolean;
}

export type TableVariant = 'framed' | 'plain';

export interface DataTableProps {
  columns: ReadonlyArray<DataTableColumn | false | null | undefined>;
  caption: React.ReactNode;
  /** Show the caption above the table instead of for screen readers only. */
  captionVisible?: boolean;
  /**
   * The scrolling region's accessible name. With one, the region is focusable so keyboard
   * users can scroll it; leave it out for tables short enough never to scroll.
   */
  regionLabel?: string;
  /** Or the id of a heading that names the region. */
  regionLabelledBy?: string;
  /** 'framed': a bordered box with a shaded header (the default); 'plain': rules only, for tables inside a page section. */
  variant?: TableVariant;
  /** Tailwind min-width class for the table, e.g. 'min-w-[44rem]'. */
  minWidth?: string;
  /** Smaller text and tighter rows, for long logs. */
  dense?: boolean;
  testId?: string;
  children: React.ReactNode;
}

/** Classes for a body row. */
export function tableRow(variant: TableVariant = 'framed'): string {
  return variant === 'framed' ? 'border-b border-slate-200 last:border-b-0' : 'border-b border-slate-200 align-top';
}

/** Classes for a body cell (`td` or row `th`); `extra` adds to them. */
export function tableCell(variant: TableVariant = 'framed', extra = '', dense = false): string {
  const base = variant === 'framed' ? (dense ? 'px-3 py-2 align-top' : 'px-3 py-3 align-top') : 'py-3 pr-4 last:pr-0';
  return extra ? `${base} ${extra}` : base;
}

/** Classes for a row header cell: left-aligned, normal weight unless the caller says otherwise. */
export function tableRowHeader(variant: TableVariant = 'framed', extra = '', dense = false): string {
  return tableCell(variant, `text-left font-normal ${extra}`.trim(), dense);
}

export function DataTable({ columns, caption, captionVisible, regionLabel, regionLabelledBy, variant = 'framed', minWidth, dense, testId, children }: DataTableProps) {
  const framed = variant === 'framed';
  const named = Boolean(regionLabel || regionLabelledBy);
  const th = framed ? 'px-3 py-2 text-sm font-semibold text-slate-800' : 'py-2 pr-4 font-semibold last:pr-0';
  return (
    <div
      className={`relative overflow-x-auto ${framed ? 'rounded-lg border-2 border-slate-200' : ''}`}
      role={named ? 'region' : undefined}
      aria-label={regionLabel}
      aria-labelledby={regionLabelledBy}
      tabIndex={named ? 0 : undefined}
    >
      <table className={`w-full border-collapse text-left ${minWidth ?? ''} ${dense ? 'text-sm' : ''}`} data-testid={testId}>
        <caption className={captionVisible ? (framed ? 'px-3 py-2 text-left text-sm text-slate-700' : 'mb-2 text-left text-sm text-slate-700') : 'sr-only'}>{caption}</caption>
        <thead className={framed ? 'border-b-2 border-slate-200 bg-slate-50' : ''}>
          <tr className={framed ? '' : 'border-b-2 border-slate-300 text-sm text-slate-700'}>
            {columns.map((c) =>
              c ? (
                <th key={c.key} scope="col" className={`${th} ${c.align === 'right' ? 'text-right' : 'text-left'}`}>
                  {c.visuallyHidden ? <span className="sr-only">{c.header}</span> : c.header}
                </th>
              ) : null,
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

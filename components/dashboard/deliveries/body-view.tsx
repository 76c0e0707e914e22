/**
 * A request or response body and its headers, shown as TEXT: lead data goes through React's
 * escaping inside <pre>/<code> and <td>, never dangerouslySetInnerHTML. JSON is pretty-printed
 * when it parses; a form body's `payload=` field is decoded first.
 */
import type { StaffMessages } from '@/lib/i18n/staff';

/** How a body was decoded before showing it: the `payload` field of a form, the whole form, or not at all. */
export type BodyNote = 'formPayload' | 'form' | null;

function headerValue(headers: Record<string, string> | null, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

export function prettyBody(body: string | null, headers: Record<string, string> | null): { text: string; note: BodyNote } {
  if (body === null || body === '') return { text: '', note: null };
  const type = headerValue(headers, 'content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded') || /^payload=/.test(body)) {
    try {
      const form = new URLSearchParams(body);
      const payload = form.get('payload');
      if (payload !== null) {
        try {
          return { text: JSON.stringify(JSON.parse(payload), null, 2), note: 'formPayload' };
        } catch {
          return { text: payload, note: 'formPayload' };
        }
      }
      return { text: [...form.entries()].map(([k, v]) => `${k} = ${v}`).join('\n'), note: 'form' };
    } catch {
      // fall through to raw
    }
  }
  try {
    return { text: JSON.stringify(JSON.parse(body), null, 2), note: null };
  } catch {
    return { text: body, note: null };
  }
}

export function HeadersTable({ headers, caption, testId, m }: { headers: Record<string, string> | null; caption: string; testId: string; m: StaffMessages }) {
  const t = m.deliveries.attempt;
  const entries = Object.entries(headers ?? {});
  return (
    <table className="w-full border-collapse text-left text-sm" data-testid={testId}>
      <caption className="pb-1 text-left font-semibold text-slate-900">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t.headerName}</th>
          <th scope="col">{t.headerValue}</th>
        </tr>
      </thead>
      <tbody>
        {entries.length === 0 ? (
          <tr>
            <td colSpan={2} className="py-1 text-slate-700">
              {t.none}
            </td>
          </tr>
        ) : (
          entries.map(([k, v]) => (
            <tr key={k} className="border-t border-slate-200 align-top">
              <th scope="row" className="w-1/3 py-1 pr-3 font-mono text-xs font-semibold break-all text-slate-800">
                {k}
              </th>
              <td className="py-1 font-mono text-xs break-all">{v}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

export function BodyView({
  body,
  headers,
  label,
  truncated = false,
  testId,
  m,
}: {
  body: string | null;
  headers: Record<string, string> | null;
  label: string;
  truncated?: boolean;
  testId: string;
  m: StaffMessages;
}) {
  const t = m.deliveries.attempt;
  const { text, note } = prettyBody(body, headers);
  return (
    <div className="space-y-1">
      <h4 className="font-semibold text-slate-900">{label}</h4>
      {note ? <p className="text-xs text-slate-700">{t[note]}</p> : null}
      {text === '' ? (
        <p className="text-sm text-slate-700">{t.empty}</p>
      ) : (
        <pre
          tabIndex={0}
          aria-label={label}
          className="max-h-[32rem] overflow-auto rounded-md bg-slate-900 p-3 text-xs leading-relaxed text-slate-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
          data-testid={testId}
        >
          <code>{text}</code>
        </pre>
      )}
      {truncated ? <p className="text-xs text-slate-700">{t.truncated}</p> : null}
    </div>
  );
}

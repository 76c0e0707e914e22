import Link from 'next/link';
import { textLink } from '@/components/ui/styles';

/** Shown when a search finds nothing, with a way back to everything. */
export function EmptyState({ title, body, actionLabel, actionHref }: { title: string; body: string; actionLabel: string; actionHref: string }) {
  return (
    <div className="rounded-lg border-2 border-dashed border-slate-400 bg-white px-6 py-10 text-center">
      <p className="text-xl font-bold text-slate-900">{title}</p>
      <p className="mt-2 text-slate-700">{body}</p>
      <p className="mt-4">
        <Link href={actionHref} className={textLink}>
          {actionLabel}
        </Link>
      </p>
    </div>
  );
}

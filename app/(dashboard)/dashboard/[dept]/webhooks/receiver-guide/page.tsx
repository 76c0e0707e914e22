import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MarkdownText } from '@/components/dashboard/webhooks/markdown-text';
import { textLink } from '@/components/ui/styles';
import { guardDepartment } from '@/lib/auth/guard';
import { getStaffI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.webhooks.titles.guide };
}

/** docs/webhooks.md, the receiver guide for a department's developers, inside the dashboard (one source: the file). */
export default async function ReceiverGuidePage({ params }: { params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  const g = await guardDepartment(dept, 'staff');
  if (!g) notFound();
  const [source, { m }] = await Promise.all([readFile(path.join(process.cwd(), 'docs', 'webhooks.md'), 'utf8'), getStaffI18n(g.viewer)]);
  return (
    <div className="space-y-5" data-testid="receiver-guide-page">
      <p>
        <Link href={`/dashboard/${g.department.slug}/webhooks`} className={textLink}>
          {m.webhooks.backToList}
        </Link>
      </p>
      {m.webhooks.guide.note ? <p className="text-slate-700">{m.webhooks.guide.note}</p> : null}
      {/* The guide itself is written in English for now. */}
      <div lang="en">
        <MarkdownText source={source} />
      </div>
    </div>
  );
}

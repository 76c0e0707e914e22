import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MarkdownText } from '@/components/dashboard/webhooks/markdown-text';
import { textLink } from '@/components/ui/styles';
import { guardDepartment } from '@/lib/auth/guard';

export const metadata: Metadata = { title: 'Receiving webhooks' };

/** docs/webhooks.md, the receiver guide for a department's developers, inside the dashboard (one source: the file). */
export default async function ReceiverGuidePage({ params }: { params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  const g = await guardDepartment(dept, 'staff');
  if (!g) notFound();
  const source = await readFile(path.join(process.cwd(), 'docs', 'webhooks.md'), 'utf8');
  return (
    <div className="space-y-5" data-testid="receiver-guide-page">
      <p>
        <Link href={`/dashboard/${g.department.slug}/webhooks`} className={textLink}>
          ← Webhooks
        </Link>
      </p>
      <MarkdownText source={source} />
    </div>
  );
}

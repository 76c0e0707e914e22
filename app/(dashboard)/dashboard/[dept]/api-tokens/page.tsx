import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { CreateTokenForm } from '@/components/dashboard/api-tokens/create-token-form';
import { TokensTable } from '@/components/dashboard/api-tokens/tokens-table';
import { textLink } from '@/components/ui/styles';
import { listApiTokens } from '@/lib/api/tokens';
import { guardDepartment } from '@/lib/auth/guard';
import { getStaffI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.api.tokens.title };
}

/** The department's REST API tokens (department admins; staff and strangers get the same 404): create one, shown once; list; revoke. */
export default async function ApiTokensPage({ params }: { params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  const g = await guardDepartment(dept, 'admin');
  if (!g) notFound();
  const slug = g.department.slug;
  const now = new Date();
  const [tokens, { locale, m }] = await Promise.all([listApiTokens(db, g.department.id), getStaffI18n(g.viewer)]);
  const t = m.api.tokens;
  const docs = m.api.docs;
  return (
    <div className="space-y-8" data-testid="api-tokens-page">
      <section aria-labelledby="api-tokens-heading" className="space-y-3">
        <h2 id="api-tokens-heading" className="text-xl font-bold text-brand-900">
          {t.title}
        </h2>
        <p className="max-w-3xl text-slate-700">{t.intro}</p>
        <p className="max-w-3xl text-slate-700" data-testid="api-docs-links">
          {t.docsBefore}
          <code className="font-mono text-sm">Authorization: Bearer pnt_…</code>
          {t.docsReference}
          <Link href={docs.reference} className={textLink}>
            {t.referenceLink}
          </Link>
          {t.docsOpenapiBefore}
          <a href={docs.openapi} className={textLink}>
            {t.openapiLink}
          </a>
          {t.docsOpenapiAfter}
          {t.docsGuide}
          <Link href={docs.guide} className={textLink}>
            {t.guideLink}
          </Link>
          {t.docsEnd}
        </p>
      </section>
      <section aria-labelledby="api-token-create-heading" className="space-y-4">
        <h2 id="api-token-create-heading" className="text-xl font-bold text-brand-900">
          {t.createTitle}
        </h2>
        <CreateTokenForm dept={slug} />
      </section>
      <section aria-labelledby="api-token-list-heading" className="space-y-4">
        <h2 id="api-token-list-heading" className="text-xl font-bold text-brand-900">
          {t.listTitle}
        </h2>
        <TokensTable dept={slug} tokens={tokens} now={now.getTime()} locale={locale} m={m} />
      </section>
    </div>
  );
}

import type { Metadata } from 'next';
import { RegisterForm } from '@/components/public/register/register-form';
import { container } from '@/components/ui/styles';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.meta.registerTitle };
}

/** "Register your department": a public application that creates a pending department and its requester's account. */
export default async function RegisterPage() {
  const { locale, m } = await getI18n();
  const r = m.register;
  return (
    <div className={`${container} py-10 sm:py-12`}>
      <div className="mx-auto max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{r.title}</h1>
        <p className="mt-4 text-lg text-slate-800">{r.intro}</p>
        <section aria-labelledby="registro-pasos" className="mt-8 rounded-lg border-l-8 border-brand-700 bg-brand-50 p-5">
          <h2 id="registro-pasos" className="text-xl font-bold text-slate-900">
            {r.stepsTitle}
          </h2>
          <ol className="mt-3 grid gap-3">
            {r.steps.map((step, i) => (
              <li key={step} className="flex gap-3">
                <span aria-hidden="true" className="flex h-7 w-7 flex-none items-center justify-center rounded-full bg-brand-700 text-sm font-bold text-white">
                  {i + 1}
                </span>
                <span className="pt-0.5 text-slate-800">{step}</span>
              </li>
            ))}
          </ol>
        </section>
        <p className="mt-8 text-slate-700">{r.requiredNote}</p>
        <div className="mt-8">
          <RegisterForm locale={locale} />
        </div>
      </div>
    </div>
  );
}

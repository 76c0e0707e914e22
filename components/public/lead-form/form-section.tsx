/** A titled block of the form ("Sus datos de contacto", "Su negocio", …). */
export function FormSection({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="grid gap-6">
      <h2 className="text-xl font-bold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

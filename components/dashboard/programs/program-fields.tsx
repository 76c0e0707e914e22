'use client';

import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { errorText } from '@/components/ui/styles';
import { getMessages } from '@/lib/i18n/messages';
import { formatCount } from '@/lib/i18n/numbers';
import { PROGRAM_KINDS, PROGRAM_LIMITS, type ProgramField, type ProgramFormValues } from '@/lib/programs/program-schema';
import { FormField } from './form-field';

export const FIELD_IDS: Record<ProgramField, string> = {
  titleEs: 'program-titleEs',
  summaryEs: 'program-summaryEs',
  descriptionEs: 'program-descriptionEs',
  titleEn: 'program-titleEn',
  summaryEn: 'program-summaryEn',
  descriptionEn: 'program-descriptionEn',
  kind: 'program-kind-financing',
};

const fieldset = 'space-y-4 rounded-lg border-2 border-slate-200 p-4';
const legend = 'px-1 text-lg font-bold text-brand-900';

function LanguageFields({
  lang,
  values,
  errors,
  set,
}: {
  lang: 'es' | 'en';
  values: ProgramFormValues;
  errors: Record<string, string | undefined>;
  set: (field: ProgramField, value: string) => void;
}) {
  const { locale, m } = useStaffI18n();
  const t = m.programs.form;
  const range = ({ min, max }: { min: number; max: number }) => t.range(formatCount(min, locale), formatCount(max, locale));
  const L = lang === 'es' ? 'Es' : 'En';
  const title = `title${L}` as const;
  const summary = `summary${L}` as const;
  const description = `description${L}` as const;
  return (
    <fieldset className={fieldset} data-testid={`program-fields-${lang}`}>
      <legend className={legend}>{t.language[lang]}</legend>
      <p className="text-sm text-slate-700">{t.shownTo[lang]}</p>
      <FormField
        id={FIELD_IDS[title]}
        name={title}
        label={m.programs.fields[title]}
        hint={range(PROGRAM_LIMITS.title)}
        value={values[title]}
        onChange={(v) => set(title, v)}
        error={errors[title]}
        required
        minLength={PROGRAM_LIMITS.title.min}
        maxLength={PROGRAM_LIMITS.title.max}
        lang={lang}
      />
      <FormField
        id={FIELD_IDS[summary]}
        name={summary}
        label={m.programs.fields[summary]}
        hint={`${t.summaryHint} ${range(PROGRAM_LIMITS.summary)}`}
        value={values[summary]}
        onChange={(v) => set(summary, v)}
        error={errors[summary]}
        multiline
        rows={3}
        required
        minLength={PROGRAM_LIMITS.summary.min}
        maxLength={PROGRAM_LIMITS.summary.max}
        lang={lang}
      />
      <FormField
        id={FIELD_IDS[description]}
        name={description}
        label={m.programs.fields[description]}
        hint={`${t.descriptionHint} ${range(PROGRAM_LIMITS.description)}`}
        value={values[description]}
        onChange={(v) => set(description, v)}
        error={errors[description]}
        multiline
        rows={8}
        required
        minLength={PROGRAM_LIMITS.description.min}
        maxLength={PROGRAM_LIMITS.description.max}
        lang={lang}
      />
    </fieldset>
  );
}

/** The program's own fields: Spanish, English, and the kind (a radio group). */
export function ProgramFields({
  values,
  errors,
  set,
}: {
  values: ProgramFormValues;
  errors: Record<string, string | undefined>;
  set: (field: ProgramField, value: string) => void;
}) {
  const kindError = errors.kind;
  const { locale, m } = useStaffI18n();
  const kinds = getMessages(locale).kinds;
  return (
    <>
      <LanguageFields lang="es" values={values} errors={errors} set={set} />
      <LanguageFields lang="en" values={values} errors={errors} set={set} />
      <fieldset
        className={fieldset}
        aria-describedby={kindError ? 'program-kind-error' : undefined}
        aria-invalid={kindError ? true : undefined}
        data-testid="program-kind"
      >
        <legend className={legend}>{m.programs.fields.kind}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {PROGRAM_KINDS.map((k) => (
            <div key={k} className="flex items-center gap-2">
              <input
                type="radio"
                id={`program-kind-${k}`}
                name="kind"
                value={k}
                checked={values.kind === k}
                onChange={() => set('kind', k)}
                className="h-5 w-5 accent-brand-700 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
              />
              <label htmlFor={`program-kind-${k}`} className="font-semibold text-slate-900">
                {kinds[k]}
              </label>
            </div>
          ))}
        </div>
        {kindError ? (
          <p id="program-kind-error" className={errorText} data-testid="kind-error">
            <span className="sr-only">{m.common.kit.errorPrefix} </span>
            {kindError}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}

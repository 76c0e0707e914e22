'use client';

import { errorText } from '@/components/ui/styles';
import { PROGRAM_KINDS, PROGRAM_LIMITS, type ProgramField, type ProgramFormValues } from '@/lib/programs/program-schema';
import { FormField } from './form-field';
import { KIND_LABELS } from './labels';

export const FIELD_IDS: Record<ProgramField, string> = {
  titleEs: 'program-titleEs',
  summaryEs: 'program-summaryEs',
  descriptionEs: 'program-descriptionEs',
  titleEn: 'program-titleEn',
  summaryEn: 'program-summaryEn',
  descriptionEn: 'program-descriptionEn',
  kind: 'program-kind-financing',
};

const range = ({ min, max }: { min: number; max: number }) => `${min} to ${max.toLocaleString('en-US')} characters.`;

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
  const L = lang === 'es' ? 'Es' : 'En';
  const language = lang === 'es' ? 'Spanish' : 'English';
  const title = `title${L}` as const;
  const summary = `summary${L}` as const;
  const description = `description${L}` as const;
  return (
    <fieldset className={fieldset} data-testid={`program-fields-${lang}`}>
      <legend className={legend}>{language}</legend>
      <p className="text-sm text-slate-700">Shown to visitors who read the site in {language}.</p>
      <FormField
        id={FIELD_IDS[title]}
        name={title}
        label={`Title (${language})`}
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
        label={`Summary (${language})`}
        hint={`One or two sentences for the catalog card. ${range(PROGRAM_LIMITS.summary)}`}
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
        label={`Description (${language})`}
        hint={`Plain text; blank lines separate paragraphs. ${range(PROGRAM_LIMITS.description)}`}
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
        <legend className={legend}>Kind of program</legend>
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
                {KIND_LABELS[k]}
              </label>
            </div>
          ))}
        </div>
        {kindError ? (
          <p id="program-kind-error" className={errorText} data-testid="kind-error">
            <span className="sr-only">Error: </span>
            {kindError}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}

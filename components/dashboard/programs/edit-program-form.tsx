'use client';

import { useActionState } from 'react';
import { updateProgramAction } from '@/app/actions/dashboard/programs/update-program';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { buttonPrimary } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import type { ProgramFormValues } from '@/lib/programs/program-schema';
import { ErrorSummary } from './error-summary';
import { ProgramFields } from './program-fields';
import { useProgramForm } from './use-program-form';

/** Edit a program's texts and kind (admins). */
export function EditProgramForm({ dept, programId, initial }: { dept: string; programId: string; initial: ProgramFormValues }) {
  const [state, action, pending] = useActionState(updateProgramAction, IDLE as ActionResult);
  const { values, set, errors, items, formError, check, summary, hasErrors } = useProgramForm(initial, state, action);
  const { m } = useStaffI18n();
  const t = m.programs.form;
  return (
    <form action={action} onSubmit={check} noValidate className="max-w-3xl space-y-6" aria-labelledby="program-form-title" data-testid="program-form">
      <h2 id="program-form-title" className="text-xl font-bold text-brand-900">
        {t.editTitle}
      </h2>
      {hasErrors ? <ErrorSummary ref={summary} title={formError ?? m.common.errors.checkForm} items={items} /> : null}
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="programId" value={programId} />
      <ProgramFields values={values} errors={errors} set={set} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonPrimary} disabled={pending} data-testid="program-submit">
          {pending ? t.saving : t.save}
        </button>
        <p role="status" className="font-semibold text-green-800" data-testid="program-save-result">
          {state.status === 'ok' && !pending ? state.message : ''}
        </p>
      </div>
    </form>
  );
}

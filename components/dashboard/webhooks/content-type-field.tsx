'use client';

import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { Field } from '@/components/ui/field';
import { inputBase } from '@/components/ui/styles';

/** How the body is encoded: JSON, or GitHub's form encoding (`payload=<JSON>`). */
export function ContentTypeField({ value, onChange, error }: { value: 'json' | 'form'; onChange: (v: 'json' | 'form') => void; error?: string }) {
  const { m } = useStaffI18n();
  const t = m.webhooks.form;
  return (
    <Field
      id="webhook-content-type"
      label={t.contentType}
      hint={
        <>
          {t.contentTypeHintBefore}
          <code>payload</code>
          {t.contentTypeHintAfter}
        </>
      }
      error={error}
      errorPrefix={m.common.kit.errorPrefix}
      errorTestId="contentType-error"
    >
      {(control) => (
        <select {...control} name="contentType" value={value} onChange={(e) => onChange(e.target.value === 'form' ? 'form' : 'json')} className={`${inputBase} w-auto`}>
          <option value="json">application/json</option>
          <option value="form">application/x-www-form-urlencoded</option>
        </select>
      )}
    </Field>
  );
}

'use client';

import { KIT_TEXTS } from '@/components/dashboard/kit-texts';
import { Field } from '@/components/ui/field';
import { inputBase } from '@/components/ui/styles';

/** How the body is encoded: JSON, or GitHub's form encoding (`payload=<JSON>`). */
export function ContentTypeField({ value, onChange, error }: { value: 'json' | 'form'; onChange: (v: 'json' | 'form') => void; error?: string }) {
  return (
    <Field
      id="webhook-content-type"
      label="Content type"
      hint={
        <>
          The form encoding sends the same JSON in a field named <code>payload</code>, for receivers that only read form posts.
        </>
      }
      error={error}
      errorPrefix={KIT_TEXTS.errorPrefix}
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

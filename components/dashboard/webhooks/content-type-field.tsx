'use client';

import { hintBase, inputBase, labelBase } from '@/components/ui/styles';
import { describedBy, FieldError } from '@/components/ui/field';
import { KIT_TEXTS } from '@/components/dashboard/kit-texts';

/** How the body is encoded: JSON, or GitHub's form encoding (`payload=<JSON>`). */
export function ContentTypeField({ value, onChange, error }: { value: 'json' | 'form'; onChange: (v: 'json' | 'form') => void; error?: string }) {
  const id = 'webhook-content-type';
  return (
    <div>
      <label htmlFor={id} className={labelBase}>
        Content type
      </label>
      <span id={`${id}-hint`} className={hintBase}>
        The form encoding sends the same JSON in a field named <code>payload</code>, for receivers that only read form posts.
      </span>
      <select
        id={id}
        name="contentType"
        value={value}
        onChange={(e) => onChange(e.target.value === 'form' ? 'form' : 'json')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, true, Boolean(error))}
        className={`${inputBase} mt-1.5 w-auto`}
      >
        <option value="json">application/json</option>
        <option value="form">application/x-www-form-urlencoded</option>
      </select>
      <FieldError prefix={KIT_TEXTS.errorPrefix} id={`${id}-error`} message={error} testId="contentType-error" />
    </div>
  );
}

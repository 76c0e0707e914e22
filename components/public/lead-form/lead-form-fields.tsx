'use client';

import { useState } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/i18n/messages';
import { BUSINESS_STAGES, LEAD_LIMITS, SECTORS, type LeadField } from '@/lib/leads/lead-schema';
import { MUNICIPALITIES } from '@/lib/leads/municipalities';
import { ConsentField } from './consent-field';
import { FormSection } from './form-section';
import { HoneypotField } from './honeypot-field';
import { ProgramPicker } from './program-picker';
import { SelectField } from './select-field';
import { SubmitButton } from './submit-button';
import { TextField } from './text-field';
import { TextareaField } from './textarea-field';
import type { DepartmentGroup, FormValues } from './types';
import { boolValue, listValue, textValue } from './values';

interface Props {
  m: Messages;
  locale: Locale;
  groups: DepartmentGroup[];
  values: FormValues;
  errorFor: (field: Exclude<LeadField, 'locale'>) => string | undefined;
  pending: boolean;
}

const municipalityOptions = MUNICIPALITIES.map((name) => ({ value: name, label: name }));

/** The form's fields. Re-mounted on each server answer, so `values` are its defaults. */
export function LeadFormFields({ m, locale, groups, values, errorFor, pending }: Props) {
  const known = new Set(groups.flatMap((g) => g.programs.map((p) => p.id)));
  const [checked, setChecked] = useState<ReadonlySet<string>>(
    () => new Set(listValue(values, 'programIds').filter((id) => known.has(id))),
  );
  const toggle = (id: string, on: boolean) =>
    setChecked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  // The departments that will receive the data, named as the server records the consent.
  const recipients = groups.filter((g) => g.programs.some((p) => checked.has(p.id))).map((g) => g.consentName);
  const consentLabel = recipients.length > 0 ? m.form.consentWith(recipients.join(', ')) : m.form.consentNone;

  const f = m.form.fields;
  const common = { errorPrefix: m.form.errorPrefix };
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <HoneypotField label={m.form.honeypotLabel} />

      <FormSection title={m.form.sectionContact}>
        <TextField {...common} name="name" label={f.name.label} error={errorFor('name')} defaultValue={textValue(values, 'name')} maxLength={LEAD_LIMITS.name} autoComplete="name" />
        <TextField {...common} name="email" type="email" label={f.email.label} hint={f.email.hint} error={errorFor('email')} defaultValue={textValue(values, 'email')} maxLength={LEAD_LIMITS.email} autoComplete="email" className="sm:max-w-md" />
        <TextField {...common} name="phone" type="tel" label={f.phone.label} hint={f.phone.hint} error={errorFor('phone')} defaultValue={textValue(values, 'phone')} maxLength={LEAD_LIMITS.phone} autoComplete="tel" inputMode="tel" className="sm:max-w-xs" />
      </FormSection>

      <FormSection title={m.form.sectionBusiness}>
        <TextField {...common} name="businessName" label={f.businessName.label} hint={f.businessName.hint} error={errorFor('businessName')} defaultValue={textValue(values, 'businessName')} maxLength={LEAD_LIMITS.businessName} autoComplete="organization" />
        <SelectField {...common} name="municipality" label={f.municipality.label} error={errorFor('municipality')} defaultValue={textValue(values, 'municipality')} placeholder={m.form.selectPlaceholder} options={municipalityOptions} autoComplete="address-level2" />
        <SelectField {...common} name="businessStage" label={f.businessStage.label} error={errorFor('businessStage')} defaultValue={textValue(values, 'businessStage')} placeholder={m.form.selectPlaceholder} options={BUSINESS_STAGES.map((s) => ({ value: s, label: m.businessStages[s] }))} />
        <SelectField {...common} name="sector" label={f.sector.label} error={errorFor('sector')} defaultValue={textValue(values, 'sector')} placeholder={m.form.selectPlaceholder} options={SECTORS.map((s) => ({ value: s, label: m.sectors[s] }))} />
      </FormSection>

      <ProgramPicker
        {...common}
        legend={m.form.sectionPrograms}
        hint={f.programIds.hint}
        error={errorFor('programIds')}
        groups={groups}
        checked={checked}
        onToggle={toggle}
      />

      <FormSection title={m.form.sectionMessage}>
        <TextareaField {...common} name="message" label={f.message.label} optionalLabel={m.common.optional} hint={f.message.hint} error={errorFor('message')} defaultValue={textValue(values, 'message')} maxLength={LEAD_LIMITS.message} />
      </FormSection>

      <FormSection title={m.form.sectionConsent}>
        <ConsentField {...common} label={consentLabel} hint={m.form.consentHint} error={errorFor('consent')} defaultChecked={boolValue(values, 'consent')} />
      </FormSection>

      <div className="border-t border-slate-300 pt-6">
        <SubmitButton pending={pending} label={m.form.submit} pendingLabel={m.form.submitting} />
      </div>
    </>
  );
}

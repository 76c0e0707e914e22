'use client';

import Link from 'next/link';
import type { WebhookProgramOption } from '@/db/queries/webhooks';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { Field } from '@/components/ui/field';
import { inputBase, textLink } from '@/components/ui/styles';
import { ENVELOPE_VERSION, ENVELOPE_VERSIONS } from '@/lib/delivery/envelope';
import { CheckboxField } from './checkbox-field';
import { ContentTypeField } from './content-type-field';
import { EventsFieldset } from './events-fieldset';
import type { WebhookFormValues } from './form-values';
import { HeadersFieldset } from './headers-fieldset';
import type { RevealTarget } from './header-row';
import { ProgramsFieldset } from './programs-fieldset';
import { TextField } from './text-field';
import { VerificationFieldset } from './verification-fieldset';
import { VerifyLink } from './verify-link';

/** Every field of the webhook form, shared by the add and edit forms. */
export function WebhookFields(p: {
  mode: 'create' | 'edit';
  values: WebhookFormValues;
  set: <K extends keyof WebhookFormValues>(field: K, value: WebhookFormValues[K]) => void;
  errors: Record<string, string | undefined>;
  programs: WebhookProgramOption[];
  /** Requests in flight when the field is left empty (PUENTE_WEBHOOK_MAX_IN_FLIGHT). */
  defaultMaxInFlight: number;
  /** Edit form: masked header values can be revealed (audited). */
  reveal?: RevealTarget;
}) {
  const { values: v, set, errors: e } = p;
  const { m } = useStaffI18n();
  const t = m.webhooks.form;
  const https = v.url.trim().toLowerCase().startsWith('https:');
  // Say that this URL is not https only once there is a URL to speak of.
  const plainHttp = v.url.trim() !== '' && !https;
  return (
    <div className="space-y-6">
      <TextField
        id="webhook-url"
        name="url"
        label={t.url}
        type="url"
        hint={t.urlHint}
        value={v.url}
        onChange={(x) => set('url', x)}
        error={e.url}
        maxLength={2048}
        mono
      />
      <TextField
        id="webhook-description"
        name="description"
        label={t.description}
        optional
        hint={t.descriptionHint}
        value={v.description}
        onChange={(x) => set('description', x)}
        error={e.description}
        maxLength={200}
      />
      <ContentTypeField value={v.contentType} onChange={(x) => set('contentType', x)} error={e.contentType} />
      <TextField
        id="webhook-secret"
        name="secret"
        label={t.secret}
        optional
        hint={
          p.mode === 'create' ? (
            <>
              {t.secretHintCreate} <VerifyLink />
            </>
          ) : (
            t.secretHintEdit
          )
        }
        value={v.secret}
        onChange={(x) => set('secret', x)}
        error={e.secret}
        maxLength={200}
        mono
      />
      <VerificationFieldset value={v.verification} onChange={(x) => set('verification', x)} error={e.verification} />
      <EventsFieldset mode={v.eventsMode} events={v.events} onMode={(m) => set('eventsMode', m)} onEvents={(x) => set('events', x)} error={e.events} />
      <ProgramsFieldset
        programs={p.programs}
        mode={v.programsMode}
        programIds={v.programIds}
        onMode={(m) => set('programsMode', m)}
        onProgramIds={(x) => set('programIds', x)}
        error={e.programIds}
      />
      <CheckboxField
        id="webhook-ssl-verify"
        name="sslVerify"
        label={t.sslVerify}
        checked={v.sslVerify}
        onChange={(x) => set('sslVerify', x)}
        error={e.sslVerify}
        hint={`${t.sslHintBefore}${plainHttp ? t.sslHintNotHttps : ''}${t.sslHintAfter}`}
      />
      <HeadersFieldset rows={v.headers} onRows={(x) => set('headers', x)} errors={e} reveal={p.reveal} />
      <CheckboxField
        id="webhook-ordered"
        name="ordered"
        label={t.ordered}
        checked={v.ordered}
        onChange={(x) => set('ordered', x)}
        error={e.ordered}
        hint={t.orderedHint}
      />
      <TextField
        id="webhook-max-in-flight"
        name="maxInFlight"
        label={t.maxInFlight}
        optional
        inputMode="numeric"
        inputClassName="max-w-32"
        hint={t.maxInFlightHint(p.defaultMaxInFlight)}
        value={v.maxInFlight}
        onChange={(x) => set('maxInFlight', x)}
        error={e.maxInFlight}
        maxLength={3}
      />
      <Field
        id="webhook-envelope-version"
        label={m.api.envelope.label}
        hint={
          <>
            {m.api.envelope.hint}{' '}
            <Link href={m.api.docs.changelog} className={textLink}>
              {m.api.envelope.changelog}
            </Link>
          </>
        }
        error={e.envelopeVersion}
        errorPrefix={m.common.kit.errorPrefix}
        errorTestId="envelopeVersion-error"
      >
        {(control) => (
          <select
            {...control}
            name="envelopeVersion"
            value={v.envelopeVersion}
            onChange={(x) => set('envelopeVersion', x.target.value)}
            className={`${inputBase} max-w-sm`}
            data-testid="webhook-envelope-version"
          >
            <option value="">{m.api.envelope.always}</option>
            {ENVELOPE_VERSIONS.map(({ version }) => (
              <option key={version} value={version}>
                {m.api.envelope.option(version, version === ENVELOPE_VERSION)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CheckboxField
        id="webhook-active"
        name="active"
        label={t.active}
        checked={v.active}
        onChange={(x) => set('active', x)}
        error={e.active}
        hint={t.activeHint}
      />
    </div>
  );
}

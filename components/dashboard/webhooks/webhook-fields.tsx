'use client';

import type { WebhookProgramOption } from '@/db/queries/webhooks';
import { CheckboxField } from './checkbox-field';
import { ContentTypeField } from './content-type-field';
import { EventsFieldset } from './events-fieldset';
import type { WebhookFormValues } from './form-values';
import { HeadersFieldset } from './headers-fieldset';
import type { RevealTarget } from './header-row';
import { ProgramsFieldset } from './programs-fieldset';
import { TextField } from './text-field';
import { VerificationFieldset } from './verification-fieldset';

/** Every field of the webhook form, shared by "Add webhook" and the edit form. */
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
  const https = v.url.trim().toLowerCase().startsWith('https:');
  // Say "this URL is not https" only once there is a URL to speak of.
  const plainHttp = v.url.trim() !== '' && !https;
  return (
    <div className="space-y-6">
      <TextField
        id="webhook-url"
        name="url"
        label="Payload URL"
        type="url"
        hint="Where each lead is sent as a POST, e.g. https://crm.example.gov.pr/hooks/puente."
        value={v.url}
        onChange={(x) => set('url', x)}
        error={e.url}
        maxLength={2048}
        mono
      />
      <TextField
        id="webhook-description"
        name="description"
        label="Description"
        optional
        hint="For people: what receives these deliveries (e.g. “Salesforce – loans team”)."
        value={v.description}
        onChange={(x) => set('description', x)}
        error={e.description}
        maxLength={200}
      />
      <ContentTypeField value={v.contentType} onChange={(x) => set('contentType', x)} error={e.contentType} />
      <TextField
        id="webhook-secret"
        name="secret"
        label="Secret"
        optional
        hint={
          p.mode === 'create'
            ? 'Leave empty to generate a strong one (recommended). Or paste a Standard Webhooks secret: whsec_ followed by base64.'
            : 'Leave empty to keep the current secret. A secret typed here replaces the current one at once, with no overlap: to switch without losing deliveries, use “Rotate secret” instead.'
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
        label="Verify SSL certificates"
        checked={v.sslVerify}
        onChange={(x) => set('sslVerify', x)}
        error={e.sslVerify}
        hint={
          <>
            Only applies to https:// URLs{plainHttp ? ' (this URL is not https, so there is nothing to verify)' : ''}. Turning it off accepts any certificate, so someone
            between Puente and your server could read and change the leads. Keep it on unless the receiver uses a self-signed certificate on a private network.
          </>
        }
      />
      <HeadersFieldset rows={v.headers} onRows={(x) => set('headers', x)} errors={e} reveal={p.reveal} />
      <CheckboxField
        id="webhook-ordered"
        name="ordered"
        label="Ordered delivery"
        checked={v.ordered}
        onChange={(x) => set('ordered', x)}
        error={e.ordered}
        hint="Deliver one at a time, in the order the leads arrived: a delivery that is being retried holds back the ones after it. Leave off for the fastest delivery."
      />
      <TextField
        id="webhook-max-in-flight"
        name="maxInFlight"
        label="Maximum requests in flight"
        optional
        inputMode="numeric"
        inputClassName="max-w-32"
        hint={`How many deliveries Puente sends to this endpoint at the same time, from 1 to 100. Leave empty for the platform default (${p.defaultMaxInFlight}). Lower it if the receiver cannot take many requests at once; with ordered delivery it is always one.`}
        value={v.maxInFlight}
        onChange={(x) => set('maxInFlight', x)}
        error={e.maxInFlight}
        maxLength={3}
      />
      <CheckboxField
        id="webhook-active"
        name="active"
        label="Active"
        checked={v.active}
        onChange={(x) => set('active', x)}
        error={e.active}
        hint="An inactive webhook is not sent the leads that arrive while it is inactive. Deliveries already under way wait until it is active again."
      />
    </div>
  );
}

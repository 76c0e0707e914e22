'use client';

import { hintBase } from '@/components/ui/styles';
import { FieldError } from '@/components/ui/field';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { SELECTABLE_EVENTS, type EventsMode } from './form-values';
import { RadioOption } from './radio-option';

/** GitHub's "Which events would you like to trigger this webhook?", as a fieldset. */
export function EventsFieldset(p: {
  mode: EventsMode;
  events: string[];
  onMode: (m: EventsMode) => void;
  onEvents: (events: string[]) => void;
  error?: string;
}) {
  const { m } = useStaffI18n();
  const t = m.webhooks.form;
  const errorId = 'webhook-events-error';
  const invalid = Boolean(p.error);
  return (
    <fieldset className="space-y-3 rounded-lg border-2 border-slate-200 p-4" aria-describedby={invalid ? errorId : undefined} data-testid="events-fieldset">
      <legend className="px-1 text-lg font-bold text-brand-900">{t.eventsLegend}</legend>
      <RadioOption id="webhook-events-lead" name="eventsMode" value="lead" checked={p.mode === 'lead'} onSelect={() => p.onMode('lead')} label={t.eventsLead} invalid={invalid} errorId={errorId} />
      <RadioOption
        id="webhook-events-all"
        name="eventsMode"
        value="all"
        checked={p.mode === 'all'}
        onSelect={() => p.onMode('all')}
        label={t.eventsAll}
        hint={t.eventsAllHint}
        invalid={invalid}
        errorId={errorId}
      />
      <RadioOption id="webhook-events-custom" name="eventsMode" value="custom" checked={p.mode === 'custom'} onSelect={() => p.onMode('custom')} label={t.eventsCustom} invalid={invalid} errorId={errorId} />
      {p.mode === 'custom' ? (
        <fieldset className="ml-8 space-y-2 border-l-4 border-slate-200 pl-4">
          <legend className="sr-only">{t.eventsToSend}</legend>
          {SELECTABLE_EVENTS.map((event) => {
            const id = `webhook-event-${event.replace('.', '-')}`;
            const checked = p.events.includes(event);
            return (
              <div key={event} className="flex items-start gap-3">
                <input
                  id={id}
                  type="checkbox"
                  name="events"
                  value={event}
                  checked={checked}
                  onChange={() => p.onEvents(checked ? p.events.filter((x) => x !== event) : [...p.events, event])}
                  aria-invalid={invalid ? true : undefined}
                  aria-describedby={[`${id}-hint`, invalid ? errorId : null].filter(Boolean).join(' ')}
                  className="mt-1.5 h-5 w-5 shrink-0 accent-brand-700"
                />
                <div>
                  <label htmlFor={id} className="font-mono font-semibold text-slate-900">
                    {event}
                  </label>
                  <span id={`${id}-hint`} className={hintBase}>
                    {t.eventHints[event]}
                  </span>
                </div>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <FieldError prefix={m.common.kit.errorPrefix} id={errorId} message={p.error} testId="events-error" />
    </fieldset>
  );
}

'use server';

import { db } from '@/db/client';
import { accountAction } from '@/lib/actions/action';
import { alertPreferencesSchema, saveAlertPreferences } from '@/lib/alerts/preferences';
import { staffMessages } from '@/lib/i18n/staff';
import { formString } from '@/lib/users/user-schemas';

/**
 * The signed-in person's failure alert e-mails (docs/decisions/016-failure-alerts.md). Fields:
 * alertEmails (checkbox: 'on' when ticked), locale ('es' | 'en', the language of the e-mails).
 * Audited 'user.alert_preferences_changed'. It answers in the language just chosen: the same
 * setting is the person's language on every staff screen.
 */
export const saveAlertPreferencesAction = accountAction(
  {
    name: 'saveAlertPreferencesAction',
    parse: {
      schema: alertPreferencesSchema,
      input: (fd) => ({ alertEmails: formString(fd, 'alertEmails') === 'on' ? 'on' : 'off', locale: formString(fd, 'locale') }),
      invalid: (_error, locale) => {
        const m = staffMessages(locale).account;
        return { status: 'error', error: 'invalid', message: m.formErrors.checkFields, fieldErrors: { locale: m.alerts.invalid } };
      },
    },
  },
  async ({ viewer, actor, input }) => {
    await saveAlertPreferences(db, viewer.userId, input, actor);
    const t = staffMessages(input.locale).account.alerts;
    return { status: 'ok', message: input.alertEmails === 'on' ? t.savedOn : t.savedOff };
  },
);

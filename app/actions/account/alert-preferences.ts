'use server';

import { db } from '@/db/client';
import { accountAction } from '@/lib/actions/action';
import { alertPreferencesSchema, saveAlertPreferences } from '@/lib/alerts/preferences';
import { formString } from '@/lib/users/user-schemas';

/**
 * The signed-in person's failure alert e-mails (docs/decisions/016-failure-alerts.md). Fields:
 * alertEmails (checkbox: 'on' when ticked), locale ('es' | 'en', the language of the e-mails).
 * Audited 'user.alert_preferences_changed'.
 */
export const saveAlertPreferencesAction = accountAction(
  {
    name: 'saveAlertPreferencesAction',
    parse: {
      schema: alertPreferencesSchema,
      input: (fd) => ({ alertEmails: formString(fd, 'alertEmails') === 'on' ? 'on' : 'off', locale: formString(fd, 'locale') }),
      invalid: () => ({ status: 'error', error: 'invalid', message: 'Check the highlighted fields.', fieldErrors: { locale: 'Choose Español or English.' } }),
    },
  },
  async ({ viewer, actor, input }) => {
    await saveAlertPreferences(db, viewer.userId, input, actor);
    return {
      status: 'ok',
      message: input.alertEmails === 'on' ? 'Saved. You will get failure alerts by e-mail.' : 'Saved. You will not get failure alerts by e-mail.',
    };
  },
);

/**
 * A person's failure alert preferences (account page): whether they get the e-mails and in
 * which language. `alertEmails` null means the default of their role: department admins and
 * platform admins get them, staff do not.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { recordAudit, type Actor } from '../audit/record-audit';
import { parseLocale, type Locale } from '../i18n/locale';
import type { Viewer } from '../auth/viewer';

export interface AlertPreferences {
  /** What the person gets now, the default applied. */
  receives: boolean;
  /** Whether they chose (false: the role's default applies). */
  explicit: boolean;
  /** Whether the default would send them alerts (admin of a department, or platform admin). */
  defaultOn: boolean;
  locale: Locale;
}

export function defaultAlertsOn(viewer: Pick<Viewer, 'platformRole' | 'memberships'>): boolean {
  return viewer.platformRole === 'admin' || viewer.memberships.some((m) => m.role === 'admin');
}

export async function getAlertPreferences(db: Db, viewer: Viewer): Promise<AlertPreferences> {
  const [u] = await db.select({ alertEmails: users.alertEmails, locale: users.locale }).from(users).where(eq(users.id, viewer.userId));
  const defaultOn = defaultAlertsOn(viewer);
  const explicit = u?.alertEmails !== null && u?.alertEmails !== undefined;
  return { receives: explicit ? u!.alertEmails === true : defaultOn, explicit, defaultOn, locale: parseLocale(u?.locale) };
}

export const alertPreferencesSchema = z.object({
  alertEmails: z.enum(['on', 'off']),
  locale: z.enum(['es', 'en']),
});

export type AlertPreferencesInput = z.infer<typeof alertPreferencesSchema>;

/** Saves the choice (explicit from now on) and audits it. */
export async function saveAlertPreferences(db: Db, userId: string, input: AlertPreferencesInput, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ alertEmails: input.alertEmails === 'on', locale: input.locale, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await recordAudit(tx, actor, {
      action: 'user.alert_preferences_changed',
      targetType: 'user',
      targetId: userId,
      details: { alertEmails: input.alertEmails === 'on', locale: input.locale },
    });
  });
}

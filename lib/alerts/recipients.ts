/**
 * Who gets failure alerts. A department's: its admins, and any member who opted in on their
 * account page (users.alert_emails = true); an admin who opted out (false) gets none. The
 * platform digest: platform admins who did not opt out. Disabled accounts get nothing.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { parseLocale, type Locale } from '../i18n/locale';

export interface AlertRecipient {
  userId: string;
  email: string;
  locale: Locale;
}

interface Row extends Record<string, unknown> {
  id: string;
  email: string;
  locale: string;
}

const toRecipient = (r: Row): AlertRecipient => ({ userId: r.id, email: r.email, locale: parseLocale(r.locale) });

export async function departmentAlertRecipients(q: Queryable, departmentId: string): Promise<AlertRecipient[]> {
  const rows = await q.execute<Row>(sql`
    select u.id, u.email, u.locale
      from memberships m join users u on u.id = m.user_id
     where m.department_id = ${departmentId}
       and u.disabled_at is null
       and (u.alert_emails is true or (u.alert_emails is null and m.role = 'admin'))
     order by u.email`);
  return [...rows].map(toRecipient);
}

export async function platformAlertRecipients(q: Queryable): Promise<AlertRecipient[]> {
  const rows = await q.execute<Row>(sql`
    select u.id, u.email, u.locale from users u
     where u.role = 'admin' and u.disabled_at is null and u.alert_emails is distinct from false
     order by u.email`);
  return [...rows].map(toRecipient);
}

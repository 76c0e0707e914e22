/** The language a person works in, remembered on their account (staff screens and e-mails). */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import type { Locale } from '../i18n/locale';

/** Stores the choice made with the language switch; a no-op when it is already the stored one. */
export async function rememberLocale(db: Db, userId: string, locale: Locale): Promise<void> {
  await db.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, userId));
}

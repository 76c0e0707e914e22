/**
 * The staff catalogue: every word of the dashboard, the admin area, sign-in, invitation and
 * account pages, once per language. Spanish is the reference; each area file types its English
 * half as the Spanish one, so a missing or misspelt key fails `tsc`.
 *
 * Server components: `const { locale, m } = await getStaffI18n()` (lib/i18n/server.ts).
 * Client components: `const { locale, m } = useStaffI18n()` (components/dashboard/staff-i18n.tsx).
 *
 * To add an area: write `./<area>.ts` exporting `{ es, en }` like ./common.ts and list it below.
 */
import type { Locale } from '../locale';
import { common } from './common';
import { department } from './department';
import { members } from './members';
import { programs } from './programs';
import { leads } from './leads';
import { audit } from './audit';
import { recover } from './recover';
import { webhooks } from './webhooks';
import { deliveries } from './deliveries';
import { admin } from './admin';
import { auth } from './auth';
import { account } from './account';
import { api } from './api';

const areas = { common, recover, department, members, programs, leads, audit, webhooks, deliveries, admin, auth, account, api } as const;

type Areas = typeof areas;
export type StaffMessages = { [K in keyof Areas]: Areas[K]['es'] };

function pick(locale: Locale): StaffMessages {
  return Object.fromEntries(Object.entries(areas).map(([k, v]) => [k, v[locale]])) as StaffMessages;
}

const catalogues: Record<Locale, StaffMessages> = { es: pick('es'), en: pick('en') };

export function staffMessages(locale: Locale): StaffMessages {
  return catalogues[locale];
}

/**
 * The five people of the authorization matrix: anonymous, staff of A, admin of A, staff of B,
 * platform admin. Two approved departments, each with a program, a webhook, and a lead of
 * that program with its delivery to the webhook.
 */
import { db } from '../db/client';
import { memberships, users } from '../db/schema';
import { loadViewer, type Viewer } from '../lib/auth/viewer';
import { createLead } from '../lib/leads/create-lead';
import { createWebhook } from '../lib/webhooks/create-webhook';
import { leadInput, makeDepartment, makeProgram } from './factories';

export type PersonaName = 'anonymous' | 'staffA' | 'adminA' | 'staffB' | 'platformAdmin';
export const PERSONAS: PersonaName[] = ['anonymous', 'staffA', 'adminA', 'staffB', 'platformAdmin'];

/** One department of the world and the ids of its things. */
export interface WorldDepartment {
  slug: string;
  id: string;
  programId: string;
  webhookId: string;
  webhookUrl: string;
  /** A lead that chose only this department's program. */
  leadId: string;
  leadName: string;
  /** That lead's delivery to this department's webhook. */
  deliveryId: string;
}

export interface World {
  viewers: Record<PersonaName, Viewer | null>;
  a: WorldDepartment;
  b: WorldDepartment;
}

async function user(email: string, role: 'admin' | 'user' = 'user') {
  const [u] = await db.insert(users).values({ email, name: email, role, passwordHash: null }).returning();
  return u!;
}

export async function buildWorld(): Promise<World> {
  const suffix = Math.random().toString(36).slice(2, 8);
  const depA = await makeDepartment({ slug: `dep-a-${suffix}` });
  const depB = await makeDepartment({ slug: `dep-b-${suffix}` });
  const progA = await makeProgram(depA.id);
  const progB = await makeProgram(depB.id);
  const whA = await createWebhook(db, depA.id, { url: 'https://a.example.com/hook' }, { email: 'setup' });
  const whB = await createWebhook(db, depB.id, { url: 'https://b.example.com/hook' }, { email: 'setup' });
  if (!whA.ok || !whB.ok) throw new Error('world webhooks');
  const [leadNameA, leadNameB] = ['Ana Alfa', 'Bruno Beta'];
  const leadA = await createLead(db, leadInput([progA.id], { name: leadNameA, email: `ana-${suffix}@example.com` }));
  const leadB = await createLead(db, leadInput([progB.id], { name: leadNameB, email: `bruno-${suffix}@example.com` }));
  if (!leadA.ok || !leadB.ok || !leadA.deliveries[0] || !leadB.deliveries[0]) throw new Error('world leads');

  const staffA = await user(`staff-a-${suffix}@example.com`);
  const adminA = await user(`admin-a-${suffix}@example.com`);
  const staffB = await user(`staff-b-${suffix}@example.com`);
  const platform = await user(`platform-${suffix}@example.com`, 'admin');
  await db.insert(memberships).values([
    { userId: staffA.id, departmentId: depA.id, role: 'staff' },
    { userId: adminA.id, departmentId: depA.id, role: 'admin' },
    { userId: staffB.id, departmentId: depB.id, role: 'staff' },
  ]);
  return {
    viewers: {
      anonymous: null,
      staffA: await loadViewer(db, staffA.id),
      adminA: await loadViewer(db, adminA.id),
      staffB: await loadViewer(db, staffB.id),
      platformAdmin: await loadViewer(db, platform.id),
    },
    a: {
      slug: depA.slug,
      id: depA.id,
      programId: progA.id,
      webhookId: whA.webhook.id,
      webhookUrl: whA.webhook.url,
      leadId: leadA.leadId,
      leadName: leadNameA,
      deliveryId: leadA.deliveries[0].id,
    },
    b: {
      slug: depB.slug,
      id: depB.id,
      programId: progB.id,
      webhookId: whB.webhook.id,
      webhookUrl: whB.webhook.url,
      leadId: leadB.leadId,
      leadName: leadNameB,
      deliveryId: leadB.deliveries[0].id,
    },
  };
}

/** Who may act, by the minimum role an act needs in department A. */
export function allowedFor(minRole: 'staff' | 'admin'): Set<PersonaName> {
  return new Set(minRole === 'staff' ? ['staffA', 'adminA', 'platformAdmin'] : ['adminA', 'platformAdmin']);
}

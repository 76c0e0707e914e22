/** Small builders for test data, so each test states only what matters to it. */
import { randomBytes } from 'node:crypto';
import { db } from '../db/client';
import { departments, programs, webhookPrograms, webhooks } from '../db/schema';
import type { LeadInput } from '../lib/leads/lead-schema';

const uniq = () => randomBytes(4).toString('hex');

export async function makeDepartment(over: Partial<typeof departments.$inferInsert> = {}) {
  const slug = over.slug ?? `dep-${uniq()}`;
  const [d] = await db
    .insert(departments)
    .values({ slug, name: `Department ${slug}`, acronym: slug.toUpperCase(), status: 'approved', ...over })
    .returning();
  return d!;
}

export async function makeProgram(departmentId: string, over: Partial<typeof programs.$inferInsert> = {}) {
  const slug = over.slug ?? `prog-${uniq()}`;
  const [p] = await db
    .insert(programs)
    .values({
      departmentId,
      slug,
      kind: 'financing',
      titleEs: `Programa ${slug}`,
      titleEn: `Program ${slug}`,
      summaryEs: 'Resumen',
      summaryEn: 'Summary',
      descriptionEs: 'Descripción',
      descriptionEn: 'Description',
      ...over,
    })
    .returning();
  return p!;
}

/** A webhook row with a dummy ciphertext; delivery tests that sign use lib/webhooks instead. */
export async function makeWebhookRow(
  departmentId: string,
  over: Partial<typeof webhooks.$inferInsert> = {},
  programIds: string[] = [],
) {
  const [w] = await db
    .insert(webhooks)
    .values({ departmentId, url: 'http://127.0.0.1:9/hook', secretCiphertext: 'unused', allPrograms: programIds.length === 0, ...over })
    .returning();
  if (programIds.length > 0) await db.insert(webhookPrograms).values(programIds.map((programId) => ({ webhookId: w!.id, programId })));
  return w!;
}

export function leadInput(programIds: string[], over: Partial<LeadInput> = {}): LeadInput {
  return {
    name: 'Ana Pérez',
    email: 'ana@example.com',
    phone: '787-555-1234',
    businessName: 'Café La Plaza',
    municipality: 'Mayagüez',
    businessStage: 'new',
    sector: 'food',
    message: 'Quiero información.',
    programIds,
    consent: true,
    locale: 'es',
    ...over,
  };
}

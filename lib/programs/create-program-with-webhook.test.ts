/** The compensation path: the webhook step fails after the program was inserted. */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/client';
import { auditLog, programs } from '../../db/schema';
import { makeDepartment } from '../../test/factories';
import { invalidateSsrfOptions } from '../delivery/ssrf-policy';
import { resetEnvCache } from '../env';
import { createProgramWithWebhook } from './create-program-with-webhook';

const createWebhook = vi.hoisted(() => vi.fn());
vi.mock('../webhooks/create-webhook', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../webhooks/create-webhook')>()),
  createWebhook,
}));

const actor = { userId: null, email: 'admin@dep.test', ip: null };
const valid = {
  titleEs: 'Programa con webhook',
  titleEn: 'Program with a webhook',
  summaryEs: 'Un resumen suficiente.',
  summaryEn: 'A long enough summary.',
  descriptionEs: 'Una descripción suficiente.',
  descriptionEn: 'A long enough description.',
  kind: 'incentive',
  webhookUrl: 'https://crm.example.gov.pr/hook',
};

beforeAll(() => {
  process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS = '0';
  process.env.PUENTE_ENGINE = 'off';
  resetEnvCache();
  invalidateSsrfOptions();
});

describe('createProgramWithWebhook when the webhook step fails late', () => {
  it('removes the program again when createWebhook throws, and audits the removal', async () => {
    const dep = await makeDepartment();
    createWebhook.mockRejectedValueOnce(new Error('database went away'));
    await expect(createProgramWithWebhook(db, dep.id, valid, actor)).rejects.toThrow('database went away');
    expect(await db.select().from(programs).where(eq(programs.departmentId, dep.id))).toHaveLength(0);
    const actions = (await db.select().from(auditLog).where(eq(auditLog.departmentId, dep.id))).map((e) => e.action);
    expect(actions).toEqual(['program.created', 'program.deleted']);
  });

  it('removes the program again when createWebhook refuses, and shows its reason on the URL', async () => {
    const dep = await makeDepartment();
    createWebhook.mockResolvedValueOnce({ ok: false, error: 'invalid', fieldErrors: { url: 'address not allowed: 10.0.0.1 is a private network address' } });
    const r = await createProgramWithWebhook(db, dep.id, valid, actor);
    expect(r).toEqual({ ok: false, error: 'invalid', fieldErrors: { webhookUrl: 'address not allowed: 10.0.0.1 is a private network address' } });
    expect(await db.select().from(programs).where(eq(programs.departmentId, dep.id))).toHaveLength(0);
  });
});

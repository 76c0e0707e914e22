import { InngestTestEngine } from '@inngest/test';
import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db/client';
import { auditLog, leads } from '../../db/schema';
import { resetEnvCache } from '../../lib/env';
import { createLead } from '../../lib/leads/create-lead';
import { leadInput, makeDepartment, makeProgram } from '../../test/factories';
import { purgeExpiredData } from './purge-expired-data';

beforeAll(() => {
  process.env.PUENTE_ENGINE = 'inngest';
  resetEnvCache();
});
afterEach(() => {
  delete process.env.PUENTE_RETENTION_DAYS;
  resetEnvCache();
});

describe('purge-expired-data (Inngest cron)', () => {
  it('runs the retention purge in one step with PUENTE_RETENTION_DAYS, and audits it', async () => {
    process.env.PUENTE_RETENTION_DAYS = '7';
    resetEnvCache();
    const dep = await makeDepartment();
    const program = await makeProgram(dep.id);
    const old = await createLead(db, leadInput([program.id], { name: 'Eight Days Ago' }), { now: new Date(Date.now() - 8 * 86_400_000) });
    const recent = await createLead(db, leadInput([program.id], { name: 'Six Days Ago' }), { now: new Date(Date.now() - 6 * 86_400_000) });
    if (!old.ok || !recent.ok) throw new Error('lead');

    const t = new InngestTestEngine({ function: purgeExpiredData });
    const { result, error } = await t.execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ days: 7, leads: 1, events: 1 });

    const [o] = await db.select().from(leads).where(eq(leads.id, old.leadId));
    const [r] = await db.select().from(leads).where(eq(leads.id, recent.leadId));
    expect(o).toMatchObject({ name: '', email: '' });
    expect(o!.purgedAt).not.toBeNull();
    expect(r).toMatchObject({ name: 'Six Days Ago', purgedAt: null });
    const entries = await db.select().from(auditLog).where(eq(auditLog.action, 'retention.purged'));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.details).toMatchObject({ days: 7, leads: 1 });
  });

  it('is scheduled daily by cron', () => {
    const triggers = (purgeExpiredData as unknown as { opts: { triggers: { cron?: string }[] } }).opts.triggers;
    expect(triggers).toEqual([{ cron: 'TZ=UTC 17 3 * * *' }]);
  });
});

/** The embedded engine's retention cron task: graphile-worker runs it and the purge happens. */
import { eq } from 'drizzle-orm';
import { parseCrontab } from 'graphile-worker';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { auditLog, leads } from '../../db/schema';
import { leadInput, makeDepartment, makeProgram } from '../../test/factories';
import { startEmbeddedWorker } from '../delivery/embedded-worker';
import { resetEnvCache } from '../env';
import { createLead } from '../leads/create-lead';
import { RETENTION_CRONTAB, RETENTION_TASK } from './run-retention';

beforeAll(() => {
  delete process.env.PUENTE_ENGINE;
  delete process.env.PUENTE_RETENTION_DAYS;
  resetEnvCache();
});

describe('the retention cron task', () => {
  it('is a valid daily crontab line for the retention task', () => {
    const [item, ...rest] = parseCrontab(RETENTION_CRONTAB);
    expect(rest).toHaveLength(0);
    expect(item).toMatchObject({ task: RETENTION_TASK, options: { backfillPeriod: 86_400_000, maxAttempts: 3 } });
    const at = (iso: string) => {
      const d = new Date(iso);
      return { min: d.getUTCMinutes(), hour: d.getUTCHours(), date: d.getUTCDate(), month: d.getUTCMonth() + 1, dow: d.getUTCDay() };
    };
    // Once a day, at 03:17 UTC.
    expect(item!.match(at('2026-05-01T03:17:00Z'))).toBe(true);
    expect(item!.match(at('2026-05-01T03:18:00Z'))).toBe(false);
    expect(item!.match(at('2026-05-01T04:17:00Z'))).toBe(false);
  });

  it('is run by the embedded worker: a queued retention job purges leads older than the default 30 days', async () => {
    const dep = await makeDepartment();
    const program = await makeProgram(dep.id);
    const old = await createLead(db, leadInput([program.id], { name: 'Forty Days Ago' }), { now: new Date(Date.now() - 40 * 86_400_000) });
    const recent = await createLead(db, leadInput([program.id], { name: 'Twenty Days Ago' }), { now: new Date(Date.now() - 20 * 86_400_000) });
    if (!old.ok || !recent.ok) throw new Error('lead');

    const worker = await startEmbeddedWorker({ connectionString: process.env.DATABASE_URL!, concurrency: 2 });
    try {
      await rawSql()`select graphile_worker.add_job(${RETENTION_TASK}, '{}'::json)`;
      const until = Date.now() + 10_000;
      let entries: unknown[] = [];
      while (Date.now() < until) {
        entries = await db.select().from(auditLog).where(eq(auditLog.action, 'retention.purged'));
        if (entries.length > 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(entries).toHaveLength(1);
    } finally {
      await worker.stop();
    }
    const [o] = await db.select().from(leads).where(eq(leads.id, old.leadId));
    const [r] = await db.select().from(leads).where(eq(leads.id, recent.leadId));
    expect(o!.name).toBe('');
    expect(r!.name).toBe('Twenty Days Ago');
  });
});

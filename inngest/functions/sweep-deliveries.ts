/** Every minute: re-request deliveries that are due and held by nobody (a lost event, a crash). */
import { cron } from 'inngest';
import { db } from '../../db/client';
import { findLostDeliveries } from '../../lib/delivery/sweep';
import { deliveryRequested, inngest } from '../client';

export const sweepDeliveries = inngest.createFunction(
  { id: 'sweep-deliveries', triggers: [cron('* * * * *')], retries: 1 },
  async ({ step }) => {
    const lost = await step.run('find-lost', async () => findLostDeliveries(db, new Date(), { graceMs: 120_000 }));
    if (lost.length > 0) {
      await step.sendEvent('re-request', lost.map((d) => deliveryRequested.create({ deliveryId: d.id, webhookId: d.webhookId })));
    }
    return { requeued: lost.length };
  },
);

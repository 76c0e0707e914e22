/** lead/created → one webhook/delivery.requested per delivery planned in the lead's transaction. */
import { eq } from 'drizzle-orm';
import { db } from '../../db/client';
import { deliveries } from '../../db/schema';
import { deliveryRequested, inngest, leadCreated } from '../client';

export const fanOutLead = inngest.createFunction(
  { id: 'fan-out-lead', triggers: [leadCreated], retries: 5 },
  async ({ event, step }) => {
    const planned = await step.run('load-deliveries', async () =>
      db.select({ id: deliveries.id, webhookId: deliveries.webhookId }).from(deliveries).where(eq(deliveries.eventId, event.data.eventId)),
    );
    if (planned.length === 0) return { fannedOut: 0 };
    await step.sendEvent(
      'request-deliveries',
      planned.map((d) => deliveryRequested.create({ deliveryId: d.id, webhookId: d.webhookId })),
    );
    return { fannedOut: planned.length };
  },
);

/** Connects lib/delivery/wake to Inngest: after a commit, send the events that start delivery. */
import { registerAfterCommitSender } from '../lib/delivery/wake';
import { deliveryRequested, inngest, leadCreated } from './client';

export function registerInngestSender(): void {
  registerAfterCommitSender(async (targets, ctx) => {
    if (ctx.leadEventId) {
      await inngest.send(leadCreated.create({ eventId: ctx.leadEventId }));
      return;
    }
    await inngest.send(targets.map((t) => deliveryRequested.create({ deliveryId: t.id, webhookId: t.webhookId })));
  });
}

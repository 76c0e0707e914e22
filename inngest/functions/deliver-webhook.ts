/**
 * webhook/delivery.requested → attemptDelivery in a step per attempt, sleeping until the next
 * attempt between them. The schedule is attemptDelivery's; this only waits for it. Concurrency
 * is keyed by webhook so one slow department cannot take every slot.
 */
import { attemptDelivery, MAX_ATTEMPTS } from '../../lib/delivery/attempt-delivery';
import { deliveryRequested, inngest } from '../client';

export const deliverWebhook = inngest.createFunction(
  {
    id: 'deliver-webhook',
    triggers: [deliveryRequested],
    concurrency: { key: 'event.data.webhookId', limit: 10 },
    // Retries here are for Puente's own failures (database unreachable); a consumer's failure is
    // an ordinary outcome that attemptDelivery schedules itself.
    retries: 4,
  },
  async ({ event, step }) => {
    const { deliveryId } = event.data;
    // A manual redeliver can add one attempt to a finished schedule; leave room for it.
    for (let n = 1; n <= MAX_ATTEMPTS + 1; n++) {
      const r = await step.run(`attempt-${n}`, async () => {
        const out = await attemptDelivery(deliveryId);
        return {
          outcome: out.outcome,
          nextAttemptAt: 'nextAttemptAt' in out && out.nextAttemptAt ? out.nextAttemptAt.toISOString() : null,
          wake: 'wake' in out ? out.wake.map((w) => w.id) : [],
          statusCode: 'statusCode' in out ? out.statusCode : null,
        };
      });
      if (r.outcome === 'retry' && r.nextAttemptAt) {
        await step.sleepUntil(`wait-${n}`, r.nextAttemptAt);
        continue;
      }
      if (r.wake.length > 0) {
        await step.sendEvent('wake-next-in-line', r.wake.map((id) => deliveryRequested.create({ deliveryId: id })));
      }
      return r;
    }
    return { outcome: 'exhausted' as const };
  },
);

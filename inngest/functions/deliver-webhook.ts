/**
 * webhook/delivery.requested → attemptDelivery in a step per attempt, sleeping until the next
 * attempt between them. The schedule, the per-webhook cap and the circuit breaker are
 * attemptDelivery's (enforced by its claim in Postgres, the same as the embedded engine); this
 * only waits: until the next retry, until a cooling webhook's probe time, or a few seconds when
 * the webhook already has its cap of requests in flight. Inngest's own concurrency key is the
 * webhook too, at the default cap, so most waiting happens in Inngest's queue, not in steps.
 */
import { attemptDelivery, MAX_ATTEMPTS } from '../../lib/delivery/attempt-delivery';
import { deliveryRequested, inngest } from '../client';

/** Inngest's concurrency limit is fixed per function: the platform default per-webhook cap. */
export const INNGEST_WEBHOOK_CONCURRENCY = 10;
/** Room for waits (busy, cooling) besides the attempts; Inngest allows 1,000 steps per run. */
const MAX_STEPS = 400;

export const deliverWebhook = inngest.createFunction(
  {
    id: 'deliver-webhook',
    triggers: [deliveryRequested],
    concurrency: { key: 'event.data.webhookId', limit: INNGEST_WEBHOOK_CONCURRENCY },
    // Retries here are for Puente's own failures (database unreachable); a consumer's failure is
    // an ordinary outcome that attemptDelivery schedules itself.
    retries: 4,
  },
  async ({ event, step }) => {
    const { deliveryId } = event.data;
    let attempts = 0;
    for (let n = 1; n <= MAX_STEPS; n++) {
      const r = await step.run(`attempt-${n}`, async () => {
        const out = await attemptDelivery(deliveryId);
        return {
          outcome: out.outcome,
          nextAttemptAt: 'nextAttemptAt' in out && out.nextAttemptAt ? out.nextAttemptAt.toISOString() : null,
          until: out.outcome === 'cooling' ? out.until.toISOString() : null,
          wake: 'wake' in out ? out.wake.map((w) => w.id) : [],
          statusCode: 'statusCode' in out ? out.statusCode : null,
        };
      });
      if (r.outcome === 'cooling' && r.until) {
        await step.sleepUntil(`cooling-${n}`, r.until);
        continue;
      }
      if (r.outcome === 'busy') {
        // Spread the retries of many waiting deliveries over a few seconds.
        await step.sleep(`busy-${n}`, `${1 + (n % 4)}s`);
        continue;
      }
      if (r.outcome === 'retry' && r.nextAttemptAt) {
        // A manual redeliver can add one attempt to a finished schedule; leave room for it.
        if (++attempts > MAX_ATTEMPTS + 1) break;
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

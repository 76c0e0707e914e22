/**
 * The Inngest client and Puente's typed events (the scale-out engine). Event payloads carry
 * ids only: Postgres stays the source of truth for what must be delivered.
 */
import { Inngest, eventType } from 'inngest';
import { z } from 'zod';

export const inngest = new Inngest({ id: 'puente' });

export const leadCreated = eventType('lead/created', {
  schema: z.object({ eventId: z.uuid() }),
});

export const deliveryRequested = eventType('webhook/delivery.requested', {
  schema: z.object({ deliveryId: z.uuid(), webhookId: z.uuid().optional() }),
});

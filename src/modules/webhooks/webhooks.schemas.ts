/** The shapes of webhook endpoints, deliveries and attempts. */
import { EVENT_TYPES } from '../../platform/events.ts';
import { z } from '../../platform/openapi.ts';

export const EventType = z.enum(EVENT_TYPES);

export const EventTypeInfo = z.object({ type: z.string(), description: z.string() }).openapi('WebhookEventType');

const Url = z.string().trim().min(1).max(2000).openapi({
  description: 'https:// (http:// and private addresses only with EMBASSY_ALLOW_PRIVATE_URLS=1)',
  example: 'https://hr.example.be/hooks/embassy',
});

export const Endpoint = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string(),
    eventTypes: z.array(z.string()).openapi({ description: 'The event types it receives; empty: all of them' }),
    enabled: z.boolean(),
    disabledAt: z.string().nullable(),
    disabledReason: z.enum(['manual', 'failing', 'gone']).nullable(),
    failureStreak: z.number().int().openapi({ description: 'Deliveries that failed in a row since the last success' }),
    failingSince: z.string().nullable().openapi({ description: 'The first failed attempt since the last success' }),
    previousSecretExpiresAt: z.string().nullable().openapi({ description: 'After a rotation: until when the previous secret also signs' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('WebhookEndpoint');

export const EndpointWithSecret = Endpoint.extend({
  secret: z.string().openapi({ description: 'The whsec_ signing secret: shown this once, never again' }),
}).openapi('WebhookEndpointWithSecret');

export const CreateEndpointBody = z.strictObject({
  url: Url,
  description: z.string().trim().max(500).default(''),
  eventTypes: z.array(EventType).max(EVENT_TYPES.length).default([]),
});

export const UpdateEndpointBody = z.strictObject({
  url: Url.optional(),
  description: z.string().trim().max(500).optional(),
  eventTypes: z.array(EventType).max(EVENT_TYPES.length).optional(),
  enabled: z.boolean().optional().openapi({ description: 'false disables it; true enables it again and resets the failure streak' }),
});

export const DeliveryStatus = z.enum(['pending', 'delivered', 'failed', 'cancelled']);

export const Delivery = z
  .object({
    id: z.string(),
    endpointId: z.string(),
    webhookId: z.string().openapi({ description: 'The webhook-id header: the same on every retry and replay' }),
    eventType: z.string(),
    status: DeliveryStatus,
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable().openapi({ description: 'When it is tried again (pending only)' }),
    lastStatus: z.number().int().nullable().openapi({ description: 'The HTTP status of the last answer' }),
    lastError: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('WebhookDelivery');

export const Attempt = z
  .object({
    attempt: z.number().int(),
    at: z.string(),
    status: z.number().int().nullable(),
    error: z.string().nullable(),
    durationMs: z.number().int(),
    responseExcerpt: z.string().nullable().openapi({ description: 'The first 2 KB of the answer' }),
  })
  .openapi('WebhookAttempt');

export const DeliveryDetail = Delivery.extend({
  payload: z.unknown().openapi({ description: 'The body sent: { type, timestamp, data }' }),
  attemptLog: z.array(Attempt).openapi({ description: 'Every attempt, oldest first' }),
}).openapi('WebhookDeliveryDetail');

export const DeliveriesQuery = z.strictObject({
  status: DeliveryStatus.optional(),
  cursor: z.string().max(200).optional().openapi({ description: 'Paging: the nextCursor of the previous page' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const DeliveriesPage = z.object({ items: z.array(Delivery), nextCursor: z.string().nullable() });

/** Webhook rows to the answers the schemas declare; a secret never leaves through here. */
import type { AttemptRow, DeliveryRow, EndpointRow } from './webhooks.repo.ts';
import { webhookId } from './webhooks.sign.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentEndpoint(e: EndpointRow, now: Date) {
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    eventTypes: e.event_types,
    enabled: e.enabled,
    disabledAt: iso(e.disabled_at),
    disabledReason: (e.enabled ? null : (e.disabled_reason ?? 'manual')) as 'manual' | 'failing' | 'gone' | null,
    failureStreak: e.failure_streak,
    failingSince: iso(e.first_failure_at),
    previousSecretExpiresAt:
      e.previous_secret_expires_at && e.previous_secret_expires_at > now ? e.previous_secret_expires_at.toISOString() : null,
    createdAt: e.created_at.toISOString(),
    updatedAt: e.updated_at.toISOString(),
  };
}

export function presentDelivery(d: DeliveryRow) {
  return {
    id: d.id,
    endpointId: d.endpoint_id,
    webhookId: webhookId(d.message_id),
    eventType: d.event_type,
    // 'sending' is a worker's claim on a pending delivery: the log shows it as pending.
    status: (d.status === 'sending' ? 'pending' : d.status) as 'pending' | 'delivered' | 'failed' | 'cancelled',
    attempts: d.attempts,
    nextAttemptAt: d.status === 'pending' || d.status === 'sending' ? d.next_attempt_at.toISOString() : null,
    lastStatus: d.last_status,
    lastError: d.last_error,
    deliveredAt: iso(d.delivered_at),
    createdAt: d.created_at.toISOString(),
  };
}

export function presentAttempt(a: AttemptRow) {
  return {
    attempt: a.attempt,
    at: a.at.toISOString(),
    status: a.status,
    error: a.error,
    durationMs: a.duration_ms,
    responseExcerpt: a.response_excerpt,
  };
}

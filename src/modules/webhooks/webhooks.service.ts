/** Webhook endpoints (admins, `integrations.manage`): create, change, rotate the secret, test, the delivery log and replay. */
import crypto from 'node:crypto';
import type { AppContext } from '../../platform/context.ts';
import { commitChange } from '../../platform/change.ts';
import { encryptSecret } from '../../platform/encryption.ts';
import { AppError, badRequest, conflict, notFound, unprocessable } from '../../platform/errors.ts';
import { EVENT_TYPES, type EventType } from '../../platform/events.ts';
import { OutboundRefused, resolveOutbound } from '../../platform/outbound.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import * as repo from './webhooks.repo.ts';
import { attemptNow, CLAIM_SECONDS } from './webhooks.sender.ts';
import { newWebhookSecret } from './webhooks.sign.ts';
import { urlHint } from './webhooks.url-hint.ts';

/** How long the previous secret keeps signing after a rotation. */
export const ROTATION_OVERLAP_MS = 24 * 3600 * 1000;
/** The type of the ping POST /webhooks/endpoints/{id}/test sends: to that endpoint only, never an event. */
export const TEST_EVENT_TYPE = 'webhook.test';

export const EVENT_CATALOGUE: Record<EventType, string> = {
  'person.created':
    'A person was added to the directory (CSV import or SCIM): id, employeeNumber, names, workEmail, department, jobTitle, startDate, endDate.',
  'person.updated': 'A person in the directory changed: the same fields as person.created.',
  'person.left': 'An end date was set or moved: id, employeeNumber, endDate.',
  'ambassador.joined': 'A person joined the ambassador program: personId, scope.',
  'ambassador.left': 'An ambassador left the program: personId, scope.',
  'story.published': 'A story was published: storyId, authorPersonId, visibility.',
  'story.hidden': 'A published story was hidden: storyId, authorPersonId.',
  'question.asked': "A question reached an ambassador: questionId, ambassadorPersonId (never the asker's address).",
  'survey.completed': 'A survey closed: surveyId, kind, invited, responses (null below the reporting minimum). Aggregates only.',
  'task.completed': 'A task of a journey was done: taskId, personId, ownerPersonId.',
};

/** The catalogue of event types (admins, as everything here). */
export function eventTypes(actor: Actor) {
  authorize(actor, 'integrations.manage');
  return EVENT_TYPES.map((type) => ({ type, description: EVENT_CATALOGUE[type] }));
}

async function checkUrl(ctx: AppContext, url: string): Promise<void> {
  try {
    await resolveOutbound(ctx.config, url);
  } catch (err) {
    if (!(err instanceof OutboundRefused)) throw err;
    throw unprocessable(
      err.message,
      [{ path: 'body.url', code: 'webhook-url-refused', params: { reason: err.reason }, message: err.message }],
      'webhook-url-refused',
      {
        reason: err.reason,
      },
    );
  }
}

async function load(ctx: AppContext, actor: Actor, id: string) {
  authorize(actor, 'integrations.manage');
  const row = await repo.getEndpoint(ctx.db, actor.orgId, id);
  if (!row) throw notFound('Webhook endpoint');
  return row;
}

export async function listEndpoints(ctx: AppContext, actor: Actor) {
  authorize(actor, 'integrations.manage');
  return repo.listEndpoints(ctx.db, actor.orgId);
}

export const getEndpoint = load;

export async function createEndpoint(ctx: AppContext, actor: Actor, input: { url: string; description: string; eventTypes: EventType[] }) {
  authorize(actor, 'integrations.manage');
  await checkUrl(ctx, input.url);
  const id = crypto.randomUUID();
  const secret = newWebhookSecret();
  const eventTypes = [...new Set(input.eventTypes)];
  await commitChange(
    ctx,
    actor,
    {
      action: 'webhooks.create',
      targetType: 'webhook_endpoint',
      targetId: id,
      details: { url: urlHint(input.url), description: input.description, eventTypes },
    },
    (tx) =>
      repo.insertEndpoint(tx, actor.orgId, {
        id,
        url: input.url,
        description: input.description,
        eventTypes,
        secretSealed: encryptSecret(ctx.config, secret, `webhook:${id}`),
        now: ctx.clock.now(),
      }),
  );
  return { row: (await repo.getEndpoint(ctx.db, actor.orgId, id))!, secret };
}

export async function updateEndpoint(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { url?: string; description?: string; eventTypes?: EventType[]; enabled?: boolean },
) {
  const before = await load(ctx, actor, id);
  if (input.url !== undefined && input.url !== before.url) await checkUrl(ctx, input.url);
  const eventTypes = input.eventTypes && [...new Set(input.eventTypes)];
  const action =
    input.enabled === true && !before.enabled
      ? 'webhooks.enable'
      : input.enabled === false && before.enabled
        ? 'webhooks.disable'
        : 'webhooks.update';
  await commitChange(
    ctx,
    actor,
    {
      action,
      targetType: 'webhook_endpoint',
      targetId: id,
      details: { ...input, ...(input.url !== undefined ? { url: urlHint(input.url) } : {}), eventTypes },
    },
    async (tx) => {
      await repo.updateEndpoint(tx, actor.orgId, id, { ...input, eventTypes, now: ctx.clock.now() });
      if (input.enabled === false) await repo.cancelPending(tx, actor.orgId, id, ctx.clock.now());
    },
  );
  return (await repo.getEndpoint(ctx.db, actor.orgId, id))!;
}

export async function deleteEndpoint(ctx: AppContext, actor: Actor, id: string) {
  const before = await load(ctx, actor, id);
  await commitChange(
    ctx,
    actor,
    { action: 'webhooks.delete', targetType: 'webhook_endpoint', targetId: id, details: { url: urlHint(before.url) } },
    (tx) => repo.deleteEndpoint(tx, actor.orgId, id),
  );
}

/** A new secret, shown once; the previous one keeps signing for 24 hours (both signatures are sent). */
export async function rotateSecret(ctx: AppContext, actor: Actor, id: string) {
  await load(ctx, actor, id);
  const secret = newWebhookSecret();
  const until = new Date(ctx.clock.now().getTime() + ROTATION_OVERLAP_MS);
  await commitChange(
    ctx,
    actor,
    {
      action: 'webhooks.rotate_secret',
      targetType: 'webhook_endpoint',
      targetId: id,
      details: { previousSecretValidUntil: until.toISOString() },
    },
    (tx) => repo.rotateSecret(tx, actor.orgId, id, encryptSecret(ctx.config, secret, `webhook:${id}`), until, ctx.clock.now()),
  );
  return { row: (await repo.getEndpoint(ctx.db, actor.orgId, id))!, secret };
}

const encodeCursor = (d: { created_at: Date; id: string }) => Buffer.from(`${d.created_at.toISOString()}|${d.id}`).toString('base64url');
function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at);
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(createdAt.getTime()))
    throw badRequest('This cursor is not one a previous page gave.', undefined, 'invalid-cursor');
  return { createdAt, id };
}

export async function listDeliveries(
  ctx: AppContext,
  actor: Actor,
  endpointId: string,
  q: { status?: 'pending' | 'delivered' | 'failed' | 'cancelled'; cursor?: string; limit: number },
) {
  await load(ctx, actor, endpointId);
  const rows = await repo.listDeliveries(ctx.db, actor.orgId, endpointId, {
    status: q.status,
    after: q.cursor ? decodeCursor(q.cursor) : undefined,
    limit: q.limit + 1,
  });
  const items = rows.slice(0, q.limit);
  return { items, nextCursor: rows.length > q.limit ? encodeCursor(items[items.length - 1]) : null };
}

export async function getDelivery(ctx: AppContext, actor: Actor, id: string) {
  authorize(actor, 'integrations.manage');
  const row = await repo.getDelivery(ctx.db, actor.orgId, id);
  if (!row) throw notFound('Webhook delivery');
  return { row, attempts: await repo.listAttempts(ctx.db, actor.orgId, id) };
}

/** Claims a delivery for an attempt now (audited), makes it, and answers the delivery as it ends. */
async function replayNow(ctx: AppContext, actor: Actor, deliveryId: string, endpointId: string) {
  const token = crypto.randomUUID();
  const now = ctx.clock.now();
  const claimed = await commitChange(
    ctx,
    actor,
    { action: 'webhooks.replay', targetType: 'webhook_endpoint', targetId: endpointId, details: { deliveryId } },
    async (tx) => {
      const ok = await repo.claimOne(
        tx,
        actor.orgId,
        deliveryId,
        ['delivered', 'failed', 'cancelled'],
        token,
        now,
        new Date(now.getTime() + CLAIM_SECONDS * 1000),
      );
      if (!ok) throw conflict('This delivery is still being sent.', 'webhook-delivery-pending');
      return ok;
    },
  );
  if (claimed) await attemptNow(ctx, actor.orgId, deliveryId, token);
  return getDelivery(ctx, actor, deliveryId);
}

const assertEnabled = (e: repo.EndpointRow) => {
  if (!e.enabled) throw new AppError('webhook-endpoint-disabled', 'The endpoint is disabled: enable it first.');
};

/** A new attempt of a delivered, failed or cancelled delivery: the same webhook-id, a new timestamp and signature. */
export async function replayDelivery(ctx: AppContext, actor: Actor, id: string) {
  const { row } = await getDelivery(ctx, actor, id);
  assertEnabled((await repo.getEndpoint(ctx.db, actor.orgId, row.endpoint_id))!);
  return replayNow(ctx, actor, id, row.endpoint_id);
}

/** Sends a `webhook.test` ping to this endpoint only, now, and answers how it went. */
export async function sendTest(ctx: AppContext, actor: Actor, endpointId: string) {
  const endpoint = await load(ctx, actor, endpointId);
  assertEnabled(endpoint);
  const now = ctx.clock.now();
  const token = crypto.randomUUID();
  const payload = { type: TEST_EVENT_TYPE, timestamp: now.toISOString(), data: { endpointId } };
  // Written already claimed, so no worker takes it: this request makes the attempt.
  const deliveryId = await commitChange(
    ctx,
    actor,
    (id: string) => ({ action: 'webhooks.test', targetType: 'webhook_endpoint', targetId: endpointId, details: { deliveryId: id } }),
    (tx) =>
      repo.insertDirectMessage(tx, actor.orgId, endpointId, {
        type: TEST_EVENT_TYPE,
        payload,
        now,
        token,
        lockedUntil: new Date(now.getTime() + CLAIM_SECONDS * 1000),
      }),
  );
  await attemptNow(ctx, actor.orgId, deliveryId, token);
  return getDelivery(ctx, actor, deliveryId);
}

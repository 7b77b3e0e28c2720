/**
 * Chat channels: a Teams or Slack incoming webhook that journey steps post to (a welcome in the
 * team's channel instead of a mail to everyone). The webhook URL is a secret (whoever has it posts
 * in the channel): it is stored sealed (purpose `chat:<id>`), never answered, and shown only as a
 * hint (host and last four characters).
 */
import crypto from 'node:crypto';
import net from 'node:net';
import type { AppContext } from '../../platform/context.ts';
import { commitChange } from '../../platform/change.ts';
import { decryptSecret, encryptSecret } from '../../platform/encryption.ts';
import { AppError, notFound, unprocessable } from '../../platform/errors.ts';
import { contentLanguage, type Localizer } from '../../platform/language.ts';
import { OutboundRefused, postOutbound, resolveOutbound } from '../../platform/outbound.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { chatPayload, isChatHost, testMessage, urlHint, type ChatKind, type ChatMessage } from './chat.formats.ts';
import * as repo from './chat.repo.ts';

export type { ChannelRow } from './chat.repo.ts';

const purpose = (channelId: string) => `chat:${channelId}`;
/** Slack and Teams answer within a second or two; a channel that hangs must not hold a worker. */
const POST_TIMEOUT_MS = 10_000;

/**
 * Posts `message` to the channel; throws when it cannot be delivered (network error, timeout, or an
 * answer other than 2xx), so a journey delivery retries with back-off as mail does.
 */
export async function postToChannel(
  ctx: AppContext,
  orgId: string,
  channelId: string,
  message: { subject: string; body: string; lang: string },
): Promise<void> {
  const out = await post(ctx, orgId, channelId, message);
  if (out.error) throw new Error(out.error);
}

/** The language the channel's posts are written in: its own, else the organisation's default. */
export async function channelLanguage(ctx: AppContext, orgId: string, channelId: string): Promise<string> {
  const channel = await repo.getChannelForPosting(ctx.db, orgId, channelId);
  if (!channel) throw notFound('Chat channel');
  return contentLanguage(channel.language);
}

async function post(ctx: AppContext, orgId: string, channelId: string, message: ChatMessage) {
  const channel = await repo.getChannelForPosting(ctx.db, orgId, channelId);
  if (!channel) return { status: null, error: 'The chat channel no longer exists.' };
  const url = decryptSecret(ctx.config, channel.url_sealed, purpose(channel.id));
  try {
    const res = await postOutbound(ctx.config, url, JSON.stringify(chatPayload(channel.kind, message)), {}, POST_TIMEOUT_MS);
    if (res.status >= 200 && res.status < 300) return { status: res.status, error: null };
    return { status: res.status, error: `The ${channel.kind} channel answered ${res.status}: ${res.excerpt.slice(0, 200)}` };
  } catch (err) {
    // The URL itself is a secret: errors name the channel, never the address.
    const why = err instanceof Error ? err.message : String(err);
    return { status: null, error: `The ${channel.kind} channel "${channel.name}" could not be reached: ${why.replaceAll(url, '[url]')}` };
  }
}

/**
 * The URL, or 422: it must be an incoming webhook address of the service (unless private URLs are
 * allowed, for tests and closed networks), https, and not inside a private network.
 */
async function checkUrl(ctx: AppContext, kind: ChatKind, raw: string): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused('This is not a URL.');
  }
  const hostCheck = () => {
    if (ctx.config.allowPrivateUrls || isChatHost(kind, url)) return;
    const expected =
      kind === 'slack'
        ? 'https://hooks.slack.com/services/...'
        : 'a Teams Workflows address (…logic.azure.com or …powerplatform.com) or a connector address (…webhook.office.com)';
    throw new AppError('chat-url-wrong-host', `A ${kind} channel's URL is ${expected}.`, {
      params: { kind },
      errors: [{ path: 'url', code: 'chat-url-wrong-host', params: { kind }, message: `Use ${expected}.` }],
    });
  };
  // An address typed as an IP is judged as an address first (a private one says so); a name is
  // judged by its service first, before anything is looked up.
  const literal = net.isIP(url.hostname.replace(/^\[|\]$/g, '')) !== 0;
  if (!literal) hostCheck();
  try {
    await resolveOutbound(ctx.config, raw);
  } catch (err) {
    if (err instanceof OutboundRefused) throw refused(err.message);
    throw err;
  }
  if (literal) hostCheck();
  return url;
}

const refused = (message: string) =>
  new AppError('chat-url-refused', message, { errors: [{ path: 'url', code: 'chat-url-refused', message }] });

export async function listChannels(ctx: AppContext, actor: Actor) {
  authorize(actor, 'integrations.manage');
  return repo.listChannels(ctx.db, actor.orgId);
}

export async function getChannel(ctx: AppContext, actor: Actor, id: string) {
  authorize(actor, 'integrations.manage');
  const channel = await repo.getChannel(ctx.db, actor.orgId, id);
  if (!channel) throw notFound('Chat channel');
  return channel;
}

export async function createChannel(
  ctx: AppContext,
  actor: Actor,
  input: { name: string; kind: ChatKind; url: string; language?: 'nl' | 'fr' | 'en' | null },
) {
  authorize(actor, 'integrations.manage');
  const url = await checkUrl(ctx, input.kind, input.url);
  const id = crypto.randomUUID();
  await commitChange(
    ctx,
    actor,
    // The audit log names the channel and its hint, never the URL.
    { action: 'chat.channel_create', targetType: 'chat_channel', targetId: id, details: { name: input.name, kind: input.kind } },
    (tx) =>
      repo.insertChannel(tx, {
        id,
        orgId: actor.orgId,
        name: input.name,
        kind: input.kind,
        urlSealed: encryptSecret(ctx.config, input.url, purpose(id)),
        urlHint: urlHint(url),
        language: input.language ?? null,
        now: ctx.clock.now(),
      }),
  );
  return getChannel(ctx, actor, id);
}

export async function updateChannel(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { name?: string; url?: string; language?: 'nl' | 'fr' | 'en' | null },
) {
  const channel = await getChannel(ctx, actor, id);
  const url = input.url === undefined ? undefined : await checkUrl(ctx, channel.kind, input.url);
  await commitChange(
    ctx,
    actor,
    {
      action: 'chat.channel_update',
      targetType: 'chat_channel',
      targetId: id,
      details: {
        ...(input.name ? { name: input.name } : {}),
        ...(input.language !== undefined ? { language: input.language } : {}),
        url: !!url,
      },
    },
    async (tx) => {
      const ok = await repo.updateChannel(tx, actor.orgId, id, {
        name: input.name,
        language: input.language,
        urlSealed: url ? encryptSecret(ctx.config, input.url!, purpose(id)) : undefined,
        urlHint: url ? urlHint(url) : undefined,
        now: ctx.clock.now(),
      });
      if (!ok) throw notFound('Chat channel');
    },
  );
  return getChannel(ctx, actor, id);
}

/** Deletes the channel, or 409 naming the journeys whose steps still post to it. */
export async function deleteChannel(ctx: AppContext, actor: Actor, id: string, loc: Localizer) {
  authorize(actor, 'integrations.manage');
  await commitChange(ctx, actor, { action: 'chat.channel_delete', targetType: 'chat_channel', targetId: id }, async (tx) => {
    const using = await repo.journeysUsing(tx, actor.orgId, id);
    if (using.length > 0) {
      const journeys = using.map((j) => loc.text(j.name)).join(', ');
      throw new AppError('chat-channel-in-use', `Journey steps still post to this channel: ${journeys}.`, { params: { journeys } });
    }
    if (!(await repo.deleteChannel(tx, actor.orgId, id))) throw notFound('Chat channel');
  });
}

/** Posts a short test message in the channel's language; answers what the channel said. */
export async function testChannel(ctx: AppContext, actor: Actor, id: string) {
  const channel = await getChannel(ctx, actor, id);
  const lang = await channelLanguage(ctx, actor.orgId, id);
  const out = await post(ctx, actor.orgId, id, testMessage(lang, channel.name));
  await commitChange(
    ctx,
    actor,
    { action: 'chat.channel_test', targetType: 'chat_channel', targetId: id, details: { status: out.status, delivered: !out.error } },
    async () => {},
  );
  return { delivered: !out.error, status: out.status, error: out.error, language: lang };
}

/** A step may post only to a channel of its own organisation (422 otherwise, as for any unknown id). */
export async function assertChannelInOrg(ctx: AppContext, orgId: string, channelId: string) {
  if (await repo.getChannel(ctx.db, orgId, channelId)) return;
  throw unprocessable(
    'Some ids are unknown.',
    [{ path: 'channelId', message: `There is no chat channel with id ${channelId}.` }],
    'unknown-reference',
  );
}

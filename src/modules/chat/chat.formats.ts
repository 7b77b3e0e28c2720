/**
 * What a chat channel receives, as each service reads it. Pure: no I/O, unit-tested.
 *
 * - Slack incoming webhooks take `text` (the notification and fallback) and Block Kit `blocks`: a
 *   header with the subject and a mrkdwn section with the body. Slack reads `&`, `<` and `>` as
 *   control characters (links, mentions): they are escaped, so a name or text can never ping
 *   @channel or hide a link.
 * - Teams Workflows ("Post to a channel when a webhook request is received") and the legacy
 *   connectors both take a message with one Adaptive Card attachment (version 1.4, which Teams
 *   renders everywhere): the subject as a bold heading, the body below it, both wrapping.
 */
export type ChatKind = 'teams' | 'slack';

export interface ChatMessage {
  subject: string;
  body: string;
  lang: string;
}

/** Slack's own escaping for text it would otherwise read as markup (https://api.slack.com/reference/surfaces/formatting#escaping). */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Slack limits a header to 150 characters and a section's text to 3000. */
const clip = (text: string, max: number) => (text.length <= max ? text : text.slice(0, max - 1) + '…');

export function slackPayload(m: ChatMessage) {
  const subject = clip(slackEscape(m.subject), 150);
  const body = clip(slackEscape(m.body), 3000);
  return {
    text: subject,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: subject, emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: body || ' ' } },
    ],
  };
}

export function teamsPayload(m: ChatMessage) {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          lang: m.lang,
          body: [
            { type: 'TextBlock', text: m.subject, weight: 'Bolder', size: 'Medium', wrap: true },
            { type: 'TextBlock', text: m.body, wrap: true },
          ],
        },
      },
    ],
  };
}

export function chatPayload(kind: ChatKind, m: ChatMessage) {
  return kind === 'slack' ? slackPayload(m) : teamsPayload(m);
}

/**
 * Whether `url` is an address of the service `kind` gives incoming webhooks on: Slack's
 * hooks.slack.com/services/..., Teams' legacy connectors (*.webhook.office.com) or Power Automate
 * Workflows (*.logic.azure.com, *.powerplatform.com, *.environment.api.powerplatform.com).
 */
export function isChatHost(kind: ChatKind, url: URL): boolean {
  if (url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  if (kind === 'slack') return host === 'hooks.slack.com' && url.pathname.startsWith('/services/');
  return [/\.webhook\.office\.com$/, /\.logic\.azure\.com$/, /\.powerplatform\.com$/].some((re) => re.test(host));
}

/** What the app shows of a webhook URL, which is a secret: its host and last four characters. */
export function urlHint(url: URL): string {
  const whole = url.toString();
  return `${url.host} …${whole.slice(-4)}`;
}

/** The short message a "test" sends, in the channel's language. */
export function testMessage(lang: string, channelName: string): ChatMessage {
  const texts: Record<string, { subject: string; body: string }> = {
    nl: {
      subject: 'Testbericht van Embassy',
      body: `Dit kanaal (${channelName}) is goed verbonden: berichten van Embassy komen hier aan.`,
    },
    fr: {
      subject: 'Message de test d’Embassy',
      body: `Ce canal (${channelName}) est bien connecté : les messages d’Embassy arrivent ici.`,
    },
    en: { subject: 'Test message from Embassy', body: `This channel (${channelName}) is connected: messages from Embassy arrive here.` },
  };
  const l = lang === 'nl' || lang === 'fr' ? lang : 'en';
  return { ...texts[l], lang: l };
}

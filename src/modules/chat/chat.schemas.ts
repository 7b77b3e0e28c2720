/** Request and response shapes of chat channels. */
import { z } from '../../platform/openapi.ts';

const Kind = z.enum(['teams', 'slack']);
const Language = z
  .enum(['nl', 'fr', 'en'])
  .nullable()
  .openapi({ description: "The language posts are written in; null: the organisation's default" });
const Name = z.string().trim().min(1).max(100);
const Url = z.string().trim().min(1).max(2000).openapi({
  description:
    'The incoming webhook URL (write-only: never answered). Slack: https://hooks.slack.com/services/...; Teams: a Workflows URL (…logic.azure.com, …powerplatform.com) or a connector URL (…webhook.office.com).',
});

export const ChannelCreate = z.strictObject({ name: Name, kind: Kind, url: Url, language: Language.optional() });
export const ChannelPatch = z.strictObject({ name: Name.optional(), url: Url.optional(), language: Language.optional() });

export const Channel = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: Kind,
    urlHint: z.string().openapi({ description: 'The host and last four characters of the URL, to tell channels apart' }),
    language: Language,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('ChatChannel');

export const ChannelTestResult = z.object({
  delivered: z.boolean(),
  status: z.number().int().nullable().openapi({ description: "The channel's HTTP status; null when it could not be reached" }),
  error: z.string().nullable(),
  language: z.string().openapi({ description: 'The language the test message was written in' }),
});

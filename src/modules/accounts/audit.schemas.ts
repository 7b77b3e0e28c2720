/** The audit log's shapes: an entry with names and links, and the filters its page and export share. */
import { Id, IsoDate, z } from '../../platform/openapi.ts';

export const AuditLang = z.enum(['nl', 'fr', 'en']);

export const AuditFilterQuery = z.strictObject({
  action: z
    .string()
    .max(100)
    .optional()
    .openapi({ description: 'Only actions starting with this: a group ("auth.") or one action ("users.update")' }),
  person: Id.optional().openapi({ description: 'Only entries where this person (from the directory) acted or was acted upon' }),
  from: IsoDate.optional().openapi({ description: "First day, in the organisation's time zone" }),
  to: IsoDate.optional().openapi({ description: "Last day (included), in the organisation's time zone" }),
  lang: AuditLang.optional().openapi({
    description: 'Language of names that have several (journeys) and of the CSV; default: the organisation’s',
  }),
});

export const AuditListQuery = AuditFilterQuery.extend({
  before: z.coerce.number().int().positive().optional().openapi({ description: 'Paging: the nextBefore of the previous page' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const AuditEntry = z
  .object({
    id: z.number(),
    at: z.string(),
    actor: z.string().openapi({ description: 'Who, as recorded: an email address, "api token …", "cli"' }),
    actorUserId: z.string().nullable(),
    actorName: z.string().nullable().openapi({ description: "The actor's name when their account is someone in the directory" }),
    actorPersonId: z.string().nullable(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    targetLabel: z
      .string()
      .nullable()
      .openapi({ description: "The target's name: a person's name, an account's address, a journey's name, a story's title…" }),
    targetLink: z.string().nullable().openapi({ description: 'Where the target is in the web app; null when it is gone' }),
    details: z.record(z.string(), z.unknown()),
    ip: z.string().nullable(),
  })
  .openapi('AuditEntry');

export const AuditPage = z.object({ items: z.array(AuditEntry), nextBefore: z.number().nullable() });

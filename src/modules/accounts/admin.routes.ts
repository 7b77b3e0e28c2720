/** The dev mailbox: a read-only window for admins (the audit log is audit.routes.ts). */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, json, security, z } from '../../platform/openapi.ts';
import { authorize } from '../../platform/policy.ts';
import { HIDDEN_LINK } from '../../platform/mail.ts';

const Mail = z
  .object({
    id: z.string(),
    kind: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    status: z.enum(['pending', 'sending', 'sent', 'failed']),
    transport: z.string().nullable(),
    attempts: z.number(),
    lastError: z.string().nullable(),
    messageId: z.string(),
    replyTo: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    calendar: z
      .enum(['REQUEST', 'CANCEL'])
      .nullable()
      .openapi({ description: 'A calendar invitation or its update (REQUEST) or a cancellation (CANCEL) goes with the mail' }),
  })
  .openapi('Mail');

export function adminRoutes(ctx: AppContext) {
  const r = createRouter();

  r.openapi(
    createRoute({
      operationId: 'listMailbox',
      method: 'get',
      path: '/mailbox',
      tags: ['Mailbox'],
      summary: 'Mail the organisation sent (the dev mailbox when no SMTP_URL is set), newest first (admins)',
      description:
        'With SMTP_URL set, secret links (password reset, invitation) show as "' +
        HIDDEN_LINK +
        '": only their recipient gets them. ' +
        'Without it (devMailbox: true) this is a development and demo tool that shows every mail whole.',
      security,
      request: {
        query: z.strictObject({
          to: z.string().max(254).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          before: z.string().datetime().optional().openapi({ description: 'Paging: createdAt of the last mail of the previous page' }),
        }),
      },
      responses: {
        200: json(
          z.object({
            items: z.array(Mail),
            nextBefore: z.string().nullable(),
            devMailbox: z.boolean().openapi({ description: 'No SMTP: mail is not sent, only kept here' }),
          }),
        ),
        ...errors,
      },
    }),
    async (c) => {
      const actor = actorOf(c);
      authorize(actor, 'mailbox.read');
      // Only the dev mailbox shows sealed bodies: there nobody else receives the mail. With SMTP the
      // recipient alone gets the secret link; the mailbox shows the redacted copy for diagnosis.
      const devMailbox = !ctx.config.smtpUrl;
      const q = c.req.valid('query');
      const rows = await ctx.db.query<{
        id: string;
        kind: string;
        to_address: string;
        subject: string;
        text_body: string;
        status: 'pending' | 'sending' | 'sent' | 'failed';
        transport: string | null;
        attempts: number;
        last_error: string | null;
        message_id: string;
        reply_to: string | null;
        created_at: Date;
        sent_at: Date | null;
        calendar: 'REQUEST' | 'CANCEL' | null;
      }>(
        // Transactional mail and journey deliveries, as one mailbox.
        `select * from (
           select id, kind, to_address, subject, case when $5::boolean then coalesce(sealed_text, text_body) else text_body end as text_body, status, transport, attempts, last_error, message_id, reply_to, created_at, sent_at,
                  calendar_method as calendar
             from mail_outbox where org_id = $1
           union all
           select d.id, 'journey', array_to_string(d.to_addresses, ', '), coalesce(d.subject, st.name->>o.default_language, st.name->>'en', st.name->>'nl', st.name->>'fr'), coalesce(d.body, ''),
                  case when d.status in ('skipped', 'cancelled') then 'failed' else d.status end, null, d.attempts, d.last_error, d.message_id, null, d.due_at, d.sent_at,
                  (select 'REQUEST' from calendar_invitations ci where ci.delivery_id = d.id)
             from deliveries d join journey_steps st on st.id = d.step_id join organisations o on o.id = d.org_id
            where d.org_id = $1 and d.to_addresses is not null and cardinality(d.to_addresses) > 0) m
          where ($2::text is null or position(lower($2) in m.to_address) > 0)
            and ($3::timestamptz is null or m.created_at < $3)
          order by m.created_at desc limit $4`,
        [actor.orgId, q.to ?? null, q.before ?? null, q.limit + 1, devMailbox],
      );
      const page = rows.slice(0, q.limit);
      return c.json(
        {
          nextBefore: rows.length > q.limit ? page[page.length - 1].created_at.toISOString() : null,
          devMailbox,
          items: page.map((m) => ({
            id: m.id,
            kind: m.kind,
            to: m.to_address,
            subject: m.subject,
            text: m.text_body,
            status: m.status,
            transport: m.transport,
            attempts: m.attempts,
            lastError: m.last_error,
            messageId: m.message_id,
            replyTo: m.reply_to,
            createdAt: m.created_at.toISOString(),
            sentAt: m.sent_at?.toISOString() ?? null,
            calendar: m.calendar,
          })),
        },
        200,
      );
    },
  );
  return r;
}

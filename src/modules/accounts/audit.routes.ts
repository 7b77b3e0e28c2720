/** The audit log for admins: a page at a time, or as CSV, with the same filters. */
import { createRoute } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, json, security, z } from '../../platform/openapi.ts';
import { authorize } from '../../platform/policy.ts';
import * as s from './audit.schemas.ts';
import { exportAuditCsv, listAudit, type AuditEntryRow } from './audit.service.ts';

const present = (a: AuditEntryRow) => ({
  id: a.id,
  at: a.at.toISOString(),
  actor: a.actor_label,
  actorUserId: a.actor_user_id,
  actorName: a.actor_name,
  actorPersonId: a.actor_person_id,
  action: a.action,
  targetType: a.target_type,
  targetId: a.target_id,
  targetLabel: a.target_label,
  targetLink: a.target_link,
  details: a.details,
  ip: a.ip,
});

export function auditRoutes(ctx: AppContext) {
  const r = createRouter();
  const filterOf = (q: z.infer<typeof s.AuditFilterQuery>) => ({
    action: q.action || undefined,
    personId: q.person,
    from: q.from,
    to: q.to,
  });

  r.openapi(
    createRoute({
      operationId: 'listAuditLog',
      method: 'get',
      path: '/audit-log',
      tags: ['Audit log'],
      summary: 'Sign-ins (failed ones too) and admin actions, newest first, with names and links (admins)',
      security,
      request: { query: s.AuditListQuery },
      responses: { 200: json(s.AuditPage), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      authorize(actor, 'audit.read');
      const q = c.req.valid('query');
      const page = await listAudit(ctx, actor, filterOf(q), { before: q.before, limit: q.limit }, q.lang);
      return c.json({ items: page.items.map(present), nextBefore: page.nextBefore }, 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'exportAuditLog',
      method: 'get',
      path: '/audit-log/export.csv',
      tags: ['Audit log'],
      summary: 'Every entry the filters match, newest first, as CSV for Excel (admins)',
      description:
        "UTF-8 with a byte order mark, `;` between cells and CRLF line ends, so it opens in one click in Excel with a Belgian locale. Column names and action names in `lang`; times in the organisation’s time zone. Text a spreadsheet would run as a formula gets a leading `'`. The export itself is recorded (`audit.export`).",
      security,
      request: { query: s.AuditFilterQuery },
      responses: {
        200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
        ...errors,
      },
    }),
    async (c) => {
      const actor = actorOf(c);
      authorize(actor, 'audit.read');
      const q = c.req.valid('query');
      const chunks = exportAuditCsv(ctx, actor, filterOf(q), q.lang);
      // The first chunk decides: a refused filter answers with a problem, not half a file.
      const first = await chunks.next();
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', `attachment; filename="audit-log-${ctx.clock.now().toISOString().slice(0, 10)}.csv"`);
      return stream(c, async (out) => {
        if (!first.done) await out.write(first.value);
        for await (const chunk of chunks) await out.write(chunk);
      }) as never;
    },
  );
  return r;
}

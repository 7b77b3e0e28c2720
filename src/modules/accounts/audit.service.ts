/**
 * The audit log for admins: a page at a time with names and links, or everything that matches as
 * CSV for Excel (UTF-8 with a byte order mark, `;` between cells, formula-looking text defused by
 * the shared CSV writer). Exporting is itself recorded.
 */
import { audit } from '../../platform/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { toCsv } from '../../platform/csv.ts';
import { notFound, unprocessable } from '../../platform/errors.ts';
import { orgTimeZone } from '../../platform/org-time.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { actionLabel, type AuditLang } from './audit.labels.ts';
import * as repo from './audit.repo.ts';
import { dateTimeFormat } from '../../platform/intl.ts';

export type { AuditFilter, AuditEntryRow } from './audit.repo.ts';

/** The language asked for, else the organisation's when the interface has it, else English. */
async function langFor(ctx: AppContext, orgId: string, asked: AuditLang | undefined): Promise<AuditLang> {
  if (asked) return asked;
  const l = await repo.orgLanguage(ctx.db, orgId);
  return l === 'nl' || l === 'fr' ? l : 'en';
}

/** A range that ends before it starts is refused; a person of another organisation is not found (as anything of it). */
async function check(ctx: AppContext, orgId: string, f: repo.AuditFilter) {
  if (f.personId && !(await repo.isPerson(ctx.db, orgId, f.personId))) throw notFound('Person');
  if (f.from && f.to && f.to < f.from)
    throw unprocessable('The date range ends before it starts.', [
      { path: 'query.to', code: 'to-before-from', params: { from: f.from }, message: `"to" must be on or after "from" (${f.from}).` },
    ]);
}

export async function listAudit(
  ctx: AppContext,
  actor: Actor,
  f: repo.AuditFilter,
  page: { before?: number; limit: number },
  asked?: AuditLang,
): Promise<{ items: repo.AuditEntryRow[]; nextBefore: number | null }> {
  authorize(actor, 'audit.read');
  await check(ctx, actor.orgId, f);
  const lang = await langFor(ctx, actor.orgId, asked);
  const rows = await repo.listEntries(ctx.db, actor.orgId, f, { before: page.before, limit: page.limit + 1 }, lang);
  const items = rows.slice(0, page.limit);
  return { items, nextBefore: rows.length > page.limit ? items[items.length - 1].id : null };
}

const HEADER: Record<AuditLang, string[]> = {
  nl: ['Wanneer', 'Wie', 'Actie', 'Actiecode', 'Soort doel', 'Doel', 'Doel-id', 'Details', 'IP-adres'],
  fr: ['Quand', 'Qui', 'Action', "Code de l'action", 'Type de cible', 'Cible', 'Id de la cible', 'Détails', 'Adresse IP'],
  en: ['When', 'Who', 'Action', 'Action code', 'Target type', 'Target', 'Target id', 'Details', 'IP address'],
};

/** An instant as Excel reads a date and time: yyyy-mm-dd hh:mm:ss in the organisation's time zone. */
function localTime(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    dateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

export const actorName = (r: repo.AuditEntryRow) => (r.actor_name ? `${r.actor_name} (${r.actor_email ?? r.actor_label})` : r.actor_label);

const PAGE = 2000;

/**
 * Every entry the filter matches, newest first, as CSV chunks. Authorized and recorded before the
 * first byte, so an export that is refused writes nothing and one that starts is on the record.
 */
export async function* exportAuditCsv(ctx: AppContext, actor: Actor, f: repo.AuditFilter, asked?: AuditLang): AsyncGenerator<string> {
  authorize(actor, 'audit.read');
  await check(ctx, actor.orgId, f);
  const lang = await langFor(ctx, actor.orgId, asked);
  const timeZone = await orgTimeZone(ctx.db, actor.orgId);
  await audit(ctx.db, ctx.clock, {
    orgId: actor.orgId,
    actorUserId: actor.userId || null,
    actorLabel: actor.label,
    action: 'audit.export',
    details: Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)),
  });
  const opts = { delimiter: ';' };
  yield '\uFEFF' + toCsv([HEADER[lang]], opts);
  let before: number | undefined;
  for (;;) {
    const rows = await repo.listEntries(ctx.db, actor.orgId, f, { before, limit: PAGE }, lang);
    if (rows.length === 0) return;
    yield toCsv(
      rows.map((r) => [
        localTime(r.at, timeZone),
        actorName(r),
        actionLabel(r.action, lang),
        r.action,
        r.target_type,
        r.target_label,
        r.target_id,
        Object.keys(r.details).length ? JSON.stringify(r.details) : '',
        r.ip,
      ]),
      opts,
    );
    if (rows.length < PAGE) return;
    before = rows[rows.length - 1].id;
  }
}

/**
 * Bulk invitations: everyone of a segment (departments, sites, regions, languages) who has a work
 * email, has not left, and has no account or open invitation yet, invited with the usual
 * invitation mail in their own language.
 *
 * Starting a batch only records it (202); the worker writes its invitations in chunks of 500, each
 * chunk one transaction (invitations, their mails in the outbox, the batch's counts, an audit
 * entry), so progress moves while it runs and a crash loses at most the chunk in flight, which the
 * next pass writes again. The batch row is locked FOR UPDATE SKIP LOCKED per chunk: two workers
 * never write the same chunk, and the INSERT itself skips anyone with an account or an open
 * invitation, so nobody is invited twice, by a second batch either.
 */
import type { AppContext } from '../../platform/context.ts';
import { audit } from '../../platform/audit.ts';
import { commitChange } from '../../platform/change.ts';
import { notFound, problem } from '../../platform/errors.ts';
import { mailLanguage } from '../../platform/language.ts';
import { enqueueMails } from '../../platform/mail.ts';
import { orgToday } from '../../platform/org-time.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { assertInOrg } from '../../platform/tenancy.ts';
import { hashToken, randomToken } from '../../platform/tokens.ts';
import { ssoStatus } from '../sso/sso.service.ts';
import { invitationMail } from './accounts.mails.ts';
import { INVITATION_DAYS } from './accounts.service.ts';
import * as repo from './bulk-invitations.repo.ts';

export type { BatchRow, Segment } from './bulk-invitations.repo.ts';
export type BulkRole = 'coordinator' | 'manager' | 'employee';

/** Invitations written per transaction. */
export const CHUNK = 500;

async function checkSegment(ctx: AppContext, actor: Actor, segment: repo.Segment) {
  // The segment matches people by these ids: another organisation's would match nobody, but is refused like an unknown one.
  if (segment.siteIds?.length) await assertInOrg(ctx.db, actor.orgId, 'sites', 'segment.siteIds', segment.siteIds);
}

async function refuseWhenSsoRequired(ctx: AppContext, orgId: string) {
  if ((await ssoStatus(ctx, orgId)).required)
    throw problem(
      'bulk-invitations-sso-required',
      'Your organisation requires single sign-on: people sign in with their work account and need no invitation.',
    );
}

/** How many people starting a batch for this segment would invite now. */
export async function previewBulk(ctx: AppContext, actor: Actor, input: { segment: repo.Segment; role: BulkRole }) {
  authorize(actor, 'users.manage');
  await checkSegment(ctx, actor, input.segment);
  const counts = await repo.countSegment(ctx.db, actor.orgId, input.segment, await orgToday(ctx, actor.orgId), ctx.clock.now());
  return { count: counts.fresh, inSegment: counts.total };
}

/** Records a batch for the worker to write; its id. */
export async function startBulk(ctx: AppContext, actor: Actor, input: { segment: repo.Segment; role: BulkRole }): Promise<string> {
  authorize(actor, 'users.manage');
  await refuseWhenSsoRequired(ctx, actor.orgId);
  await checkSegment(ctx, actor, input.segment);
  const now = ctx.clock.now();
  const counts = await repo.countSegment(ctx.db, actor.orgId, input.segment, await orgToday(ctx, actor.orgId), now);
  return commitChange(
    ctx,
    actor,
    (id: string) => ({
      action: 'users.bulk_invite',
      targetType: 'invitation_batch',
      targetId: id,
      details: { segment: input.segment, role: input.role, count: counts.fresh },
    }),
    (tx) =>
      repo.insertBatch(tx, {
        orgId: actor.orgId,
        createdBy: actor.userId || null,
        segment: input.segment,
        role: input.role,
        total: counts.total,
        skipped: counts.total - counts.fresh,
        now,
      }),
  );
}

export async function getBatch(ctx: AppContext, actor: Actor, id: string) {
  authorize(actor, 'users.manage');
  const batch = await repo.getBatch(ctx.db, actor.orgId, id);
  if (!batch) throw notFound('Invitation batch');
  return batch;
}

export async function listBatches(ctx: AppContext, actor: Actor) {
  authorize(actor, 'users.manage');
  return repo.listBatches(ctx.db, actor.orgId, 20);
}

/**
 * Writes one chunk of the batch: null when there is nothing to do (finished, or another worker
 * holds it), else how many it invited and whether the batch is done.
 */
async function writeChunk(ctx: AppContext, orgId: string, id: string, size: number) {
  const sso = await ssoStatus(ctx, orgId);
  return ctx.db.transaction(async (tx) => {
    const b = await repo.lockRunningBatch(tx, orgId, id);
    if (!b) return null;
    const now = ctx.clock.now();
    const actor = {
      orgId,
      actorUserId: b.created_by,
      actorLabel: b.creator_label ? `${b.creator_label} (bulk invitation)` : 'bulk invitation',
      targetType: 'invitation_batch',
      targetId: id,
    };
    if (sso.required) {
      // Single sign-on became required while the batch ran: nobody more gets a password invitation.
      await tx.query(`update invitation_batches set status = 'failed', finished_at = $3 where org_id = $1 and id = $2`, [orgId, id, now]);
      await audit(tx, ctx.clock, { ...actor, action: 'users.bulk_invite_stopped', details: { reason: 'sso-required' } });
      return { invited: 0, done: true };
    }
    const candidates = await repo.nextCandidates(tx, orgId, b.segment, await orgToday(ctx, orgId), now, size);
    const tokens = new Map(candidates.map((c) => [c.id, randomToken()]));
    const languages = new Map(candidates.map((c) => [c.id, c.language]));
    const written =
      candidates.length === 0
        ? []
        : await repo.insertInvitations(
            tx,
            {
              orgId,
              batchId: id,
              role: b.role,
              invitedBy: b.created_by,
              now,
              expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86400_000),
            },
            candidates.map((c) => ({ personId: c.id, email: c.email, tokenHash: hashToken(tokens.get(c.id)!) })),
          );
    await enqueueMails(
      tx,
      now,
      written.map((w) =>
        invitationMail({
          orgId,
          orgName: b.org_name,
          to: w.email,
          link: `${ctx.config.publicUrl}/invitation#token=${tokens.get(w.person_id)}`,
          days: INVITATION_DAYS,
          // Nobody has an account yet to choose with: the directory entry's language, else the organisation's.
          lang: mailLanguage({ chosen: null, person: languages.get(w.person_id) ?? null, orgDefault: b.org_language }),
        }),
      ),
    );
    const done = candidates.length < size;
    await repo.recordChunk(tx, orgId, id, { invited: written.length, skipped: candidates.length - written.length, done, now });
    if (written.length > 0 || done)
      await audit(tx, ctx.clock, {
        ...actor,
        action: done ? 'users.bulk_invite_done' : 'users.bulk_invite_chunk',
        details: { invited: written.length, emails: written.map((w) => w.email) },
      });
    return { invited: written.length, done };
  });
}

/**
 * The worker's pass: writes running batches chunk by chunk (at most `maxChunks` per batch, so other
 * work is not held up long). Returns how many invitations it wrote.
 */
export async function processInvitationBatches(ctx: AppContext, opts: { chunk?: number; maxChunks?: number } = {}): Promise<number> {
  let invited = 0;
  for (const b of await repo.runningBatchIds(ctx.db, 10)) {
    try {
      for (let i = 0; i < (opts.maxChunks ?? 20); i++) {
        const out = await writeChunk(ctx, b.org_id, b.id, opts.chunk ?? CHUNK);
        if (!out) break;
        invited += out.invited;
        if (out.done) break;
      }
    } catch (err) {
      // The chunk rolled back whole; the next pass tries again. The rest of the worker's pass (sending mail) goes on.
      ctx.log.warn('bulk invitation chunk failed', { batch: b.id, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return invited;
}

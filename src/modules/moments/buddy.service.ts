/** Buddies in the organisation: suggestions, confirmation by HR or the manager, volunteering. */
import type { AppContext } from '../../platform/context.ts';
import { audit } from '../../platform/audit.ts';
import { localDate } from '../../platform/clock.ts';
import { conflict, forbidden, notFound, unprocessable } from '../../platform/errors.ts';
import { can, requirePerson, type Actor } from '../../platform/policy.ts';
import { assertInOrg } from '../../platform/tenancy.ts';
import { BuddyIndex, type Candidate } from './buddy.ts';

/** Loads everyone once; one index serves any number of newcomers. */
export async function buddyIndex(ctx: AppContext, orgId: string): Promise<BuddyIndex> {
  const [org] = await ctx.db.query<{ buddy_cap: number; time_zone: string }>(`select buddy_cap, time_zone from organisations where id = $1`, [orgId]);
  const people = await ctx.db.query<Candidate>(
    `select p.id, p.first_name || ' ' || p.last_name as name, p.department, p.site_id, p.language, p.manager_id,
            p.start_date::text, p.end_date::text, p.buddy_volunteer as volunteer, coalesce(b.n, 0)::int as buddies
       from people p
       left join (select buddy_person_id, count(*) as n from buddy_assignments where org_id = $1 and ended_at is null group by 1) b on b.buddy_person_id = p.id
      where p.org_id = $1`,
    [orgId],
  );
  return new BuddyIndex(people, localDate(ctx.clock.now(), org.time_zone), org.buddy_cap);
}

async function assertManagesNewcomer(ctx: AppContext, actor: Actor, newcomerId: string) {
  const [p] = await ctx.db.query<{ manager_id: string | null }>(`select manager_id from people where org_id = $1 and id = $2`, [actor.orgId, newcomerId]);
  if (!p) throw notFound('Person');
  if (can(actor, 'moments.manage')) return;
  if (!actor.personId || p.manager_id !== actor.personId) throw forbidden('Only HR or the newcomer\'s manager chooses a buddy.');
}

export async function suggestions(ctx: AppContext, actor: Actor, newcomerId: string) {
  await assertManagesNewcomer(ctx, actor, newcomerId);
  const index = await buddyIndex(ctx, actor.orgId);
  const [current] = await ctx.db.query<{ buddy_person_id: string; name: string }>(
    `select a.buddy_person_id, p.first_name || ' ' || p.last_name as name from buddy_assignments a join people p on p.id = a.buddy_person_id
      where a.org_id = $1 and a.newcomer_person_id = $2 and a.ended_at is null`,
    [actor.orgId, newcomerId],
  );
  return { current: current ? { personId: current.buddy_person_id, name: current.name } : null, suggestions: index.suggest(newcomerId, 8) };
}

/** HR or the manager confirms a buddy; the buddy introduction steps then use them. */
export async function assign(ctx: AppContext, actor: Actor, newcomerId: string, buddyId: string | null) {
  await assertManagesNewcomer(ctx, actor, newcomerId);
  await ctx.db.transaction(async (tx) => {
    await tx.query(`update buddy_assignments set ended_at = $3 where org_id = $1 and newcomer_person_id = $2 and ended_at is null`, [actor.orgId, newcomerId, ctx.clock.now()]);
    if (buddyId) {
      if (buddyId === newcomerId) throw unprocessable('Choose someone else.', [{ path: 'buddyPersonId', message: 'A newcomer cannot be their own buddy.' }]);
      await assertInOrg(tx, actor.orgId, 'people', 'buddyPersonId', buddyId);
      // Never someone up the newcomer's reporting line.
      const [line] = await tx.query<{ hit: boolean }>(
        `with recursive chain(id, depth) as (
           select manager_id, 1 from people where org_id = $1 and id = $2
           union all select p.manager_id, c.depth + 1 from people p join chain c on p.id = c.id where c.depth < 50)
         select exists (select 1 from chain where id = $3) as hit`,
        [actor.orgId, newcomerId, buddyId],
      );
      if (line.hit) throw unprocessable('Not their manager.', [{ path: 'buddyPersonId', message: 'A buddy is never the manager or someone up the reporting line.' }]);
      await tx.query(
        `insert into buddy_assignments (org_id, newcomer_person_id, buddy_person_id, confirmed_by, created_at) values ($1, $2, $3, $4, $5)`,
        [actor.orgId, newcomerId, buddyId, actor.userId || null, ctx.clock.now()],
      ).catch((e: { code?: string }) => {
        if (e.code === '23505') throw conflict('This newcomer already has a buddy.');
        throw e;
      });
    }
    await audit(tx, ctx.clock, { orgId: actor.orgId, actorUserId: actor.userId || null, actorLabel: actor.label, action: 'buddies.assign', targetType: 'person', targetId: newcomerId, details: { buddy: buddyId } });
  });
  return suggestions(ctx, actor, newcomerId);
}

/** Only the person volunteers (or stops). */
export async function setVolunteer(ctx: AppContext, actor: Actor, volunteer: boolean) {
  const personId = requirePerson(actor);
  await ctx.db.query(`update people set buddy_volunteer = $3 where org_id = $1 and id = $2`, [actor.orgId, personId, volunteer]);
}

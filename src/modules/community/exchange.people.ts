/**
 * Whom the caller can mention in the community (the @ picker): the people taking part, found by a
 * folded search on their name. The ids are the ones the mention API accepts (exchange.repo.ts
 * mentionTargets): the person id, or the ambassadorship id for someone behind the scenes, who is
 * named by first name only and found by it only. Alumni ambassadors only for the alumni topic, the
 * only place they read. No email or other directory detail ever leaves here.
 */
import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/policy.ts';
import { localDateOf } from '../../platform/calendar.ts';
import { assertParticipant } from './community.policy.ts';
import { participationFacts } from './exchange.repo.ts';
import { alumniOnly, alumniTopicId } from './alumni.topic.ts';
import { searchPattern, searchTextMatch } from '../people/people.service.ts';

export interface MentionablePerson {
  personId: string;
  firstName: string;
  lastName: string;
  alumni: boolean;
}

export async function mentionablePeople(
  ctx: AppContext,
  actor: Actor,
  input: { q?: string; topicId?: string; limit: number },
): Promise<MentionablePerson[]> {
  const facts = await participationFacts(ctx.db, actor.orgId, actor.personId);
  assertParticipant(actor, facts);
  const now = ctx.clock.now();
  const alumniTopic = await alumniTopicId(ctx.db, actor.orgId, now);
  // An alumni account writes in the alumni topic only: that is where its mentions go.
  const withAlumni = alumniOnly(actor) || input.topicId === alumniTopic;
  const [org] = await ctx.db.query<{ time_zone: string }>(`select time_zone from organisations where id = $1`, [actor.orgId]);
  const today = localDateOf(now, org.time_zone);
  const q = searchPattern(input.q ?? '');
  const params: unknown[] = [actor.orgId, actor.personId, today, withAlumni, input.limit];
  const bind = (value: unknown) => `$${params.push(value)}`;
  // Who may take part, as the rule below decides: in a closed community the ambassadors (alumni
  // among them) and the coordinators and admins, each person read by its key (offset 0 keeps the
  // planner from reading the whole directory through a name index instead), so the time follows the
  // program's size; in one open to everyone, the directory, through search_text's indexes.
  const people = facts.openToAll
    ? `people p`
    : `(select a.person_id from ambassadors a where a.org_id = $1 and a.active
        union
        select u.person_id from users u where u.org_id = $1 and u.person_id is not null and u.role in ('admin', 'coordinator')) c
       cross join lateral (
         select p.id, p.org_id, p.first_name, p.last_name, p.end_date, p.scim_ended_on, p.deprovisioned_at, p.search_text
           from people p where p.id = c.person_id offset 0) p`;
  // search_text starts with the folded "first last", as long as their lower case (the fold maps one
  // character to one): someone behind the scenes is found by their first name only.
  const named = q
    ? `${facts.openToAll ? `and ${searchTextMatch(q, bind)}` : ''}
       and left(p.search_text, char_length(lower(p.first_name))
                               + case when coalesce(a.behind_the_scenes, false) then 0 else 1 + char_length(lower(p.last_name)) end)
           like '%' || ${bind(q)} || '%'`
    : '';
  const rows = await ctx.db.query<{ id: string; first_name: string; last_name: string; alumni: boolean }>(
    `select case when coalesce(a.behind_the_scenes, false) then a.id else p.id end as id,
            p.first_name, case when coalesce(a.behind_the_scenes, false) then '' else p.last_name end as last_name,
            not employed.is_employed as alumni
       from ${people}
       join organisations o on o.id = p.org_id
       left join ambassadors a on a.org_id = p.org_id and a.person_id = p.id
       cross join lateral (
         select (p.end_date is null or p.end_date >= $3::date) and p.scim_ended_on is null and p.deprovisioned_at is null as is_employed
       ) employed
      where p.org_id = $1 and p.id is distinct from $2
        and case when employed.is_employed
                 then coalesce(a.active, false) or o.community_open_to_all
                      or exists (select 1 from users u where u.org_id = $1 and u.person_id = p.id
                                  and u.role in ('admin', 'coordinator') and u.disabled_at is null)
                 else $4 and coalesce(a.active, false)
                      and exists (select 1 from alumni_ambassadors al where al.org_id = $1 and al.person_id = p.id and al.left_at is null)
                      and exists (select 1 from users u where u.org_id = $1 and u.person_id = p.id and u.role = 'alumni'
                                   and u.disabled_at is null)
            end
        ${named}
      order by p.first_name, last_name, id
      limit $5`,
    params,
  );
  return rows.map((r) => ({ personId: r.id, firstName: r.first_name, lastName: r.last_name, alumni: r.alumni }));
}

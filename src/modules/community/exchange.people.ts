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
import { searchPattern, searchTextMatch, unescapeLike } from '../people/people.service.ts';

export interface MentionablePerson {
  personId: string;
  firstName: string;
  lastName: string;
  alumni: boolean;
}

/**
 * In a community open to everyone, a name typed is first looked for among the first MENTION_WALK people of
 * the directory in first-name order (people_org_first_name): one or two common letters fill the
 * picker there at once, where the search indexes would find and sort thousands of people. Everyone
 * whose first name sorts before the last one walked has been seen, so matches among them are the
 * answer when there are enough; otherwise the indexes decide. From three letters on, the trigram
 * index finds few people at once, and a walk would rarely fill the picker: it goes straight there.
 */
export const MENTION_WALK_MOST_LETTERS = 2;
export const MENTION_WALK = 1000;

/** Where the picker's people come from: everyone (the indexes), the first of the directory (the walk), or the program (a closed community). */
type Source = 'directory' | 'walk' | 'program';

export async function mentionablePeople(
  ctx: AppContext,
  actor: Actor,
  input: { q?: string; topicId?: string; limit: number; /** Tests only: a shorter walk. */ walk?: number },
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
  const find = async (source: Source) => {
    const { sql, params } = mentionQuery(source, q, {
      orgId: actor.orgId,
      personId: actor.personId,
      today,
      withAlumni,
      limit: input.limit,
      walk: input.walk ?? MENTION_WALK,
    });
    const rows = await ctx.db.query<{ id: string; first_name: string; last_name: string; alumni: boolean }>(sql, params);
    return rows.map((r) => ({ personId: r.id, firstName: r.first_name, lastName: r.last_name, alumni: r.alumni }));
  };
  if (!facts.openToAll) return find('program');
  if (q && [...unescapeLike(q)].length <= MENTION_WALK_MOST_LETTERS) {
    const walked = await find('walk');
    if (walked.length === input.limit) return walked;
  }
  return find('directory');
}

function mentionQuery(
  source: Source,
  q: string,
  o: { orgId: string; personId: string | null; today: string; withAlumni: boolean; limit: number; walk: number },
): { sql: string; params: unknown[] } {
  const params: unknown[] = [o.orgId, o.personId, o.today, o.withAlumni, o.limit];
  const bind = (value: unknown) => `$${params.push(value)}`;
  const columns = `p.id, p.org_id, p.first_name, p.last_name, p.end_date, p.scim_ended_on, p.deprovisioned_at, p.search_text`;
  // Who may take part, as the rule below decides: in a closed community the ambassadors (alumni
  // among them) and the coordinators and admins, each person read by its key (offset 0 keeps the
  // planner from reading the whole directory through a name index instead), so the time follows the
  // program's size; in one open to everyone, the directory, through search_text's indexes, or its
  // first people in first-name order (MENTION_WALK).
  const people = {
    directory: `people p`,
    walk: `walked p`,
    program: `(select a.person_id from ambassadors a where a.org_id = $1 and a.active
                union
                select u.person_id from users u where u.org_id = $1 and u.person_id is not null and u.role in ('admin', 'coordinator')) c
               cross join lateral (select ${columns} from people p where p.id = c.person_id offset 0) p`,
  }[source];
  // search_text starts with the folded "first last", as long as their lower case (the fold maps one
  // character to one): someone behind the scenes is found by their first name only.
  const named = q
    ? `${source === 'directory' ? `and ${searchTextMatch(q, bind)}` : ''}
       and left(p.search_text, char_length(lower(p.first_name))
                               + case when coalesce(a.behind_the_scenes, false) then 0 else 1 + char_length(lower(p.last_name)) end)
           like '%' || ${bind(q)} || '%'`
    : '';
  const walk = source === 'walk' ? bind(o.walk) : '';
  const sql = `${
    source === 'walk'
      ? `with walked as materialized (select ${columns} from people p where p.org_id = $1 order by p.first_name limit ${walk}),
              edge as (select max(first_name) as first_name from walked having count(*) = ${walk})`
      : ''
  }
    select case when coalesce(a.behind_the_scenes, false) then a.id else p.id end as id,
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
        ${source === 'walk' ? `and (p.first_name < (select first_name from edge) or (select first_name from edge) is null)` : ''}
      order by p.first_name, last_name, id
      limit $5`;
  return { sql, params };
}

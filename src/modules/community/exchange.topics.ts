/**
 * Topics of the exchange and the organisation's community setting: the ambassador topics (named by
 * the interface's dictionary) and the coordinators' own with a localized name; whether every
 * employee takes part (an admin's choice, audited).
 */
import { commitChange } from '../../platform/change.ts';
import type { AppContext } from '../../platform/context.ts';
import { conflict } from '../../platform/errors.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { TOPICS } from '../ambassadors/ambassadors.service.ts';
import { assertModerator, assertParticipant } from './community.policy.ts';
import { participationFacts } from './exchange.repo.ts';
import { ALUMNI_TOPIC_KEY, alumniOnly } from './alumni.topic.ts';

export interface TopicRow {
  id: string;
  key: string;
  name: Record<string, string>;
  builtin: boolean;
}

/** The organisation's topics; the ambassador topics are created the first time anyone asks. */
export async function listTopics(ctx: AppContext, actor: Actor): Promise<TopicRow[]> {
  assertParticipant(actor, await participationFacts(ctx.db, actor.orgId, actor.personId));
  // The ambassador topics and the alumni topic (alumni.topic.ts) are built in.
  const builtin = [...TOPICS, ALUMNI_TOPIC_KEY];
  await ctx.db.query(
    `insert into community_topics (org_id, key, name, created_at)
     select $1, k, '{}'::jsonb, $3 from unnest($2::text[]) as k on conflict (org_id, key) do nothing`,
    [actor.orgId, builtin, ctx.clock.now()],
  );
  return ctx.db.query<TopicRow>(
    `select id, key, name, key = any($2::text[]) as builtin from community_topics
      where org_id = $1 and archived_at is null and (not $3 or key = '${ALUMNI_TOPIC_KEY}')
      order by key = any($2::text[]) desc, key`,
    [actor.orgId, builtin, alumniOnly(actor)],
  );
}

/** A coordinator's own topic, named in the organisation's languages. */
export async function createTopic(ctx: AppContext, actor: Actor, input: { key: string; name: Record<string, string> }) {
  assertModerator(actor, 'Only coordinators can add a topic.');
  return commitChange(
    ctx,
    actor,
    (id: string) => ({ action: 'community.topic.create', targetType: 'community_topic', targetId: id, details: { key: input.key } }),
    async (tx) => {
      const [row] = await tx.query<{ id: string }>(
        `insert into community_topics (org_id, key, name, created_by, created_at) values ($1, $2, $3, $4, $5)
         on conflict (org_id, key) do nothing returning id`,
        [actor.orgId, input.key, JSON.stringify(input.name), actor.userId || null, ctx.clock.now()],
      );
      if (!row) throw conflict('A topic with this key exists already.');
      return row.id;
    },
  );
}

export async function getSettings(ctx: AppContext, actor: Actor) {
  authorize(actor, 'org.manage');
  const [row] = await ctx.db.query<{ open: boolean }>(`select community_open_to_all as open from organisations where id = $1`, [
    actor.orgId,
  ]);
  return { openToAll: row.open };
}

/** Opens the community to every employee with a directory entry, or keeps it for ambassadors (admins). */
export async function setSettings(ctx: AppContext, actor: Actor, openToAll: boolean) {
  authorize(actor, 'org.manage');
  await commitChange(
    ctx,
    actor,
    { action: 'community.settings', targetType: 'organisation', targetId: actor.orgId, details: { openToAll } },
    (tx) => tx.query(`update organisations set community_open_to_all = $2 where id = $1`, [actor.orgId, openToAll]),
  );
  return { openToAll };
}

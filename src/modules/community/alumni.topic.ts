/**
 * The alumni part of the community: one built-in topic, key `alumni`, in every organisation. Alumni
 * accounts read and write there only; active ambassadors and coordinators see it with the rest.
 */
import type { Queryable } from '../../db/db.ts';
import { unprocessable } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy.ts';

export const ALUMNI_TOPIC_KEY = 'alumni';

/** The organisation's alumni topic, made the first time anyone needs it. */
export async function alumniTopicId(q: Queryable, orgId: string, now: Date): Promise<string> {
  const [made] = await q.query<{ id: string }>(
    `insert into community_topics (org_id, key, name, created_at) values ($1, $2, '{}'::jsonb, $3)
     on conflict (org_id, key) do nothing returning id`,
    [orgId, ALUMNI_TOPIC_KEY, now],
  );
  if (made) return made.id;
  const [row] = await q.query<{ id: string }>(`select id from community_topics where org_id = $1 and key = $2`, [orgId, ALUMNI_TOPIC_KEY]);
  return row.id;
}

/** Whether the actor sees only the alumni part of the community. */
export const alumniOnly = (actor: Actor) => actor.role === 'alumni';

/** An alumnus writes in the alumni topic, never in an event's feed. */
export function assertAlumniPlace(input: { topicId: string | null; eventId?: string | null }, topicId: string) {
  if (input.topicId !== topicId || input.eventId) {
    throw unprocessable('As an alumni ambassador you write in the alumni topic.', [
      { path: 'topicId', message: 'Choose the alumni topic.' },
    ]);
  }
}

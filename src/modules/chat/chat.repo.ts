/** SQL for chat channels. The organisation id is a required argument everywhere. */
import type { Queryable } from '../../db/db.ts';
import type { LocalizedText } from '../../platform/language.ts';
import type { ChatKind } from './chat.formats.ts';

export interface ChannelRow {
  id: string;
  name: string;
  kind: ChatKind;
  url_hint: string;
  language: 'nl' | 'fr' | 'en' | null;
  created_at: Date;
  updated_at: Date;
}

const COLS = 'id, name, kind, url_hint, language, created_at, updated_at';

export async function listChannels(q: Queryable, orgId: string) {
  return q.query<ChannelRow>(`select ${COLS} from chat_channels where org_id = $1 order by lower(name), id`, [orgId]);
}

export async function getChannel(q: Queryable, orgId: string, id: string): Promise<ChannelRow | undefined> {
  const [row] = await q.query<ChannelRow>(`select ${COLS} from chat_channels where org_id = $1 and id = $2`, [orgId, id]);
  return row;
}

/** What posting needs: the sealed URL and the language posts are written in (the channel's, else the organisation's). */
export async function getChannelForPosting(q: Queryable, orgId: string, id: string) {
  const [row] = await q.query<{ id: string; name: string; kind: ChatKind; url_sealed: string; language: string }>(
    `select c.id, c.name, c.kind, c.url_sealed, coalesce(c.language, o.default_language) as language
       from chat_channels c join organisations o on o.id = c.org_id
      where c.org_id = $1 and c.id = $2`,
    [orgId, id],
  );
  return row;
}

export async function insertChannel(
  q: Queryable,
  c: { id: string; orgId: string; name: string; kind: ChatKind; urlSealed: string; urlHint: string; language: string | null; now: Date },
) {
  await q.query(
    `insert into chat_channels (id, org_id, name, kind, url_sealed, url_hint, language, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
    [c.id, c.orgId, c.name, c.kind, c.urlSealed, c.urlHint, c.language, c.now],
  );
}

/** Changes what is given (language: null is the organisation's); false when there is no such channel. */
export async function updateChannel(
  q: Queryable,
  orgId: string,
  id: string,
  c: { name?: string; language?: string | null; urlSealed?: string; urlHint?: string; now: Date },
): Promise<boolean> {
  const rows = await q.query(
    `update chat_channels set name = coalesce($3, name), language = case when $4 then $5 else language end,
            url_sealed = coalesce($6, url_sealed), url_hint = coalesce($7, url_hint), updated_at = $8
      where org_id = $1 and id = $2 returning id`,
    [orgId, id, c.name ?? null, c.language !== undefined, c.language ?? null, c.urlSealed ?? null, c.urlHint ?? null, c.now],
  );
  return rows.length > 0;
}

export async function deleteChannel(q: Queryable, orgId: string, id: string): Promise<boolean> {
  return (await q.query(`delete from chat_channels where org_id = $1 and id = $2 returning id`, [orgId, id])).length > 0;
}

/** The journeys with a step that posts to the channel. */
export async function journeysUsing(q: Queryable, orgId: string, channelId: string) {
  return q.query<{ id: string; name: LocalizedText }>(
    `select j.id, j.name from journeys j
      where j.org_id = $1 and exists (select 1 from journey_steps s where s.org_id = $1 and s.journey_id = j.id and s.channel_id = $2)
      order by j.created_at, j.id`,
    [orgId, channelId],
  );
}

/** SQL of tips, guidelines and trainings, and of training completions. */
import type { Queryable } from '../../db/db.ts';

export type ResourceKind = 'tip' | 'guideline' | 'training';

export interface ResourceInput {
  kind: ResourceKind;
  language: 'nl' | 'fr' | 'en' | 'de';
  title: string;
  body: string;
  url?: string | null;
}

export interface ResourceRow {
  id: string;
  kind: ResourceKind;
  language: 'nl' | 'fr' | 'en' | 'de';
  title: string;
  body: string;
  body_html: string;
  url: string | null;
  created_at: Date;
  updated_at: Date;
  archived_at: Date | null;
  completed_at: Date | null;
  completions: number;
}

const cols = `r.id, r.kind, r.language, r.title, r.body, r.body_html, r.url, r.created_at, r.updated_at, r.archived_at`;

export function listResources(
  db: Queryable,
  orgId: string,
  personId: string | null,
  f: { kind: ResourceKind | null; language: string | null; includeArchived: boolean },
) {
  return db.query<ResourceRow>(
    `select ${cols}, c.completed_at,
            (select count(*)::int from training_completions tc where tc.resource_id = r.id) as completions
       from resources r
       left join training_completions c on c.resource_id = r.id and c.person_id = $2
      where r.org_id = $1 and ($3::text is null or r.kind = $3) and ($4::text is null or r.language = $4)
        and (r.archived_at is null or $5)
      order by r.kind, r.created_at desc`,
    [orgId, personId, f.kind, f.language, f.includeArchived],
  );
}

export async function insertResource(
  tx: Queryable,
  orgId: string,
  r: ResourceInput & { bodyHtml: string; createdBy: string | null; now: Date },
) {
  const [row] = await tx.query<{ id: string }>(
    `insert into resources (org_id, kind, language, title, body, body_html, url, created_by, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) returning id`,
    [orgId, r.kind, r.language, r.title, r.body, r.bodyHtml, r.url ?? null, r.createdBy, r.now],
  );
  return row.id;
}

/** Updates a resource (archived: null leaves it as it is); false when there is no such resource. */
export async function updateResource(
  tx: Queryable,
  orgId: string,
  id: string,
  r: ResourceInput & { bodyHtml: string; archived: boolean | null; now: Date },
) {
  const rows = await tx.query(
    `update resources set kind = $3, language = $4, title = $5, body = $6, body_html = $7, url = $8, updated_at = $9,
              archived_at = case when $10::boolean is null then archived_at when $10 then coalesce(archived_at, $9) else null end
        where org_id = $1 and id = $2 returning id`,
    [orgId, id, r.kind, r.language, r.title, r.body, r.bodyHtml, r.url ?? null, r.now, r.archived],
  );
  return rows.length > 0;
}

export async function findLiveResourceKind(db: Queryable, orgId: string, id: string) {
  const [r] = await db.query<{ kind: string }>(`select kind from resources where org_id = $1 and id = $2 and archived_at is null`, [
    orgId,
    id,
  ]);
  return r?.kind ?? null;
}

export async function markCompleted(db: Queryable, orgId: string, id: string, personId: string, now: Date) {
  await db.query(
    `insert into training_completions (org_id, resource_id, person_id, completed_at) values ($1, $2, $3, $4) on conflict do nothing`,
    [orgId, id, personId, now],
  );
}

export async function unmarkCompleted(db: Queryable, orgId: string, id: string, personId: string) {
  await db.query(`delete from training_completions where org_id = $1 and resource_id = $2 and person_id = $3`, [orgId, id, personId]);
}

export async function countActiveAmbassadors(db: Queryable, orgId: string) {
  const [{ ambassadors }] = await db.query<{ ambassadors: number }>(
    `select count(*)::int as ambassadors from ambassadors where org_id = $1 and active`,
    [orgId],
  );
  return ambassadors;
}

export interface CompletionRow {
  id: string;
  title: string;
  language: string;
  person_id: string | null;
  first_name: string | null;
  last_name: string | null;
  completed_at: Date | null;
  ambassador_id: string | null;
  behind_the_scenes: boolean;
}

/** Every live training with each completion (one row per completion, or one without a person). */
export function listTrainingCompletions(db: Queryable, orgId: string) {
  return db.query<CompletionRow>(
    `select r.id, r.title, r.language, c.person_id, p.first_name, p.last_name, c.completed_at,
            a.id as ambassador_id, coalesce(a.behind_the_scenes, false) as behind_the_scenes
       from resources r
       left join training_completions c on c.resource_id = r.id
       left join people p on p.id = c.person_id
       left join ambassadors a on a.org_id = c.org_id and a.person_id = c.person_id
      where r.org_id = $1 and r.kind = 'training' and r.archived_at is null
      order by r.created_at desc, c.completed_at`,
    [orgId],
  );
}

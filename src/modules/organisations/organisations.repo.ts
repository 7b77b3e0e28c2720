import type { Queryable } from '../../db/db.ts';

export interface OrganisationRow {
  id: string;
  slug: string;
  name: string;
  default_language: 'nl' | 'fr' | 'en' | 'de';
  time_zone: string;
  created_at: Date;
  updated_at: Date;
}

const COLS = 'id, slug, name, default_language, time_zone, created_at, updated_at';

export async function getOrganisation(q: Queryable, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await q.query<OrganisationRow>(`select ${COLS} from organisations where id = $1`, [id]);
  return row;
}

export async function getOrganisationBySlug(q: Queryable, slug: string): Promise<OrganisationRow | undefined> {
  const [row] = await q.query<OrganisationRow>(`select ${COLS} from organisations where slug = $1`, [slug]);
  return row;
}

export async function insertOrganisation(q: Queryable, o: { slug: string; name: string; defaultLanguage?: string; now: Date }) {
  const [row] = await q.query<OrganisationRow>(
    `insert into organisations (slug, name, default_language, created_at, updated_at) values ($1, $2, $3, $4, $4)
     returning ${COLS}`,
    [o.slug, o.name, o.defaultLanguage ?? 'nl', o.now],
  );
  return row;
}

export async function updateOrganisation(
  q: Queryable,
  id: string,
  o: { name?: string; defaultLanguage?: string; timeZone?: string; now: Date },
) {
  const [row] = await q.query<OrganisationRow>(
    `update organisations set name = coalesce($2, name), default_language = coalesce($3, default_language),
            time_zone = coalesce($4, time_zone), updated_at = $5
      where id = $1 returning ${COLS}`,
    [id, o.name ?? null, o.defaultLanguage ?? null, o.timeZone ?? null, o.now],
  );
  return row;
}

export interface SiteRow {
  id: string;
  name: string;
  region: 'flanders' | 'brussels' | 'wallonia' | 'abroad' | null;
  country: string;
  people: number;
}

export async function listSites(q: Queryable, orgId: string) {
  return q.query<SiteRow>(
    `select s.id, s.name, s.region, s.country, (select count(*)::int from people p where p.site_id = s.id) as people
       from sites s where s.org_id = $1 order by s.name`,
    [orgId],
  );
}

export async function updateSite(q: Queryable, orgId: string, id: string, s: { name?: string; region?: string | null; country?: string }) {
  const [row] = await q.query<{ id: string }>(
    `update sites set name = coalesce($3, name), region = case when $4 then $5 else region end, country = coalesce($6, country)
      where org_id = $1 and id = $2 returning id`,
    [orgId, id, s.name ?? null, s.region !== undefined, s.region ?? null, s.country ?? null],
  );
  return row;
}

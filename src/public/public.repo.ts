/**
 * The public read model. Every query here reads only the views public_ambassadors and
 * public_stories and public_media (plus an organisation's slug and name), which by construction contain nothing but
 * active, external, non-sensitive, not-behind-the-scenes ambassadors and their visible external
 * stories. Public routes get this object and nothing else that reads people.
 */
import type { Queryable } from '../db/db.ts';
import { withFields } from '../platform/objects.ts';

export interface PublicOrg {
  id: string;
  slug: string;
  name: string;
  default_language: string;
  /** Cached pages are kept per day of the organisation (people whose contract ended leave at its midnight). */
  time_zone: string;
  /** Employer branding (organisations module): #rrggbb or null, the intro per language, the images. */
  brand_colour: string | null;
  brand_intro: { nl?: string; fr?: string; en?: string };
  brand_logo_id: string | null;
  brand_hero_id: string | null;
}

export interface PublicAmbassador {
  id: string;
  first_name: string;
  last_name: string;
  job_title: string | null;
  department: string | null;
  site_name: string | null;
  region: string | null;
  intro: string;
  topics: string[];
  languages: string[];
  links: { network: string; url: string }[];
  photo_id: string | null;
  joined_at: Date;
  /** An alumni ambassador who has left: shown as a former colleague with these years. */
  alumni: boolean;
  employed_from_year: number | null;
  employed_to_year: number | null;
}

export interface PublicStory {
  id: string;
  title: string;
  body_html: string;
  language: string;
  published_at: Date;
  updated_at: Date;
  ambassador_id: string;
  first_name: string;
  last_name: string;
  job_title: string | null;
  department: string | null;
  site_name: string | null;
  region: string | null;
  photo_id: string | null;
  /** A former colleague who stays on as an alumni ambassador, with the years they worked here. */
  alumni: boolean;
  employed_from_year: number | null;
  employed_to_year: number | null;
}

export interface PublicFilter {
  department?: string;
  region?: string;
  language?: string;
}

const AMB_COLS =
  'id, first_name, last_name, job_title, department, site_name, region, intro, topics, languages, links, photo_id, joined_at, alumni, employed_from_year, employed_to_year';
const STORY_COLS =
  'id, title, body_html, language, published_at, updated_at, ambassador_id, first_name, last_name, job_title, department, site_name, region, photo_id, alumni, employed_from_year, employed_to_year';

export class PublicReadModel {
  constructor(private readonly q: Queryable) {}

  async org(slug: string): Promise<PublicOrg | undefined> {
    const [row] = await this.q.query<PublicOrg>(
      `select id, slug, name, default_language, time_zone, brand_colour, brand_intro, brand_logo_id, brand_hero_id
         from organisations where slug = $1`,
      [slug],
    );
    return row;
  }

  async ambassadors(orgId: string, f: PublicFilter, limit: number, offset = 0): Promise<PublicAmbassador[]> {
    return this.q.query<PublicAmbassador>(
      `select ${AMB_COLS} from public_ambassadors
        where org_id = $1 and ($2::text is null or department = $2) and ($3::text is null or region = $3)
          and ($4::text is null or $4 = any(languages))
        order by first_name, last_name, id limit $5 offset $6`,
      [orgId, f.department ?? null, f.region ?? null, f.language ?? null, limit, offset],
    );
  }

  async ambassador(orgId: string, id: string): Promise<PublicAmbassador | undefined> {
    const [row] = await this.q.query<PublicAmbassador>(`select ${AMB_COLS} from public_ambassadors where org_id = $1 and id = $2`, [
      orgId,
      id,
    ]);
    return row;
  }

  async stories(orgId: string, f: PublicFilter & { ambassadorId?: string }, limit: number, offset = 0): Promise<PublicStory[]> {
    return this.q.query<PublicStory>(
      `select ${STORY_COLS} from public_stories
        where org_id = $1 and ($2::text is null or department = $2) and ($3::text is null or region = $3)
          and ($4::text is null or language = $4) and ($5::uuid is null or ambassador_id = $5)
        order by published_at desc, id limit $6 offset $7`,
      [orgId, f.department ?? null, f.region ?? null, f.language ?? null, f.ambassadorId ?? null, limit, offset],
    );
  }

  async story(orgId: string, id: string): Promise<PublicStory | undefined> {
    const [row] = await this.q.query<PublicStory>(`select ${STORY_COLS} from public_stories where org_id = $1 and id = $2`, [orgId, id]);
    return row;
  }

  /**
   * What the wall needs of the ambassadors, in one pass over them: the values the filters offer (only
   * what public ambassadors and stories have) and the first `limit` ambassadors the filter matches.
   * The view is read once into a CTE and both are taken from it: as two statements, each joined all
   * the organisation's ambassadors to their people (7 ms of a 30 ms render on PGlite at 1,000).
   * A story language (one of four, by the table's check) is offered when one public story has it: a
   * scalar subquery with LIMIT 1 stops at the first (as an EXISTS, the planner joined every public
   * story to the four languages: 11 ms at 5,000 stories).
   */
  async wall(
    orgId: string,
    f: PublicFilter,
    limit: number,
  ): Promise<{ facets: { departments: string[]; regions: string[]; languages: string[] }; ambassadors: PublicAmbassador[] }> {
    const [row] = await this.q.query<{
      departments: string[] | null;
      regions: string[] | null;
      languages: string[] | null;
      ambassadors: (Omit<PublicAmbassador, 'joined_at'> & { joined_at: string })[];
    }>(
      `with pa as materialized (select ${AMB_COLS} from public_ambassadors where org_id = $1)
       select (select array_agg(distinct department order by department) filter (where department is not null) from pa) as departments,
              (select array_agg(distinct region order by region) filter (where region is not null) from pa) as regions,
              array(select l from unnest(array['de', 'en', 'fr', 'nl']) l
                     where (select true from public_stories ps where ps.org_id = $1 and ps.language = l limit 1) order by l) as languages,
              (select coalesce(json_agg(x order by x.first_name, x.last_name, x.id), '[]')
                 from (select * from pa
                        where ($2::text is null or department = $2) and ($3::text is null or region = $3)
                          and ($4::text is null or $4 = any(languages))
                        order by first_name, last_name, id limit $5) x) as ambassadors`,
      [orgId, f.department ?? null, f.region ?? null, f.language ?? null, limit],
    );
    return {
      facets: { departments: row.departments ?? [], regions: row.regions ?? [], languages: row.languages ?? [] },
      // As JSON, the one timestamp comes back as text.
      ambassadors: row.ambassadors.map((a) => withFields(a, { joined_at: new Date(a.joined_at) })),
    };
  }

  /** Everything a sitemap lists: each page in three languages, so at most 3 x (2 + 15,000 + 1,600), under the 50,000 a sitemap may hold. */
  async sitemap(orgId: string): Promise<{ stories: { id: string; updated_at: Date }[]; ambassadors: { id: string }[] }> {
    const [stories, ambassadors] = await Promise.all([
      this.q.query<{ id: string; updated_at: Date }>(
        `select id, updated_at from public_stories where org_id = $1 order by published_at desc limit 15000`,
        [orgId],
      ),
      this.q.query<{ id: string }>(`select id from public_ambassadors where org_id = $1 order by id limit 1600`, [orgId]),
    ]);
    return { stories, ambassadors };
  }

  /** Which of `ids` are public images of the organisation (public_media), in no particular order. */
  async publicImages(orgId: string, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await this.q.query<{ id: string }>(`select id from public_media where org_id = $1 and id = any($2::uuid[])`, [orgId, ids]);
    return rows.map((r) => r.id);
  }

  /** The organisations whose careers pages show someone, for the sitemap index. */
  async slugsWithAmbassadors(): Promise<string[]> {
    const rows = await this.q.query<{ slug: string }>(
      `select o.slug from organisations o where exists (select 1 from public_ambassadors pa where pa.org_id = o.id) order by o.slug limit 50000`,
    );
    return rows.map((r) => r.slug);
  }

  /**
   * A public image: only what the view public_media sees (a public ambassador's own photo, or an
   * image its own author linked from a public story). Never decided by searching text for an id.
   */
  async media(id: string): Promise<{ content_type: string; bytes: Uint8Array } | undefined> {
    const [row] = await this.q.query<{ content_type: string; bytes: Uint8Array }>(
      `select content_type, bytes from public_media where id = $1`,
      [id],
    );
    return row;
  }
}

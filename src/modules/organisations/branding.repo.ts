/** SQL for employer branding: the colour, the intro per language, the logo and hero image. Organisation id required. */
import type { Queryable } from '../../db/db.ts';
import type { ProcessedImage } from '../../platform/media.ts';

export type BrandImage = 'logo' | 'hero';
export type BrandIntro = { nl?: string; fr?: string; en?: string };

export interface BrandingRow {
  slug: string;
  brand_colour: string | null;
  brand_intro: BrandIntro;
  brand_logo_id: string | null;
  brand_hero_id: string | null;
}

const COLUMN: Record<BrandImage, string> = { logo: 'brand_logo_id', hero: 'brand_hero_id' };

export async function getBranding(q: Queryable, orgId: string): Promise<BrandingRow | undefined> {
  const [row] = await q.query<BrandingRow>(
    `select slug, brand_colour, brand_intro, brand_logo_id, brand_hero_id from organisations where id = $1`,
    [orgId],
  );
  return row;
}

/** Sets what is given (undefined leaves it); the intro replaces the whole object. */
export async function updateBranding(q: Queryable, orgId: string, b: { colour?: string | null; intro?: BrandIntro; now: Date }) {
  await q.query(
    `update organisations set brand_colour = case when $2 then $3 else brand_colour end,
            brand_intro = coalesce($4::jsonb, brand_intro), updated_at = $5
      where id = $1`,
    [orgId, b.colour !== undefined, b.colour ?? null, b.intro === undefined ? null : JSON.stringify(b.intro), b.now],
  );
}

/** The current image of a kind, the organisation's row locked so two replacements queue. */
export async function lockBrandImage(q: Queryable, orgId: string, kind: BrandImage): Promise<string | null> {
  const [row] = await q.query<{ id: string | null }>(`select ${COLUMN[kind]} as id from organisations where id = $1 for update`, [orgId]);
  return row?.id ?? null;
}

/** An image of the organisation itself: no owner person, purpose logo or hero. */
export async function insertBrandMedia(q: Queryable, orgId: string, kind: BrandImage, image: ProcessedImage, now: Date): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `insert into media (org_id, owner_person_id, purpose, content_type, bytes, width, height, created_at)
     values ($1, null, $2, $3, $4, $5, $6, $7) returning id`,
    [orgId, kind, image.contentType, image.bytes, image.width, image.height, now],
  );
  return row.id;
}

export async function setBrandImage(q: Queryable, orgId: string, kind: BrandImage, mediaId: string | null, now: Date) {
  await q.query(`update organisations set ${COLUMN[kind]} = $2, updated_at = $3 where id = $1`, [orgId, mediaId, now]);
}

/** Drops a replaced or removed branding image (only ever one of the organisation's own). */
export async function deleteBrandMedia(q: Queryable, orgId: string, kind: BrandImage, mediaId: string) {
  await q.query(`delete from media where org_id = $1 and id = $2 and purpose = $3 and owner_person_id is null`, [orgId, mediaId, kind]);
}

-- Employer branding on the careers pages: a brand colour, a logo, a hero image and a short intro in
-- each language (jsonb like {"nl": "...", "fr": "...", "en": "..."}), set by the program's
-- coordinators (program.manage).

-- The colour: #rrggbb, or null for the default. (Mail uses it too; migration 016 adds the same
-- column and check if this one has not.)
alter table organisations add column if not exists brand_colour text;
alter table organisations drop constraint if exists organisations_brand_colour_check;
alter table organisations add constraint organisations_brand_colour_check check (brand_colour ~ '^#[0-9a-fA-F]{6}$');

alter table organisations add column brand_intro jsonb not null default '{}'::jsonb;
alter table organisations add constraint organisations_brand_intro_check check (jsonb_typeof(brand_intro) = 'object');

-- Branding images are the organisation's own: media of purpose logo or hero, owned by no person.
-- Every other image keeps its owner, so nothing a person uploaded can become branding.
alter table media drop constraint media_purpose_check;
alter table media add constraint media_purpose_check check (purpose in ('photo', 'story', 'logo', 'hero'));
alter table media add constraint media_branding_unowned check (purpose not in ('logo', 'hero') or owner_person_id is null);

alter table organisations add column brand_logo_id uuid references media (id) on delete set null;
alter table organisations add column brand_hero_id uuid references media (id) on delete set null;

-- The public read model for images gains one case: the organisation's current logo and hero image,
-- each its own (same organisation, no owner, the right purpose). A replaced image is deleted with
-- the change that replaces it.
create or replace view public_media as
  select m.id, m.org_id, m.content_type, m.bytes
    from media m
   where exists (select 1 from public_ambassadors pa
                  where pa.photo_id = m.id and pa.org_id = m.org_id and pa.person_id = m.owner_person_id)
      or exists (select 1 from story_media sm join public_stories ps on ps.id = sm.story_id and ps.org_id = sm.org_id
                  where sm.media_id = m.id and sm.org_id = m.org_id and ps.person_id = m.owner_person_id)
      or exists (select 1 from organisations o
                  where o.id = m.org_id and m.owner_person_id is null
                    and ((m.purpose = 'logo' and o.brand_logo_id = m.id) or (m.purpose = 'hero' and o.brand_hero_id = m.id)));

-- Alumni fixes from the security review (issue 12).
--
-- 1. The careers pages wait for the confirmed address. Choosing "also on the careers pages" is
--    remembered here (careers); the ambassadorship stays internal-only until the person accepts the
--    alumni account's invitation at their personal address (alumni.confirm.ts). A return with the
--    account they already have is confirmed at once.
alter table alumni_ambassadors add column careers boolean not null default false;
update alumni_ambassadors al set careers = true
 where exists (select 1 from ambassadors a where a.org_id = al.org_id and a.person_id = al.person_id
                 and a.active and a.scope = 'external');

-- 2. Alumni stories on the careers pages say "former colleague (from–to)", as the ambassador card
--    does: the story view carries the alumni flag and the years (columns added at the end).
create or replace view public_stories as
select st.id,
       st.org_id,
       st.title,
       st.body_html,
       st.language,
       st.published_at,
       st.updated_at,
       pa.id as ambassador_id,
       pa.person_id,
       pa.first_name,
       pa.last_name,
       pa.job_title,
       pa.department,
       pa.site_name,
       pa.region,
       pa.photo_id,
       pa.alumni,
       pa.employed_from_year,
       pa.employed_to_year
  from stories st
  join public_ambassadors pa on pa.person_id = st.author_person_id and pa.org_id = st.org_id
 where st.scope = 'external' and st.hidden_at is null and st.deleted_at is null;

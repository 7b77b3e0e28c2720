-- An image is public only through an explicit link from something public to an image its own
-- author owns: an external ambassador's profile photo, or an image embedded in their published
-- external story. Before this, an image counted as public when any public story's HTML merely
-- contained its id, so a story could publish a colleague's private photo.

-- Which of its author's own images a story shows (written when the story is saved; the service
-- refuses images the author does not own).
create table story_media (
  org_id uuid not null references organisations (id) on delete cascade,
  story_id uuid not null references stories (id) on delete cascade,
  media_id uuid not null references media (id) on delete cascade,
  primary key (story_id, media_id)
);
create index story_media_media on story_media (media_id);

-- Existing stories: link the images they show that their author owns. Images of others that old
-- stories reference stop being public (they were never the author's to publish).
insert into story_media (org_id, story_id, media_id)
select distinct st.org_id, st.id, m.id
  from stories st
  cross join lateral regexp_matches(st.body, '!\[[^\]]*\]\(\s*/media/([0-9a-fA-F-]{36})\s*\)', 'g') as found(ids)
  join media m on m.id::text = lower(found.ids[1]) and m.org_id = st.org_id and m.owner_person_id = st.author_person_id
on conflict do nothing;

-- The public read model for images: what /media/<id> may serve to anyone. It sees only photos of
-- public ambassadors and images linked from public stories, in both cases owned by that person.
create view public_media as
  select m.id, m.org_id, m.content_type, m.bytes
    from media m
   where exists (select 1 from public_ambassadors pa
                  where pa.photo_id = m.id and pa.org_id = m.org_id and pa.person_id = m.owner_person_id)
      or exists (select 1 from story_media sm join public_stories ps on ps.id = sm.story_id and ps.org_id = sm.org_id
                  where sm.media_id = m.id and sm.org_id = m.org_id and ps.person_id = m.owner_person_id);

-- The community feed at 2,000 ambassadors and 100,000 posts and comments (issue 12, item 7): each
-- statement of a feed page reads only the rows it shows (plans in `npm run bench -- community`).

-- The pinned posts above a first page: a handful of rows, found without reading the organisation's
-- posts (a topic's or an event's pins are filtered from these few).
create index community_posts_pinned on community_posts (org_id, pinned_at desc)
  where pinned_at is not null and deleted_at is null and hidden_at is null;

-- The last comments of each post on the page, newest first, reading exactly as many index entries as
-- are shown; hidden_at and the author are in the index, so the visibility rule and the count of a
-- post's visible comments need no visit to the table (index-only once vacuumed).
create index community_comments_recent on community_comments (org_id, post_id, created_at desc, id desc)
  include (hidden_at, author_person_id) where deleted_at is null;

-- A post's reactions counted per kind from the index alone, already grouped by kind (no sort); it
-- covers what community_reactions_org (org_id, post_id) did.
create index community_reactions_kinds on community_reactions (org_id, post_id, kind);
drop index community_reactions_org;

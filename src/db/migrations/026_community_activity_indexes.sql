-- The community's impact (Insights → Impact → Community) reads one organisation's comments and
-- reactions of a period (and the 90 days before it): by time, not the whole organisation's history.
create index community_comments_time on community_comments (org_id, created_at) where deleted_at is null;
create index community_reactions_time on community_reactions (org_id, created_at);
